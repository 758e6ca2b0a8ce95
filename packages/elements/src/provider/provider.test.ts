import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { isMindError, type MindshareApi } from '@mindshare/core';
import './provider.define.js';
import type { MindProvider } from './provider.element.js';
import { MindElement } from '../shared/base/mind-element.js';
import { defineElement } from '../shared/base/define.js';
import { addHostileCss, isShown } from '../testing/hostile-css.js';
import { scenarioDirectory, scenarioPack, scenarioWorld } from '@mindshare/core/testing';
import { render, root } from '../testing/harness.js';
import { jsonUrl } from '../testing/json-url.js';

/** A bare element that shows which API it got, to test the context without a real widget. */
class ApiProbe extends MindElement {
  get current(): MindshareApi | undefined {
    return this.mindshare;
  }
}
defineElement('mind-test-api-probe', ApiProbe);

const PACK = jsonUrl(scenarioPack());
const DIRECTORY = jsonUrl(scenarioDirectory());
const errorView = (el: MindProvider) => root(el).querySelector<HTMLElement>('[part="error"]');

const realFetch = window.fetch.bind(window);

/** Replaces `fetch` for one test; `handler` decides per URL (and may call `realFetch`). */
function stubFetch(handler: (url: string, init?: RequestInit) => Promise<Response>): () => void {
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    handler(String(input instanceof Request ? input.url : input), init);
  return () => {
    window.fetch = original;
  };
}

/** A provider of `/pack.json` and `/directory.json`, once it shows that the pack could not be downloaded. */
async function failedPackDownload(): Promise<MindProvider> {
  const provider = await render<MindProvider>(
    html`<mind-provider src="/pack.json" directory="/directory.json" viewer="s-anna"></mind-provider>`,
  );
  const { detail } = await oneEvent(provider, 'mind-error');
  expect(isMindError(detail.error, 'MIND_NETWORK')).to.equal(true);
  await provider.updateComplete;
  expect(errorView(provider)!.textContent).to.contain('Could not download /pack.json');
  return provider;
}

/** Clicks the error view's Try again and waits for the engine. */
async function retryToReady(provider: MindProvider): Promise<void> {
  const ready = oneEvent(provider, 'mind-ready');
  errorView(provider)!.querySelector('button')!.click();
  await ready;
}

