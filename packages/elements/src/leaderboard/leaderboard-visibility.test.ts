import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MindError, type MindshareApi } from '@mindshare/core';
import { rankedSpringLaunch, scenarioWorld } from '@mindshare/core/testing';
import { sendKeys } from '@web/test-runner-commands';
import './leaderboard.define.js';
import type { MindLeaderboard } from './leaderboard.element.js';
import { retryTiming } from '../shared/loading/retry-later.js';
import type { MindBoardVisibilityChangeDetail } from './visibility-switch.js';
import { withOverrides } from '../testing/api-overrides.js';
import { find, findAll, render, root, settled } from '../testing/harness.js';

// Issue 16: the seller's own "Show me on public boards", and errors said in the page's language.

/** Anna 3/3, Bruno and Chloe 2/3 (a tie), David 1/3, whom the directory hides. A tab each. */
const ranked = async () => (await rankedSpringLaunch()).tabs;

const board = async (api: MindshareApi, lang?: string) => {
  const el = await render<MindLeaderboard>(
    html`<mind-leaderboard challenge="spring-launch" around="0" .api=${api}></mind-leaderboard>`,
    lang === undefined ? {} : { lang },
  );
  await settled(el);
  return el;
};
const box = (el: MindLeaderboard) => find<HTMLInputElement>(el, '[part~="visibility"] input[type="checkbox"]')!;
/** Each body row as "rank name" (the gap as "…"), marks left out. */
const table = (el: MindLeaderboard) =>
  findAll<HTMLTableRowElement>(el, 'tbody tr').map((row) => {
    if (row.matches('[part~="gap"]')) return '…';
    const name = row.querySelector('[part~="name"]')!.cloneNode(true) as Element;
    name.querySelectorAll('.you, [part~="reward"]').forEach((mark) => mark.remove());
    return `${row.querySelector('[part~="rank"]')!.textContent!.trim()} ${name.textContent!.trim()}`;
  });

describe('<mind-leaderboard> board visibility', () => {
  it('is accessible, shows the choice and the prize rule, and toggles from the keyboard', async () => {
    const tabs = await ranked();
    const el = await board(tabs['s-bruno']!);
    await expect(el).to.be.accessible();
    expect(box(el).checked).to.equal(true);
    expect(root(el).querySelector('[part~="visibility"] label')!.textContent).to.contain('Show me on public boards');
    expect(root(el).querySelector('#visibility-note')!.textContent).to.contain(
      'Hidden sellers are not eligible for prizes',
    );
    box(el).focus();
    const changed = oneEvent(el, 'mind-board-visibility-change');
    await sendKeys({ press: ' ' });
    expect((await changed).detail).to.deep.equal({ visible: false } satisfies MindBoardVisibilityChangeDetail);
    await waitUntil(() => root(el).querySelector('tr[part~="hidden"]'), 'his row is not marked hidden');
    expect(box(el).checked).to.equal(false);
    expect(root(el).querySelector('[part~="visibility"] [role="status"]')!.textContent).to.contain(
      'Hidden from public boards.',
    );
    const mine = root(el).querySelector('tr[part~="hidden"]')!;
    expect(mine.textContent).to.contain('(you, hidden)').and.not.contain('hoodie');
    expect(root(el).querySelector('.summary')!.textContent).to.contain('Hidden: you would rank 2 of 2');
    await expect(el).to.be.accessible();
  });

  it('keeps the choice across a re-render: the engine stores it, not the element', async () => {
    const tabs = await ranked();
    const first = await board(tabs['s-bruno']!);
    box(first).click();
    await waitUntil(() => root(first).querySelector('tr[part~="hidden"]'));
    first.remove();
    const again = await board(tabs['s-bruno']!);
    expect(box(again).checked).to.equal(false);
    expect(root(again).querySelector('tr[part~="hidden"]')).not.to.equal(null);
  });

  it('updates every board on the page, and others see no gap where a hidden seller stands', async () => {
    const tabs = await ranked();
    const bruno = tabs['s-bruno']!;
    const page = await fixture<HTMLElement>(
      html`<div>
        <mind-leaderboard challenge="spring-launch" around="0" .api=${bruno}></mind-leaderboard>
        <mind-leaderboard challenge="spring-launch" scope="region" around="0" .api=${bruno}></mind-leaderboard>
      </div>`,
    );
    const [one, two] = [...page.querySelectorAll<MindLeaderboard>('mind-leaderboard')] as [
      MindLeaderboard,
      MindLeaderboard,
    ];
    await settled(one);
    await settled(two);
    const anna = await board(tabs['s-anna']!);
    expect(table(anna)).to.deep.equal(['1 Anna Martin', '2 Bruno Leroy', '2 Chloe Park']);
    box(one).click();
    await waitUntil(() => !box(two).checked && root(two).querySelector('tr[part~="hidden"]'), 'the other board');
    // Anna's tab hears of it through storage: Bruno leaves, and Chloe is second, not third.
    await waitUntil(() => table(anna).length === 2, 'Anna still sees Bruno');
    expect(table(anna)).to.deep.equal(['1 Anna Martin', '2 Chloe Park']);
    await tabs['s-david']!.setBoardVisibility(true);
    await waitUntil(() => table(anna).length === 3);
    expect(table(anna)).to.deep.equal(['1 Anna Martin', '2 Chloe Park', '3 David Stone']);
    expect(root(anna).querySelector('.summary')!.textContent).to.contain('of 3');
  });

  it('says in French when the choice could not be saved, and keeps the stored one', async () => {
    const tabs = await ranked();
    let offline = true;
    const api = withOverrides(tabs['s-bruno']!, {
      setBoardVisibility: (visible) =>
        offline
          ? Promise.reject(new MindError('MIND_NETWORK', 'offline'))
          : tabs['s-bruno']!.setBoardVisibility(visible),
    });
    const el = await board(api, 'fr');
    await waitUntil(() => box(el)?.parentElement?.textContent?.includes('M’afficher dans les classements publics'));
    box(el).click();
    await waitUntil(() => root(el).querySelector('[part~="visibility"] [role="alert"]'));
    const alert = root(el).querySelector('[part~="visibility"] [role="alert"]')!;
    expect(alert.textContent).to.contain('Mindshare est injoignable');
    expect(box(el).checked).to.equal(true);
    await expect(el).to.be.accessible();
    offline = false;
    alert.querySelector('button')!.click();
    await waitUntil(() => root(el).querySelector('tr[part~="hidden"]'));
    expect(root(el).querySelector('[part~="visibility"] [role="status"]')!.textContent).to.contain(
      'Masqué des classements publics.',
    );
  });

  it('offers no choice to a coach, who is not ranked', async () => {
    const el = await board(await scenarioWorld().as('coach-camille'));
    expect(root(el).querySelector('[part~="visibility"]')).to.equal(null);
  });
});

