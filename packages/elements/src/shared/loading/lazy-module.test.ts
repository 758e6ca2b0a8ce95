import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LazyModule } from './lazy-module.js';

class LazyHost extends LitElement {}
customElements.define('mind-test-lazy-module', LazyHost);

/** An import the test settles by hand: `fail()` as when offline, `succeed()` once back online. */
function importer() {
  let calls = 0;
  let settle: { fail(error: Error): void; succeed(): void } | undefined;
  const load = () => {
    calls++;
    return new Promise<{ views: string }>((resolve, reject) => {
      settle = { fail: reject, succeed: () => resolve({ views: 'loaded' }) };
    });
  };
  return { load, calls: () => calls, settle: () => settle! };
}

describe('LazyModule', () => {
  it('imports once on demand, keeps a failed import’s error for a retry, and imports again on it', async () => {
    const host = await fixture<LazyHost>(html`<mind-test-lazy-module></mind-test-lazy-module>`);
    const chunk = importer();
    const lazy = new LazyModule(host, chunk.load);
    expect(chunk.calls(), 'imported before asked').to.equal(0);

    lazy.load();
    lazy.load();
    expect(chunk.calls(), 'a load under way is not started twice').to.equal(1);
    const offline = new Error('Failed to fetch dynamically imported module');
    chunk.settle().fail(offline);
    await host.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(lazy.failed).to.equal(true);
    expect(lazy.error).to.equal(offline);
    expect(lazy.module).to.equal(undefined);

    lazy.load();
    host.requestUpdate();
    await host.updateComplete;
    expect(chunk.calls(), 'load() after a failure (each update calls it) does not import again').to.equal(1);
    expect(lazy.failed, 'the failure stays for the view to offer a retry').to.equal(true);

    lazy.retry();
    expect(chunk.calls(), 'the retry imports again').to.equal(2);
    expect(lazy.failed, 'no longer failed while the retry runs').to.equal(false);
    expect(lazy.error, 'the error is kept while the retry runs').to.equal(offline);
    chunk.settle().succeed();
    await new Promise((resolve) => setTimeout(resolve));
    expect(lazy.module).to.deep.equal({ views: 'loaded' });
    expect(lazy.error).to.equal(undefined);
    lazy.load();
    lazy.retry();
    expect(chunk.calls(), 'a loaded module is not imported again').to.equal(2);
  });
});
