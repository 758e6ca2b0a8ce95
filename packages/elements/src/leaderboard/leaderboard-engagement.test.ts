import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MindshareApi } from '@mindshare/core';
import { sendKeys } from '@web/test-runner-commands';
import { engagedPack, SCENARIO_TIME, scenarioWorld } from '@mindshare/core/testing';
import './leaderboard.define.js';
import type { MindLeaderboard } from './leaderboard.element.js';
import { find, findAll, render, root, settled, textOf } from '../testing/harness.js';

/** Noon in Paris on the Monday after the scenario's Sunday: a new week on the sellers' calendar. */
const MONDAY = Date.parse('2027-03-29T10:00:00Z');

/** Anna active this week and last, Bruno this week only: the weekly and all-time boards differ. */
async function activeWorld() {
  const world = scenarioWorld({ pack: engagedPack() });
  world.clock.set(SCENARIO_TIME.secondPlatinumRelease + 60_000); // Sunday
  const anna = await world.as('s-anna');
  const bruno = await world.as('s-bruno');
  await anna.respond('n-objections', 'Price'); // read 1 + answer 3, last week
  world.clock.set(MONDAY);
  await anna.markSeen('n-platinum-pricing'); // 1 this week
  await bruno.vote('n-platinum-poll', ['pro']); // read 1 + vote 2, this week
  return { world, anna, bruno };
}

async function engagementBoard(api: MindshareApi, lang = 'en', period = 'week'): Promise<MindLeaderboard> {
  const el = await render<MindLeaderboard>(
    html`<mind-leaderboard board="engagement" period=${period} .api=${api}></mind-leaderboard>`,
    { lang },
  );
  await settled(el);
  return el;
}

const body = (el: MindLeaderboard) =>
  findAll(el, 'tbody tr').map((row) => [...row.querySelectorAll('td, th')].map((cell) => textOf(cell)).join(' | '));

describe('<mind-leaderboard board="engagement">', () => {
  it('ranks sellers by activity points this week, is accessible, and switches to all time from the keyboard', async () => {
    const { anna } = await activeWorld();
    const el = await engagementBoard(anna);
    expect(textOf(find(el, 'caption'))).to.equal('Most engaged this week · Everyone');
    expect(textOf(find(el, 'thead th.score'))).to.equal('Points');
    expect(body(el).map((row) => row.split(' | ').at(-1))).to.deep.equal(['3', '1']);
    await expect(el).to.be.accessible();

    const thisWeek = find<HTMLButtonElement>(el, '[part~="period"] [aria-checked="true"]')!;
    expect(textOf(thisWeek)).to.equal('This week');
    thisWeek.focus();
    const changed = oneEvent(el, 'mind-period-change');
    await sendKeys({ press: 'ArrowRight' });
    expect((await changed).detail.period).to.equal('all');
    expect(el.period).to.equal('all');
    await waitUntil(() => textOf(find(el, 'caption')).startsWith('Most engaged, all time'));
    expect(body(el).map((row) => row.split(' | ').at(-1))).to.deep.equal(['5', '3']);
    expect(textOf(find(el, '[part~="period"] [aria-checked="true"]'))).to.equal('All time');
    await expect(el).to.be.accessible();
  });

  it('moves live as activity is counted, and speaks French', async () => {
    const { bruno } = await activeWorld();
    const el = await engagementBoard(bruno, 'fr', 'all');
    expect(textOf(find(el, 'caption'))).to.equal('Les plus actifs, depuis le début · Tout le monde');
    expect(textOf(find(el, '[part~="period"]'))).to.contain('Cette semaine');
    await bruno.respond('n-objections', 'Trop cher');
    await waitUntil(() => body(el)[0]?.endsWith('| 7'), 'the board did not follow Bruno’s answer');
    expect(find(el, 'tbody tr [part~="movement"]'), 'Bruno moved up past Anna').not.to.equal(null);
    // The movement marks fade in; contrast is measured once they are fully shown.
    await Promise.all(
      root(el)
        .getAnimations()
        .map((animation) => animation.finished),
    );
    await expect(el).to.be.accessible();
  });

  it('says how to appear on an empty board', async () => {
    const world = scenarioWorld({ pack: engagedPack() });
    world.clock.set(SCENARIO_TIME.secondPlatinumRelease);
    const el = await engagementBoard(await world.as('s-anna'));
    expect(textOf(find(el, '.state'))).to.equal(
      'No activity counted yet. Read a nugget or answer a poll to appear here.',
    );
    await expect(el).to.be.accessible();
  });
});