describe('<mind-leaderboard> errors in the page’s language', () => {
  it('names an unknown challenge, in French', async () => {
    const api = await scenarioWorld().as('s-anna');
    const el = await render<MindLeaderboard>(
      html`<mind-leaderboard challenge="printemps-2027" .api=${api}></mind-leaderboard>`,
      { lang: 'fr' },
    );
    await waitUntil(() => root(el).querySelector('[role="alert"]'));
    const alert = root(el).querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('Challenge introuvable').and.contain('«\u00a0printemps-2027\u00a0»');
    await expect(el).to.be.accessible();
  });

  it('says a board of another program is not for the viewer, in French, without calling it an error', async () => {
    const api = await scenarioWorld().as('s-emma'); // Silver: spring-launch targets Platinum and Gold
    const el = await render<MindLeaderboard>(
      html`<mind-leaderboard challenge="spring-launch" .api=${api}></mind-leaderboard>`,
      { lang: 'fr' },
    );
    await waitUntil(() => root(el).textContent!.includes('réservé aux vendeurs visés'));
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('says a board out of reach is retried, in French, and reads it again by itself', async () => {
    const real = await scenarioWorld().as('s-anna');
    let failures = 1;
    const api = withOverrides(real, {
      leaderboard: (query) =>
        failures-- > 0 ? Promise.reject(new MindError('MIND_NETWORK', 'offline')) : real.leaderboard(query),
    });
    const { delay } = retryTiming;
    retryTiming.delay = 300;
    try {
      const el = await render<MindLeaderboard>(
        html`<mind-leaderboard challenge="spring-launch" .api=${api}></mind-leaderboard>`,
        { lang: 'fr' },
      );
      await waitUntil(() => root(el).querySelector('[role="alert"]'));
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('Mindshare est injoignable').and.contain('Nouvel essai…');
      expect(alert.querySelector('button')!.textContent).to.contain('Réessayer');
      await expect(el).to.be.accessible();
      await waitUntil(() => !root(el).querySelector('[role="alert"]'), 'not retried by itself');
    } finally {
      retryTiming.delay = delay;
    }
  });

  it('says storage that does not answer is retried, in French', async () => {
    const real = await scenarioWorld().as('s-anna');
    const api = withOverrides(real, {
      leaderboard: () => Promise.reject(new MindError('MIND_STORAGE_UNAVAILABLE', 'IndexedDB blocked')),
    });
    const el = await render<MindLeaderboard>(
      html`<mind-leaderboard challenge="spring-launch" .api=${api}></mind-leaderboard>`,
      { lang: 'fr' },
    );
    await waitUntil(() => root(el).querySelector('[role="alert"]'));
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('Mindshare ne répond pas');
  });
});
