import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { scenarioDirectory, scenarioPack } from '@mindshare/core/testing';
// The CDN entry, as a page loads it: it registers the IndexedDB storage the provider opens.
import '../bundle.js';
import type { MindProvider } from './provider.element.js';
import { render } from '../testing/harness.js';
import { jsonUrl } from '../testing/json-url.js';

// Issue 14, item 5: an upgrade held by another tab's older version of the database used to
// leave the page on "Loading Mindshare…" for good, with no event.

/** Opens `name` at version 1 and keeps it open without ever closing on `versionchange`: a stubborn old tab. */
function openOldVersion(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('<mind-provider> over IndexedDB held by an older tab', () => {
  const packId = `blocked-${Date.now().toString(36)}`;
  after(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase(`mindshare-${packId}`);
        request.onsuccess = request.onerror = () => resolve();
      }),
  );

  it('asks to close the other tabs, fires mind-error, and goes on by itself once they close', async () => {
    const old = await openOldVersion(`mindshare-${packId}`);
    const provider = await render<MindProvider>(
      html`<mind-provider
        src=${jsonUrl({ ...scenarioPack(), id: packId })}
        directory=${jsonUrl(scenarioDirectory())}
        storage="indexeddb"
        viewer="s-anna"
      ></mind-provider>`,
    );
    const { detail } = await oneEvent(provider, 'mind-error');
    expect(detail.code).to.equal('MIND_STORAGE_UNAVAILABLE');
    expect(detail.message).to.contain('close it');
    await provider.updateComplete;
    const alert = provider.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
    expect(alert?.textContent).to.contain('Close the other tabs of this portal');
    expect(provider.status).to.equal('blocked');
    await expect(provider).to.be.accessible();

    const ready = oneEvent(provider, 'mind-ready');
    old.close();
    await ready;
    await waitUntil(() => provider.shadowRoot!.querySelector('[role="alert"]') === null, 'the message stayed');
    expect(provider.status).to.equal('ready');
    await provider.builtApi?.close();
  });
});
