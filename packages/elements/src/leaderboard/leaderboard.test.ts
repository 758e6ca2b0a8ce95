import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MindError, type MindshareApi } from '@mindshare/core';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia } from '../testing/media.js';
import './leaderboard.define.js';
import type { MindLeaderboard } from './leaderboard.element.js';
import { addHostileCss, countNodes, isShown } from '../testing/hostile-css.js';
import { withOverrides } from '../testing/api-overrides.js';
import {
  contentPack,
  playSpringLaunch,
  rankedSpringLaunch,
  scenarioPack,
  scenarioWorld,
  type ScenarioWorld,
} from '@mindshare/core/testing';
import { expectBoardFollowsApi, stubLeaderboardApi } from '../testing/stub-leaderboard-api.js';
import { click, find, findAll, isLoading, render, root, settled } from '../testing/harness.js';

const MINUTE = 60_000;
const rows = (el: MindLeaderboard) => findAll<HTMLTableRowElement>(el, 'tbody tr');
/** A cell's own text: without the movement, "(you)" and reward marks inside it. */
const own = (cell: Element) => {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('[part~="movement"], [part~="reward"], .you').forEach((mark) => mark.remove());
  return copy.textContent!.trim();
};
/** Each body row as "rank name" (the gap as "…"). */
const table = (el: MindLeaderboard) =>
  rows(el).map((row) =>
    row.matches('[part~="gap"]')
      ? '…'
      : `${own(row.querySelector('[part~="rank"]')!)} ${own(row.querySelector('[part~="name"]')!)}`,
  );
const radios = (el: MindLeaderboard) => findAll<HTMLButtonElement>(el, '[role="radio"]');

/** The scenario's ranked board (see `rankedSpringLaunch`), each seller's API by id. */
async function rankedWorld(world?: ScenarioWorld) {
  const { tabs, ...rest } = await rankedSpringLaunch(world);
  return { ...rest, engines: tabs };
}

async function board(api: MindshareApi, attributes: { limit?: number; around?: number } = {}) {
  const el = await render<MindLeaderboard>(
    html`<mind-leaderboard
      challenge="spring-launch"
      limit=${attributes.limit ?? 10}
      around=${attributes.around ?? 2}
      .api=${api}
    ></mind-leaderboard>`,
  );
  await settled(el);
  return el;
}

