import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { setMediaSource } from './object-urls.js';

/**
 * `<video ${mediaSource(url)}>`: the element's source, or none for `undefined`. Unlike a `src`
 * binding, it registers the element as reading an object URL from `createObjectUrl`, so releasing
 * the URL stops the element's load before revoking it, even once the element left the page.
 */
class MediaSourceDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('mediaSource() goes on a <video> or <audio> element.');
  }

  render(_url: string | undefined): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [url]: [string | undefined]): typeof noChange {
    setMediaSource(part.element as HTMLMediaElement, url);
    return noChange;
  }
}

export const mediaSource = directive(MediaSourceDirective);
