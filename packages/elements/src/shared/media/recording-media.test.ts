import { expect, fixture, html } from '@open-wc/testing';
import type { MindshareApi } from '@mindshare/core';
import { LitElement } from 'lit';
import { isRevoked } from '../../testing/object-url.js';
import { defineElement } from '../base/define.js';
import { RecordingMediaController, type MediaState } from './recording-media.js';

/** An element holding the media of some recordings, as the review and the gallery do. */
class MediaProbe extends LitElement {
  readonly media = new RecordingMediaController(this);
  renders = 0;
  override render() {
    this.renders++;
    return html``;
  }
}
defineElement('mind-test-recording-media-probe', MediaProbe);

/**
 * An element whose list of recordings loads the way an `ApiTask` does: a load starts in the
 * hostUpdate of a controller added before the media's, and the list reads as loading from then on.
 */
class ShownProbe extends LitElement {
  api: MindshareApi | undefined;
  ids: string[] = [];
  loading = false;
  /** Set to start a load in the next update. */
  starting = false;
  /** The media of `r-1` as each render saw it. */
  readonly rendered: (MediaState | undefined)[] = [];
  readonly media: RecordingMediaController;
  constructor() {
    super();
    // The list's controller first, as an element declares its list's controller before its media.
    this.addController({
      hostUpdate: () => {
        if (this.starting) [this.loading, this.starting] = [true, false];
      },
    });
    this.media = new RecordingMediaController(this, {
      api: () => this.api,
      shown: () => (this.loading ? undefined : this.ids),
    });
  }
  override render() {
    this.rendered.push(this.media.of('r-1'));
    return html``;
  }
}
defineElement('mind-test-recording-media-shown', ShownProbe);

interface Pending {
  resolve(blob: Blob): void;
  reject(error: unknown): void;
}