describe('<mind-leaderboard>', () => {
  it('is accessible while loading, ready, failed and empty', async () => {
    const pending = stubLeaderboardApi({ total: 10, pending: true });
    const loadingBoard = await render<MindLeaderboard>(
      html`<mind-leaderboard challenge="c" .api=${pending.api}></mind-leaderboard>`,
    );
    await waitUntil(() => isLoading(loadingBoard));
    await expect(loadingBoard).to.be.accessible();

    const { engines } = await rankedWorld();
    const readyBoard = await board(engines['s-chloe']!);
    expect(root(readyBoard).querySelector('table')).not.to.equal(null);
    await expect(readyBoard).to.be.accessible();

    const failing = stubLeaderboardApi({ total: 10, failing: true });
    const failed = await render<MindLeaderboard>(
      html`<mind-leaderboard challenge="c" .api=${failing.api}></mind-leaderboard>`,
    );
    await waitUntil(() => root(failed).querySelector('[role="alert"]'));
    await expect(failed).to.be.accessible();

    const empty = await board(await scenarioWorld().as('s-anna'));
    expect(root(empty).textContent).to.contain('No one is ranked yet');
    await expect(empty).to.be.accessible();
  });

  it('lists the top with shared ranks (1, 2, 2), marks the viewer and shows rewards', async () => {
    const { engines } = await rankedWorld();
    const el = await board(engines['s-chloe']!);
    expect(table(el)).to.deep.equal(['1 Anna Martin', '2 Bruno Leroy', '2 Chloe Park']);
    const mine = root(el).querySelector('tr[aria-current="true"]')!;
    expect(mine.textContent).to.contain('Chloe Park').and.contain('(you)');
    const caption = root(el).querySelector('caption')!.textContent!.trim();
    expect(caption).to.equal('Leaderboard · Everyone');
    // Rewards: rank 1 earns both tiers' top prize; ranks ≤ 3 the hoodie.
    const rewards = [...root(el).querySelectorAll('[part~="reward"]')].map((r) => r.textContent!.trim());
    expect(rewards).to.deep.equal(['Reward: A day at HQ', 'Reward: Northwind hoodie', 'Reward: Northwind hoodie']);
    // David is hidden by the directory: not counted, so Chloe is 2nd of 3, not of 4.
    expect(root(el).querySelector('.summary')!.textContent).to.contain('Your rank: 2 of 3');
  });

  it('shows every score of a board with the same decimals, at most two', async () => {
    const stub = stubLeaderboardApi({ total: 3 });
    const scores = [47.3, 47.444, 12];
    const api: MindshareApi = {
      ...stub.api,
      leaderboard: async (query) => {
        const result = await stub.api.leaderboard(query);
        return { ...result, rows: result.rows.map((row, i) => ({ ...row, score: scores[i] ?? 0 })) };
      },
    };
    const el = await board(api);
    const shown = rows(el).map((row) => own(row.querySelector('[part~="score"]')!));
    expect(shown).to.deep.equal(['47.30', '47.44', '12.00']);
  });

  it('never shows the opted-out seller to others, but shows him his own row, where he would stand, after a gap', async () => {
    const { engines } = await rankedWorld();
    for (const viewer of ['s-anna', 's-bruno', 's-chloe']) {
      const el = await board(engines[viewer]!);
      expect(root(el).textContent).not.to.contain('David');
      expect(table(el)).to.have.length(3);
    }
    const david = await board(engines['s-david']!, { limit: 1, around: 0 });
    expect(table(david)).to.deep.equal(['1 Anna Martin', '…', '4 David Stone']);
    const gap = root(david).querySelector('[part~="gap"]')!;
    expect(gap.textContent).to.contain('not shown');
    expect(root(david).querySelector('tr[aria-current]')!.textContent).to.contain('David Stone');
  });

  it('switches scope with the arrow keys, offering only the scopes the board allows', async () => {
    const { engines } = await rankedWorld();
    const el = await board(engines['s-anna']!);
    expect(radios(el).map((radio) => radio.textContent!.trim())).to.deep.equal([
      'Everyone',
      'My tier',
      'My company',
      'My region',
      'My team',
    ]);
    expect(root(el).querySelector('[role="radiogroup"]')!.getAttribute('aria-label')).to.equal('Rank among');
    expect(radios(el).map((radio) => radio.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    radios(el)[0]!.focus();
    const changed = oneEvent(el, 'mind-scope-change');
    await sendKeys({ press: 'ArrowRight' });
    expect((await changed).detail).to.deep.equal({ scope: 'tier' });
    await waitUntil(() => root(el).querySelector('caption')?.textContent?.includes('My tier'));
    // Platinum only: Anna and Bruno.
    expect(table(el)).to.deep.equal(['1 Anna Martin', '2 Bruno Leroy']);
    expect(root(el).activeElement).to.equal(radios(el)[1]);
    expect(radios(el)[1]!.getAttribute('aria-checked')).to.equal('true');
    expect(el.getAttribute('scope')).to.equal('tier');

    await sendKeys({ press: 'End' });
    await waitUntil(() => root(el).querySelector('caption')?.textContent?.includes('My team'));
    expect(el.scope).to.equal('team');

    // A host may veto a switch.
    el.addEventListener('mind-request-scope', (event) => event.preventDefault(), { once: true });
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.scope).to.equal('team');
  });

  it('re-renders when another tab finishes an attempt, showing rank movement', async () => {
    const world = scenarioWorld();
    const anna = await world.as('s-anna');
    await playSpringLaunch(anna, 2);
    const el = await board(anna);
    expect(table(el)).to.deep.equal(['1 Anna Martin']);

    const changes: string[] = [];
    anna.subscribe((change) => changes.push(change.origin));
    world.clock.advance(MINUTE);
    const bruno = await world.as('s-bruno');
    await playSpringLaunch(bruno, 3);
    await waitUntil(() => table(el).length === 2, 'the remote change was not shown');
    expect(changes).to.include('remote');
    expect(table(el)).to.deep.equal(['1 Bruno Leroy', '2 Anna Martin']);
    const movement = root(el).querySelector('tr[aria-current] [part~="movement"]')!;
    expect(movement.textContent).to.contain('▼1').and.contain('Down 1 place');
  });

  it('passes axe in the dark scheme too, with movement marks and rewards shown', async () => {
    const stub = stubLeaderboardApi({ total: 40, viewerPosition: 30, scopes: ['global', 'team'] });
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await render<MindLeaderboard>(
        html`<mind-leaderboard challenge="c" .api=${stub.api}></mind-leaderboard>`,
      );
      await settled(el);
      stub.options.shift = 1;
      stub.emit({ origin: 'remote', areas: ['leaderboard'] });
      await waitUntil(() => root(el).querySelector('[part~="movement"]'), 'no movement shown');
      // The marks fade in; contrast is measured once they are fully shown.
      await Promise.all(
        root(el)
          .getAnimations()
          .map((animation) => animation.finished),
      );
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('animates movement only without prefers-reduced-motion', async () => {
    const stub = stubLeaderboardApi({ total: 40, viewerPosition: 30 });
    const el = await render<MindLeaderboard>(
      html`<mind-leaderboard challenge="c" .api=${stub.api}></mind-leaderboard>`,
    );
    await settled(el);
    const reload = async () => {
      stub.options.shift = (stub.options.shift ?? 0) + 1;
      const calls = stub.calls.length;
      stub.emit({ origin: 'remote', areas: ['leaderboard'] });
      await waitUntil(() => stub.calls.length > calls);
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(root(el).querySelector('[part~="movement"]'), 'no movement shown').not.to.equal(null);
    };
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
      await reload();
      const moved = root(el).querySelector('[part~="movement"]')!;
      expect(moved.getAnimations().length).to.be.greaterThan(0);
      await emulateMedia({ reducedMotion: 'reduce' });
      await reload();
      const still = root(el).querySelector<HTMLElement>('[part~="movement"]')!;
      const running = still
        .getAnimations()
        .filter((animation) => (animation.effect?.getTiming().duration as number) > 1);
      expect(running).to.have.length(0);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('speaks French under lang="fr" on an ancestor, beside an English board on the same page', async () => {
    const { engines } = await rankedWorld();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <section lang="fr">
          <mind-leaderboard challenge="spring-launch" .api=${engines['s-chloe']}></mind-leaderboard>
        </section>
        <section lang="en">
          <mind-leaderboard challenge="spring-launch" .api=${engines['s-chloe']}></mind-leaderboard>
        </section>
      </div>`,
    );
    const [french, english] = [...wrapper.querySelectorAll('mind-leaderboard')];
    const caption = (el: MindLeaderboard) => root(el).querySelector('caption')?.textContent?.trim();
    await waitUntil(() => caption(french!) === 'Classement · Tout le monde', 'no French');
    expect([...root(french!).querySelectorAll('th')].map((th) => th.textContent!.trim())).to.deep.equal([
      'Rang',
      'Nom',
      'Points',
    ]);
    expect(root(french!).querySelector('[part~="reward"]')!.textContent).to.contain('Une journée au siège');
    expect(root(french!).querySelector('.summary')!.textContent).to.contain('Votre rang\u00a0: 2 sur 3');
    expect(radios(french!).map((radio) => radio.textContent!.trim())).to.include('Mon équipe');
    await waitUntil(() => caption(english!) === 'Leaderboard · Everyone', 'no English');
    expect(root(english!).querySelector('[part~="reward"]')!.textContent).to.contain('A day at HQ');
  });

  it('keeps the DOM under 1 500 nodes at 100 000 entries, paging with "Show more"', async () => {
    const stub = stubLeaderboardApi({ total: 100_000, viewerPosition: 54_320, scopes: ['global', 'region'] });
    const el = await render<MindLeaderboard>(
      html`<mind-leaderboard challenge="c" limit="500" around="50" .api=${stub.api}></mind-leaderboard>`,
    );
    await settled(el);
    expect(stub.calls.at(-1)).to.include({ limit: 25, around: 5, offset: 0 });
    expect(countNodes(root(el))).to.be.at.most(1_500);
    expect(table(el).slice(0, 3)).to.deep.equal(['1 Seller 1', '1 Seller 2', '3 Seller 3']);
    expect(table(el)).to.include('…').and.include('54,321 Seller 54321');
    expect(root(el).querySelector('.summary')!.textContent).to.contain('Ranks 1–25 of 100,000 sellers');

    // "Show more" stacks a second page below (50 rows), then the oldest page leaves the top.
    for (const [offset, limit] of [
      [0, 50],
      [25, 50],
      [50, 50],
      [75, 50],
    ]) {
      root(el).querySelector<HTMLButtonElement>('[data-page="next"]')!.click();
      await waitUntil(() => stub.calls.at(-1)?.offset === offset && stub.calls.at(-1)?.limit === limit);
      await settled(el);
      expect(countNodes(root(el))).to.be.at.most(1_500);
    }
    expect(table(el)[0]).to.equal('75 Seller 76');
    root(el).querySelector<HTMLButtonElement>('[data-page="previous"]')!.click();
    await waitUntil(() => stub.calls.at(-1)?.offset === 50);
  });

  it('"Show more" appends the next rows below those shown and moves focus to the first new one', async () => {
    const stub = stubLeaderboardApi({ total: 40 });
    const el = await render<MindLeaderboard>(
      html`<mind-leaderboard challenge="c" limit="5" .api=${stub.api}></mind-leaderboard>`,
    );
    await settled(el);
    const before = table(el);
    expect(before).to.have.length(5);
    const more = find<HTMLButtonElement>(el, '[data-page="next"]')!;
    more.focus();
    let flashed = false;
    const watch = setInterval(() => (flashed ||= isLoading(el)), 1);
    more.click();
    await waitUntil(() => table(el).length === 10, 'no rows appended');
    clearInterval(watch);
    expect(flashed, 'the rows shown were replaced by "Loading…" while more loaded').to.equal(false);
    expect(table(el).slice(0, 5), 'the rows shown changed').to.deep.equal(before);
    await el.updateComplete;
    const focused = root(el).activeElement as HTMLElement | null;
    expect(focused?.localName, 'focus did not move to the first new row').to.equal('tr');
    expect(table(el)[5]).to.equal('5 Seller 6');
    expect(focused!.textContent!.replace(/\s+/g, ' ')).to.contain('Seller 6');
    await expect(el).to.be.accessible();
  });

  it('lists ranks in order on a page past the viewer, their neighbourhood above it', async () => {
    for (const [viewerPosition, expected] of [
      [10, ['9 Seller 10', '11 Seller 11', '11 Seller 12', '…', '31 Seller 31']],
      [28, ['27 Seller 28', '29 Seller 29', '29 Seller 30', '31 Seller 31']],
    ] as const) {
      const stub = stubLeaderboardApi({ total: 40, viewerPosition });
      const el = await render<MindLeaderboard>(
        html`<mind-leaderboard challenge="c" limit="5" around="1" .api=${stub.api}></mind-leaderboard>`,
      );
      await settled(el);
      while ((stub.calls.at(-1)?.offset ?? 0) < 30) {
        const calls = stub.calls.length;
        click(el, '[data-page="next"]');
        await waitUntil(() => stub.calls.length > calls);
        await settled(el);
      }
      await el.updateComplete;
      const ranks = table(el)
        .filter((line) => line !== '…')
        .map((line) => Number(line.split(' ')[0]));
      expect(ranks, `ranks out of order: ${ranks.join(', ')}`).to.deep.equal([...ranks].sort((a, b) => a - b));
      expect(table(el).slice(0, expected.length)).to.deep.equal([...expected]);
    }
  });

  it('words pseudonyms in the page’s language', async () => {
    const spring = scenarioPack().challenges![0]!;
    const pack = contentPack()
      .withChallenge({ ...spring, leaderboard: { privacy: 'pseudonym' } })
      .build();
    const { engines } = await rankedWorld(scenarioWorld({ pack }));
    const french = await render<MindLeaderboard>(
      html`<mind-leaderboard challenge="spring-launch" .api=${engines['s-anna']}></mind-leaderboard>`,
      { lang: 'fr' },
    );
    await settled(french);
    const names = table(french).map((line) => line.replace(/^\S+ /, ''));
    expect(names[0], 'the viewer sees their own name').to.equal('Anna Martin');
    expect(names.slice(1)).to.have.length(2);
    for (const name of names.slice(1)) expect(name).to.match(/^Vendeur [0-9A-F]{6}$/);
    const english = await board(engines['s-anna']!);
    expect(table(english)[1]).to.match(/^\S+ Seller [0-9A-F]{6}$/);
  });

  it('shows an error with a retry that works', async () => {
    const stub = stubLeaderboardApi({ total: 3, viewerPosition: 1, failing: true });
    const el = await render<MindLeaderboard>(
      html`<mind-leaderboard challenge="c" .api=${stub.api}></mind-leaderboard>`,
    );
    await waitUntil(() => root(el).querySelector('[role="alert"]'));
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('could not be loaded');
    stub.options.failing = false;
    root(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => root(el).querySelector('table'), 'retry did not load the board');
  });

  it('says a full device is full, with one mind-error per error shown (issue 14, item 5)', async () => {
    const world = scenarioWorld();
    const real = await world.as('s-anna');
    let failure: Error | undefined = new MindError('MIND_STORAGE_FULL', 'quota exceeded');
    const api = withOverrides(real, {
      leaderboard: (query) => (failure ? Promise.reject(failure) : real.leaderboard(query)),
    });
    const codes: string[] = [];
    const el = await render<MindLeaderboard>(
      html`<mind-leaderboard
        challenge="spring-launch"
        .api=${api}
        @mind-error=${(event: CustomEvent<{ code: string }>) => codes.push(event.detail.code)}
      ></mind-leaderboard>`,
    );
    await waitUntil(() => root(el).querySelector('[role="alert"]'));
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('This device is out of space');
    el.requestUpdate();
    await el.updateComplete;
    expect(codes).to.deep.equal(['MIND_STORAGE_FULL']);
    failure = undefined;
    root(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => !root(el).querySelector('[role="alert"]'), 'retry did not load the board');
    expect(codes).to.deep.equal(['MIND_STORAGE_FULL']);
  });

  it('stays visible, labelled and operable under hostile global CSS, and one token re-themes it', async () => {
    const { engines } = await rankedWorld();
    const removeHostile = addHostileCss();
    try {
      const el = await board(engines['s-anna']!);
      for (const radio of radios(el)) {
        expect(isShown(radio), `${radio.textContent} hidden`).to.equal(true);
        expect(radio.textContent!.trim()).not.to.equal('');
      }
      expect(isShown(root(el).querySelector('table')!)).to.equal(true);
      radios(el)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => el.scope === 'tier');
      radios(el)[3]!.click();
      await waitUntil(() => el.scope === 'region');
      await expect(el).to.be.accessible();

      el.style.setProperty('--mind-color-accent', 'rgb(102, 0, 153)');
      const checked = root(el).querySelector<HTMLElement>('[aria-checked="true"]')!;
      expect(getComputedStyle(checked).backgroundColor).to.equal('rgb(102, 0, 153)');
    } finally {
      removeHostile();
    }
  });

  it('mirrors under dir="rtl": arrows follow the reading direction and the viewer mark sits at the start', async () => {
    const { engines } = await rankedWorld();
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl">
        <mind-leaderboard challenge="spring-launch" .api=${engines['s-anna']}></mind-leaderboard>
      </div>`,
    );
    const el = wrapper.querySelector('mind-leaderboard')!;
    await settled(el);
    const [first, second] = radios(el);
    expect(second!.getBoundingClientRect().right).to.be.lessThan(first!.getBoundingClientRect().left + 1);
    const cells = root(el).querySelectorAll('thead th');
    expect(cells[0]!.getBoundingClientRect().left).to.be.greaterThan(cells[2]!.getBoundingClientRect().left);
    first!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => el.scope === 'tier', 'ArrowLeft did not move forward in RTL');
  });

  it('re-subscribes when its api is swapped', async () => {
    const first = stubLeaderboardApi({ total: 5, viewerPosition: 0 });
    const second = stubLeaderboardApi({ total: 7, viewerPosition: 6 });
    const el = await render<MindLeaderboard>(
      html`<mind-leaderboard challenge="c" .api=${first.api}></mind-leaderboard>`,
    );
    await expectBoardFollowsApi(el, first, second, () => (el.api = second.api), [
      { origin: 'local', areas: ['feed'] },
      { origin: 'local', areas: ['leaderboard'] },
    ]);
  });
});
