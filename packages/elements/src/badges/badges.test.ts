import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MindError, type MindshareApi } from '@mindshare/core';
import { sendKeys } from '@web/test-runner-commands';
import { engagedPack, playSpringLaunch, SCENARIO_TIME, scenarioWorld } from '@mindshare/core/testing';
import './badges.define.js';
import type { MindBadges } from './badges.element.js';
import { offlineOnce, withOutage, withOverrides } from '../testing/api-overrides.js';
import { find, findAll, isLoading, render, root, settled, textOf } from '../testing/harness.js';

/** A world on the day both Platinum nuggets are out, with the pack's engagement section. */
async function engagedWorld() {
  const world = scenarioWorld({ pack: engagedPack() });
  world.clock.set(SCENARIO_TIME.secondPlatinumRelease + 60_000);
  const anna = await world.as('s-anna', 'en');
  return { world, anna };
}

async function sendPitch(api: MindshareApi) {
  const session = await api.startRecording('elevator', { mimeType: 'video/webm' });
  await session.append(new Uint8Array([1]));
  await session.finish({ durationMs: 30_000 });
}

async function badges(api: MindshareApi, lang = 'en', seller = ''): Promise<MindBadges> {
  const el = await render<MindBadges>(html`<mind-badges seller=${seller} .api=${api}></mind-badges>`, { lang });
  await settled(el);
  return el;
}

const earned = (el: MindBadges) => findAll(el, '[part~="earned-badge"]');
const bars = (el: MindBadges) => findAll<HTMLProgressElement>(el, 'progress');

describe('<mind-badges>', () => {
  it('is accessible while loading, with badges, without any, refused and failed', async () => {
    const { world, anna } = await engagedWorld();
    const pending = await render<MindBadges>(
      html`<mind-badges .api=${withOverrides(anna, { engagement: () => new Promise(() => undefined) })}></mind-badges>`,
    );
    await waitUntil(() => isLoading(pending));
    await expect(pending).to.be.accessible();

    const none = await badges(anna);
    expect(earned(none)).to.have.length(0);
    expect(textOf(find(none, '[part="base"]'))).to.contain('No badge yet');
    await expect(none).to.be.accessible();

    await anna.markSeen('n-platinum-pricing');
    await sendPitch(anna);
    const some = await badges(anna);
    expect(earned(some)).to.have.length(1);
    await expect(some).to.be.accessible();

    const bruno = await world.as('s-bruno');
    const refused = await badges(bruno, 'en', 's-anna');
    expect(textOf(find(refused, '.state'))).to.equal('Only coaches and managers may see another seller’s badges.');
    await expect(refused).to.be.accessible();

    const failed = await render<MindBadges>(
      html`<mind-badges
        .api=${withOverrides(anna, { engagement: () => Promise.reject(new MindError('MIND_CONFLICT', 'x')) })}
      ></mind-badges>`,
    );
    await waitUntil(() => find(failed, '[role="alert"]'));
    await expect(failed).to.be.accessible();
  });

  it('shows points, each earned badge with its date, and labelled progress bars toward the next ones', async () => {
    const { world, anna } = await engagedWorld();
    await anna.markSeen('n-platinum-pricing');
    await anna.vote('n-platinum-poll', ['pro']);
    const sentAt = world.clock.now();
    await sendPitch(anna);
    const el = await badges(anna);
    expect(textOf(find(el, '[part="points"]'))).to.equal('14 points 14 this week 1-week streak');
    const [badge] = earned(el);
    expect(badge!.dataset['badge']).to.equal('first-pitch');
    expect(textOf(badge)).to.contain('First pitch').and.to.contain('Send a pitch for review.');
    const time = badge!.querySelector('time')!;
    expect(time.dateTime).to.equal(new Date(sentAt).toISOString());
    expect(textOf(time)).to.equal(
      `Earned ${new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'Europe/Paris' }).format(sentAt)}`,
    );

    const progress = bars(el);
    expect(progress.map((bar) => bar.closest('li')!.dataset['badge'])).to.deep.equal(['regular', 'reader', 'podium']);
    const streak = progress[0]!;
    expect([streak.value, streak.max]).to.deep.equal([1, 2]);
    // A progress bar is named by its badge and says its progress in words.
    const label = root(el).getElementById(streak.getAttribute('aria-labelledby')!);
    expect(textOf(label)).to.equal('Regular');
    expect(streak.getAttribute('aria-valuetext')).to.equal('1 of 2 weeks in a row');
  });

  it('speaks French: points, dates and progress in the seller’s language', async () => {
    const { world, anna } = await engagedWorld();
    await anna.markSeen('n-platinum-pricing');
    const sentAt = world.clock.now();
    await sendPitch(anna);
    const el = await badges(anna, 'fr');
    expect(textOf(find(el, '[part="points"]'))).to.equal('11 points 11 cette semaine 1 semaine d’affilée');
    expect(textOf(find(el, 'h3'))).to.equal('Badges obtenus');
    expect(textOf(earned(el)[0]!.querySelector('time'))).to.equal(
      `Obtenu le ${new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeZone: 'Europe/Paris' }).format(sentAt)}`,
    );
    expect(bars(el)[0]!.getAttribute('aria-valuetext')).to.equal('1 semaine d’affilée sur 2');
    await expect(el).to.be.accessible();
  });

  it('announces a badge earned while shown, once, and fires mind-badge-earned', async () => {
    const { anna } = await engagedWorld();
    const el = await badges(anna);
    expect(earned(el)).to.have.length(0);
    const heard = oneEvent(el, 'mind-badge-earned');
    await playSpringLaunch(anna, 3);
    const event = await heard;
    expect(event.detail.badgeId).to.equal('podium');
    await waitUntil(() => earned(el).length === 1);
    expect(textOf(find(el, '[role="status"]'))).to.equal('New badge: Podium');
  });

  it('lets a coach read a seller’s badges; a failed load is tried again from the keyboard', async () => {
    const { world, anna } = await engagedWorld();
    await sendPitch(anna);
    const coach = await world.as('coach-camille');
    const el = await render<MindBadges>(
      html`<mind-badges seller="s-anna" .api=${withOutage(coach, 'engagement', offlineOnce())}></mind-badges>`,
    );
    await waitUntil(() => find(el, '[role="alert"]'));
    const retry = find<HTMLButtonElement>(el, '[role="alert"] button')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(earned(el).map((badge) => badge.dataset['badge'])).to.deep.equal(['first-pitch']);
  });
});
