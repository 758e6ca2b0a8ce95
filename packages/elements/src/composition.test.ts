import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { scenarioDirectory, scenarioPack, scenarioWorld } from '@mindshare/core/testing';
import './provider/provider.define.js';
import './leaderboard/leaderboard.define.js';
import './my-pitches/my-pitches.define.js';
import './pitch-gallery/pitch-gallery.define.js';
import type { MindProvider } from './provider/provider.element.js';
import type { MindLeaderboard } from './leaderboard/leaderboard.element.js';
import { render, root, settled } from './testing/harness.js';
import { reviewedPitch } from './testing/pitch-recordings.js';
import { isShown } from './testing/hostile-css.js';
import { jsonUrl } from './testing/json-url.js';
import { expectBoardFollowsApi, stubLeaderboardApi } from './testing/stub-leaderboard-api.js';

// Elements put together as a portal page puts them: a <mind-provider> with a real widget below it.
// Each element's own tests stay in its folder and import nothing of another element; what takes two
// elements is tested here, outside every element folder.

describe('<mind-provider> with a <mind-leaderboard> below it', () => {
  it('re-subscribes the elements below it when its api is swapped', async () => {
    const first = stubLeaderboardApi({ total: 3, viewerPosition: 0 });
    const second = stubLeaderboardApi({ total: 4, viewerPosition: 3 });
    const provider = await render<MindProvider>(
      html`<mind-provider .api=${first.api}><mind-leaderboard challenge="c"></mind-leaderboard></mind-provider>`,
    );
    const board = provider.querySelector<MindLeaderboard>('mind-leaderboard')!;
    await expectBoardFollowsApi(board, first, second, () => (provider.api = second.api), [
      { origin: 'remote', areas: ['leaderboard'] },
    ]);
  });

  it('builds the engine from a pack and a directory URL, then shows the page’s widgets', async () => {
    const provider = await render<MindProvider>(
      html`<mind-provider
        src=${jsonUrl(scenarioPack())}
        directory=${jsonUrl(scenarioDirectory())}
        viewer="s-bruno"
        lang="fr"
        time-zone="Europe/Paris"
      >
        <mind-leaderboard challenge="spring-launch"></mind-leaderboard>
      </mind-provider>`,
    );
    const { detail } = await oneEvent(provider, 'mind-ready');
    expect(detail.api.viewer).to.include({ id: 's-bruno', locale: 'fr', timeZone: 'Europe/Paris' });
    expect(provider.builtApi).to.equal(detail.api);
    const board = provider.querySelector<MindLeaderboard>('mind-leaderboard')!;
    await waitUntil(() => root(board).textContent?.includes('Personne n’est encore classé'), 'the board is not shown');
    expect(isShown(board)).to.equal(true);
  });
});

describe('<mind-my-pitches> and <mind-pitch-gallery> on one seller page', () => {
  it('takes a published pitch out of the gallery on the page the moment its seller withdraws consent', async () => {
    const world = scenarioWorld();
    const { recordingId } = await reviewedPitch(world, { publish: true });
    const provider = await render<MindProvider>(
      html`<mind-provider .api=${await world.as('s-anna')}>
        <mind-my-pitches></mind-my-pitches>
        <mind-pitch-gallery prompt="elevator"></mind-pitch-gallery>
      </mind-provider>`,
    );
    const mine = provider.querySelector('mind-my-pitches')!;
    const gallery = provider.querySelector('mind-pitch-gallery')!;
    await settled(mine);
    await settled(gallery);
    expect(root(gallery).querySelectorAll('[part="take"]')).to.have.length(1);

    const box = root(mine).querySelector<HTMLInputElement>(`[data-recording="${recordingId}"] [part="consent"] input`)!;
    const withdrawn = oneEvent(mine, 'mind-consent-change');
    box.click();
    expect((await withdrawn).detail.consent).to.equal(false);
    await waitUntil(
      () => root(gallery).querySelectorAll('[part="take"]').length === 0,
      'the gallery on the page kept the withdrawn pitch',
    );
  });
});
