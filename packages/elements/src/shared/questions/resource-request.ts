import { pickLocalized, type Resource } from '@mindshare/core';
import { mindEvent, type MindEvent, type MindEventMap } from '../base/mind-event.js';

/**
 * A click on a resource link: asks the page first with the cancelable `mind-request-resource`
 * from `host`. A page that cancels it opens the resource its own way, so the link does not open.
 */
export function requestResource(
  host: HTMLElement,
  click: Event,
  resource: Resource,
  questionId: string | undefined,
  lang: string,
): void {
  const detail: MindRequestResourceDetail = {
    resourceId: resource.id,
    url: resource.url,
    title: pickLocalized(resource.title, lang),
    questionId,
  };
  if (!host.dispatchEvent(mindEvent('mind-request-resource', detail, { cancelable: true }))) click.preventDefault();
}

/**
 * Detail of `mind-request-resource`: the seller wants to open a resource. Cancel the event
 * (`preventDefault()`) to open it the portal's own way; otherwise the link opens in a new tab.
 */
export interface MindRequestResourceDetail {
  readonly resourceId: string;
  readonly url: string;
  readonly title: string;
  readonly questionId: string | undefined;
}

/** `mind-request-resource`, from `<mind-quiz>` and `<mind-nugget-feed>`: the seller opens a resource (cancelable). */
export type MindRequestResourceEvent = MindEvent<'mind-request-resource', MindRequestResourceDetail>;

declare global {
  interface GlobalEventHandlersEventMap extends MindEventMap<MindRequestResourceEvent> {}
}