describe('<mind-provider>', () => {
  it('is accessible while loading, ready, failed and empty', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const restore = stubFetch(async (url) => {
      await gate;
      return realFetch(url === 'pack.json' ? PACK : DIRECTORY);
    });
    try {
      const loading = await render<MindProvider>(
        html`<mind-provider src="pack.json" directory="directory.json" viewer="s-anna"><p>Portal</p></mind-provider>`,
      );
      await waitUntil(() => loading.status === 'loading');
      expect(root(loading).querySelector('[role="status"]')!.textContent).to.contain('Loading Mindshare');
      await expect(loading).to.be.accessible();

      const ready = oneEvent(loading, 'mind-ready');
      release();
      await ready;
      await loading.updateComplete;
      expect(root(loading).querySelector('[role="status"]')).to.equal(null);
      await expect(loading).to.be.accessible();
    } finally {
      restore();
    }

    const failed = await render<MindProvider>(
      html`<mind-provider src=${jsonUrl({ id: 7 })} directory=${DIRECTORY} viewer="s-anna"></mind-provider>`,
    );
    await waitUntil(() => errorView(failed), 'no error view');
    await expect(failed).to.be.accessible();

    const empty = await render<MindProvider>(html`<mind-provider><p>Portal</p></mind-provider>`);
    expect(empty.status).to.equal('idle');
    await expect(empty).to.be.accessible();
  });

  it('gives its api to nested elements, while an element’s own .api wins', async () => {
    const world = scenarioWorld();
    const [anna, bruno] = [await world.as('s-anna'), await world.as('s-bruno')];
    const provider = await render<MindProvider>(
      html`<mind-provider .api=${anna}>
        <section>
          <mind-test-api-probe id="shared"></mind-test-api-probe>
          <mind-test-api-probe id="own" .api=${bruno}></mind-test-api-probe>
        </section>
      </mind-provider>`,
    );
    const probe = (id: string) => provider.querySelector<ApiProbe>(`#${id}`)!;
    expect(probe('shared').current).to.equal(anna);
    expect(probe('own').current).to.equal(bruno);
    // An inner provider without an api of its own passes the outer one on.
    const inner = document.createElement('mind-provider');
    const nested = document.createElement('mind-test-api-probe') as ApiProbe;
    inner.append(nested);
    provider.append(inner);
    await inner.updateComplete;
    expect(nested.current).to.equal(anna);
  });

  it('lists every path-named problem of an invalid pack and directory, with a mind-error event', async () => {
    const pack = scenarioPack() as { challenges: Record<string, unknown>[] };
    pack.challenges[0]!['attempts'] = { max: 'two' };
    const directory = scenarioDirectory() as { sellers: Record<string, unknown>[] };
    delete directory.sellers[1]!['role'];
    const provider = await render<MindProvider>(html`<mind-provider viewer="s-anna"><p>Portal</p></mind-provider>`);
    const failed = oneEvent(provider, 'mind-error');
    provider.src = jsonUrl(pack);
    provider.directory = jsonUrl(directory);
    const { detail } = await failed;
    expect(isMindError(detail.error, 'MIND_INVALID_CONTENT')).to.equal(true);
    await provider.updateComplete;
    const view = errorView(provider)!;
    expect(view.getAttribute('role')).to.equal('alert');
    const paths = [...view.querySelectorAll('li code')].map((code) => code.textContent);
    expect(paths).to.include('challenges[0].attempts.max').and.include('sellers[1].role');
    expect(view.textContent).to.contain('The content pack is invalid').and.contain('The directory is invalid');
    // The page's widgets are not shown half-working behind the error.
    expect(isShown(provider.querySelector('p')!)).to.equal(false);
  });

  it('reports a file that is not JSON, and a network failure with a retry that works', async () => {
    const notJson = await render<MindProvider>(
      html`<mind-provider src="data:application/json,{oops" directory=${DIRECTORY} viewer="s-anna"></mind-provider>`,
    );
    await waitUntil(() => errorView(notJson));
    expect(errorView(notJson)!.textContent).to.contain('not valid JSON');

    let online = false;
    const restore = stubFetch(async (url) => {
      if (!online) throw new TypeError('Failed to fetch');
      return realFetch(url.endsWith('pack.json') ? PACK : DIRECTORY);
    });
    try {
      const provider = await failedPackDownload();
      online = true;
      await retryToReady(provider);
      await provider.updateComplete;
      expect(errorView(provider)).to.equal(null);
    } finally {
      restore();
    }
  });

  it('reports a connection lost while a file downloads as a download failure with a retry, not as invalid JSON', async () => {
    let cut = true;
    const restore = stubFetch(async (url) => {
      if (!url.endsWith('pack.json')) return realFetch(DIRECTORY);
      if (!cut) return realFetch(PACK);
      const body = new ReadableStream({ start: (controller) => controller.error(new TypeError('network error')) });
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    });
    try {
      const provider = await failedPackDownload();
      expect(errorView(provider)!.textContent).not.to.contain('not valid JSON');
      cut = false;
      await retryToReady(provider);
    } finally {
      restore();
    }
  });

  it('stops downloading the directory once the pack failed to download', async () => {
    let directoryAborted = false;
    const restore = stubFetch(async (url, init) => {
      if (url.endsWith('pack.json')) return new Response('gone', { status: 404 });
      // The directory never arrives on its own: only the provider's abort ends its download.
      return new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => {
          directoryAborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        }),
      );
    });
    try {
      await failedPackDownload();
      expect(directoryAborted).to.equal(true);
    } finally {
      restore();
    }
  });

  it('explains an unknown viewer or storage name instead of showing a blank widget', async () => {
    const stranger = await render<MindProvider>(
      html`<mind-provider src=${PACK} directory=${DIRECTORY} viewer="s-nobody"></mind-provider>`,
    );
    const { detail } = await oneEvent(stranger, 'mind-error');
    expect(isMindError(detail.error, 'MIND_FORBIDDEN')).to.equal(true);
    await stranger.updateComplete;
    expect(errorView(stranger)!.textContent).to.contain('No one in the directory has the id “s-nobody”');

    // In the page's language, not the engine's English (issue 16).
    const french = await render<MindProvider>(
      html`<mind-provider src=${PACK} directory=${DIRECTORY} viewer="s-personne"></mind-provider>`,
      { lang: 'fr' },
    );
    // No wait for its mind-error: with the catalogues cached it may fire before render() returns.
    await waitUntil(() => errorView(french)?.textContent?.includes('Personne dans l’annuaire'), 'not in French', {
      timeout: 5000,
    });
    expect(errorView(french)!.textContent)
      .to.contain('«\u00a0s-personne\u00a0»')
      .and.not.contain('is not in the directory');

    const unknownStore = await render<MindProvider>(
      html`<mind-provider src=${PACK} directory=${DIRECTORY} viewer="s-anna" storage="cloud"></mind-provider>`,
    );
    await oneEvent(unknownStore, 'mind-error');
    await unknownStore.updateComplete;
    expect(errorView(unknownStore)!.textContent).to.contain('"cloud"').and.contain('memory');
  });

  it('builds a new engine when the viewer changes and closes the old one', async () => {
    const provider = await render<MindProvider>(
      html`<mind-provider src=${PACK} directory=${DIRECTORY} viewer="s-anna">
        <mind-test-api-probe></mind-test-api-probe>
      </mind-provider>`,
    );
    const anna = (await oneEvent(provider, 'mind-ready')).detail.api;
    const probe = provider.querySelector<ApiProbe>('mind-test-api-probe')!;
    expect(probe.current).to.equal(anna);
    const next = oneEvent(provider, 'mind-ready');
    provider.viewer = 's-chloe';
    const chloe = (await next).detail.api;
    expect(chloe.viewer.id).to.equal('s-chloe');
    await provider.updateComplete;
    expect(probe.current).to.equal(chloe);
    const closed = await anna.challenges().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isMindError(closed, 'MIND_STORAGE_CLOSED')).to.equal(true);
  });

  it('keeps its error view visible and its retry operable under hostile global CSS', async () => {
    const removeHostile = addHostileCss();
    try {
      const provider = await render<MindProvider>(
        html`<mind-provider src=${jsonUrl({})} directory=${DIRECTORY} viewer="s-anna"></mind-provider>`,
      );
      await waitUntil(() => errorView(provider));
      const retry = errorView(provider)!.querySelector('button')!;
      expect(isShown(errorView(provider)!)).to.equal(true);
      expect(isShown(retry)).to.equal(true);
      expect(retry.textContent!.trim()).to.equal('Try again');
      await expect(provider).to.be.accessible();
      provider.style.setProperty('--mind-color-accent', 'rgb(102, 0, 153)');
      expect(getComputedStyle(retry).backgroundColor).to.equal('rgb(102, 0, 153)');
    } finally {
      removeHostile();
    }
  });
});
