import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { mediaSource } from './media-source.js';
import { isRevoked } from '../../testing/object-url.js';
import { createObjectUrl, releaseObjectUrl } from './object-urls.js';

const webm = () => new Blob([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3])], { type: 'video/webm' });

describe('mediaSource and object URLs', () => {
  it('makes every video still reading a released URL let go of it, on the page or off it, then revokes it', async () => {
    const url = createObjectUrl(webm());
    const host = document.createElement('div');
    document.body.append(host);
    render(html`<video ${mediaSource(url)}></video><video ${mediaSource(url)}></video>`, host);
    const [shown, removed] = host.querySelectorAll('video');
    expect(shown!.getAttribute('src')).to.equal(url);
    removed!.remove(); // as when a view replaces another: the element is gone, its load is not

    releaseObjectUrl(url);
    for (const video of [shown!, removed!]) {
      expect(video.hasAttribute('src'), 'a video keeps the released URL').to.equal(false);
      expect(video.networkState).not.to.be.oneOf([HTMLMediaElement.NETWORK_IDLE, HTMLMediaElement.NETWORK_LOADING]);
    }
    expect(await isRevoked(url), 'the released URL was not revoked').to.equal(true);
    host.remove();
  });

  it('keeps a URL another video reads when one video moves on to another source', async () => {
    const first = createObjectUrl(webm());
    const second = createObjectUrl(webm());
    const host = document.createElement('div');
    document.body.append(host);
    const view = (a: string | undefined, b: string | undefined) =>
      render(
        html`<video preload="none" ${mediaSource(a)}></video><video preload="none" ${mediaSource(b)}></video>`,
        host,
      );
    view(first, first);
    view(second, undefined);
    const [moved, emptied] = host.querySelectorAll('video');
    expect(moved!.getAttribute('src')).to.equal(second);
    expect(emptied!.hasAttribute('src')).to.equal(false);

    releaseObjectUrl(first);
    expect(moved!.getAttribute('src'), 'releasing the old URL stopped a video that had moved on').to.equal(second);
    releaseObjectUrl(second);
    expect(await isRevoked(second)).to.equal(true);
    host.remove();
  });
});