/** An API whose `recordingMedia` answers when the test says, counting the calls per recording. */
function stubApi() {
  const pending = new Map<string, Pending[]>();
  const calls: string[] = [];
  const api = {
    recordingMedia: (id: string) =>
      new Promise<Blob>((resolve, reject) => {
        calls.push(id);
        pending.set(id, [...(pending.get(id) ?? []), { resolve, reject }]);
      }),
  } as unknown as MindshareApi;
  const next = (id: string) => {
    const queue = pending.get(id) ?? [];
    const first = queue.shift();
    if (!first) throw new Error(`no load of ${id} pending`);
    return first;
  };
  return {
    api,
    calls,
    answer: (id: string) => next(id).resolve(new Blob(['take'], { type: 'video/webm' })),
    fail: (id: string, error: unknown) => next(id).reject(error),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const urlOf = (el: { readonly media: RecordingMediaController }, id: string) => {
  const state = el.media.of(id);
  return state?.status === 'ready' ? state.url : undefined;
};

describe('RecordingMediaController', () => {
  it('loads each recording asked for once, as an object URL, and re-renders when it arrives', async () => {
    const el = await fixture<MediaProbe>(html`<mind-test-recording-media-probe></mind-test-recording-media-probe>`);
    const stub = stubApi();
    el.media.sync(stub.api, ['r-1', 'r-2']);
    expect(el.media.of('r-1')).to.deep.equal({ status: 'loading' });
    expect(el.media.of('r-3')).to.equal(undefined);
    el.media.sync(stub.api, ['r-1', 'r-2']);
    expect(stub.calls, 'asked twice for media it is loading').to.deep.equal(['r-1', 'r-2']);

    const renders = el.renders;
    stub.answer('r-1');
    await settle();
    await el.updateComplete;
    expect(el.renders).to.be.above(renders);
    const url = urlOf(el, 'r-1')!;
    expect(url).to.match(/^blob:/);
    expect(await (await fetch(url)).text()).to.equal('take');
    el.media.sync(stub.api, ['r-1', 'r-2']);
    expect(stub.calls, 'asked again for media it holds').to.deep.equal(['r-1', 'r-2']);
    expect(urlOf(el, 'r-1')).to.equal(url);
  });

  it('releases the URL of a recording no longer shown, and loads it afresh if it comes back', async () => {
    const el = await fixture<MediaProbe>(html`<mind-test-recording-media-probe></mind-test-recording-media-probe>`);
    const stub = stubApi();
    el.media.sync(stub.api, ['r-1', 'r-2']);
    stub.answer('r-1');
    stub.answer('r-2');
    await settle();
    const [first, second] = [urlOf(el, 'r-1')!, urlOf(el, 'r-2')!];
    el.media.sync(stub.api, ['r-2']);
    expect(el.media.of('r-1')).to.equal(undefined);
    expect(await isRevoked(first), 'the URL of a recording gone from view was kept').to.equal(true);
    expect(await isRevoked(second), 'the URL of a recording still shown was revoked').to.equal(false);
    el.media.sync(stub.api, ['r-1', 'r-2']);
    expect(stub.calls).to.deep.equal(['r-1', 'r-2', 'r-1']);
    el.media.release();
  });

  it('ignores media that arrive for a recording dropped while it loaded', async () => {
    const el = await fixture<MediaProbe>(html`<mind-test-recording-media-probe></mind-test-recording-media-probe>`);
    const stub = stubApi();
    el.media.sync(stub.api, ['r-1']);
    el.media.sync(stub.api, []);
    stub.answer('r-1');
    await settle();
    expect(el.media.of('r-1')).to.equal(undefined);
  });

  it('drops every load still running on release (another API, or the element left the page)', async () => {
    const el = await fixture<MediaProbe>(html`<mind-test-recording-media-probe></mind-test-recording-media-probe>`);
    const stub = stubApi();
    el.media.sync(stub.api, ['r-1', 'r-2']);
    stub.answer('r-1');
    await settle();
    const url = urlOf(el, 'r-1')!;
    el.remove();
    expect(await isRevoked(url), 'leaving the page kept the URL').to.equal(true);
    expect(el.media.of('r-1')).to.equal(undefined);
    // The previous API answers late: a later sync with the next API must not show it.
    const next = stubApi();
    el.media.sync(next.api, ['r-2']);
    stub.answer('r-2');
    await settle();
    expect(el.media.of('r-2')).to.deep.equal({ status: 'loading' });
    next.answer('r-2');
    await settle();
    expect(el.media.of('r-2')?.status).to.equal('ready');
    el.media.release();
  });

  it('says why a recording failed, and loads it again on retry', async () => {
    const el = await fixture<MediaProbe>(html`<mind-test-recording-media-probe></mind-test-recording-media-probe>`);
    const stub = stubApi();
    const offline = new Error('offline');
    el.media.sync(stub.api, ['r-1', 'r-2']);
    stub.fail('r-1', offline);
    stub.answer('r-2');
    await settle();
    expect(el.media.of('r-1')).to.deep.equal({ status: 'failed', error: offline });
    expect(el.media.errors()).to.deep.equal([offline]);

    el.media.retry(stub.api, 'r-1');
    expect(el.media.of('r-1')).to.deep.equal({ status: 'loading' });
    expect(el.media.errors()).to.deep.equal([]);
    expect(el.media.of('r-2')?.status, 'a retry dropped another recording').to.equal('ready');
    stub.answer('r-1');
    await settle();
    expect(el.media.of('r-1')?.status).to.equal('ready');
    expect(stub.calls).to.deep.equal(['r-1', 'r-2', 'r-1']);
    el.media.release();
  });

  it('keeps the media of what the view shows in each update, before it renders and after its list starts loading', async () => {
    const el = await fixture<ShownProbe>(html`<mind-test-recording-media-shown></mind-test-recording-media-shown>`);
    const stub = stubApi();
    el.ids = ['r-1'];
    el.requestUpdate();
    await el.updateComplete;
    expect(stub.calls, 'loaded media without an API').to.deep.equal([]);

    el.api = stub.api;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.rendered.at(-1), 'the render did not see the load it asked for').to.deep.equal({ status: 'loading' });
    stub.answer('r-1');
    await settle();
    await el.updateComplete;
    const url = urlOf(el, 'r-1')!;

    // Another list starts loading in this update: the old one is no longer what the view shows,
    // but nothing is dropped until the new one arrives.
    el.starting = true;
    el.ids = ['r-2'];
    el.requestUpdate();
    await el.updateComplete;
    expect(stub.calls, 'loaded the next list before it arrived').to.deep.equal(['r-1']);
    expect(urlOf(el, 'r-1')).to.equal(url);

    el.loading = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(stub.calls).to.deep.equal(['r-1', 'r-2']);
    expect(el.media.of('r-1')).to.equal(undefined);
    expect(await isRevoked(url), 'the URL of a recording gone from view was kept').to.equal(true);
    el.media.release();
  });
});

/** An element showing the media of `ids` through whichever API it has now. */
class SwapProbe extends LitElement {
  api: MindshareApi | undefined;
  ids = ['r-1'];
  readonly media = new RecordingMediaController(this, { api: () => this.api, shown: () => this.ids });
  async set(api: MindshareApi | undefined): Promise<void> {
    this.api = api;
    this.requestUpdate();
    await this.updateComplete;
  }
}
defineElement('mind-test-recording-media-swap', SwapProbe);

/** An API whose media answer at once, naming the API in the Blob, counting the calls. */
function answeringApi(name: string) {
  const calls: string[] = [];
  const api = {
    recordingMedia: async (id: string) => {
      calls.push(id);
      return new Blob([name], { type: 'video/webm' });
    },
  } as unknown as MindshareApi;
  return { api, calls };
}

async function readyUrl(el: SwapProbe): Promise<string> {
  await settle();
  await el.updateComplete;
  const state = el.media.of('r-1');
  if (state?.status !== 'ready') throw new Error(`r-1 is ${state?.status ?? 'not asked for'}`);
  return state.url;
}

describe('RecordingMediaController, when the API changes', () => {
  it('releases what the last API loaded and loads it again through the new one', async () => {
    const el = await fixture<SwapProbe>(html`<mind-test-recording-media-swap></mind-test-recording-media-swap>`);
    const anna = answeringApi('anna');
    await el.set(anna.api);
    const annas = await readyUrl(el);

    const camille = answeringApi('camille');
    await el.set(camille.api);
    const camilles = await readyUrl(el);
    expect(camille.calls).to.deep.equal(['r-1']);
    expect(await (await fetch(camilles)).text()).to.equal('camille');
    expect(await isRevoked(annas), 'the last viewer’s video was kept').to.equal(true);

    // No API (a provider building another engine): nothing of the last one stays.
    await el.set(undefined);
    expect(el.media.of('r-1')).to.equal(undefined);
    expect(await isRevoked(camilles)).to.equal(true);
    el.remove();
  });
});
