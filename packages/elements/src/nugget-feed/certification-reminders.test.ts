import { expect, html, waitUntil } from '@open-wc/testing';
import { certifiedPack, playSpringLaunch, scenarioWorld } from '@mindshare/core/testing';
import { find, findAll, render, textOf, until } from '../testing/harness.js';
import './nugget-feed.define.js';
import type { MindNuggetFeed } from './nugget-feed.element.js';

const DAY = 86_400_000;

/** Anna certified "Spring expert" (60 days, reminded 20 days before) and "Spring pro" (a year), then `days` later. */
async function annaAfter(days: number) {
  const world = scenarioWorld({ pack: certifiedPack() });
  const anna = await world.as('s-anna');
  await playSpringLaunch(anna, 3);
  const expiresAt = world.clock.now() + 60 * DAY;
  world.clock.advance(days * DAY);
  return { world, anna, expiresAt };
}

async function feed(api: Awaited<ReturnType<typeof annaAfter>>['anna'], lang = 'en'): Promise<MindNuggetFeed> {
  const el = await render<MindNuggetFeed>(html`<mind-nugget-feed .api=${api}></mind-nugget-feed>`, { lang });
  await until(el, '[part="header"]');
  return el;
}

describe('<mind-nugget-feed> certification reminders', () => {
  it('reminds the seller of a certification about to expire, naming the challenge and score that renew it', async () => {
    const { anna, expiresAt } = await annaAfter(41);
    const el = await feed(anna);
    await until(el, '[part="reminders"]');
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(expiresAt);
    expect(findAll(el, '[part="reminder"]').map((node) => node.dataset['certification'])).to.deep.equal([
      'spring-expert',
    ]);
    expect(textOf(find(el, '[part="reminder"]'))).to.equal(
      `Your certification “Spring expert” expires on ${date}. To renew it, pass Spring launch challenge with at least 80%.`,
    );
    await expect(el).to.be.accessible();
  });

  it('shows no reminder before the reminder period, and says it in French', async () => {
    const early = await feed((await annaAfter(39)).anna);
    await until(early, '[part="header"]');
    expect(find(early, '[part="reminders"]')).to.equal(null);

    const el = await feed((await annaAfter(41)).anna, 'fr');
    await waitUntil(() => textOf(find(el, '#reminders-title')) === 'Certifications à renouveler', 'no French');
    expect(textOf(find(el, '[part="reminder"]'))).to.match(
      /^Votre certification « Expert printemps » expire le .+\. Pour la renouveler, réussissez Challenge de lancement de printemps avec au moins 80 %\.$/,
    );
  });
});
