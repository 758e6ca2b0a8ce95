import { expect, fixture, html } from '@open-wc/testing';
import type { MindshareApi } from '@mindshare/core';
import { LitElement } from 'lit';
import { isRevoked } from '../../testing/object-url.js';
import { defineElement } from '../base/define.js';
import { RecordingMediaController } from './recording-media.js';

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

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function urlOf(el: SwapProbe): Promise<string> {
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
    const annas = await urlOf(el);

    const camille = answeringApi('camille');
    await el.set(camille.api);
    const camilles = await urlOf(el);
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
