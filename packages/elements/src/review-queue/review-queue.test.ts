import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MindError, REVIEW_CLAIM_MS, type MindshareApi } from '@mindshare/core';
import { contentPack, scenarioPack, scenarioWorld, type ScenarioWorld } from '@mindshare/core/testing';
import { sendKeys } from '@web/test-runner-commands';
import './review-queue.define.js';
import type { MindReviewQueue } from './review-queue.element.js';
import type { MindReviewCloseDetail } from './review-queue.events.js';
import { RENEW_EVERY_MS } from './opened-review.js';
import { ELEVATOR_REVIEW, recordPitch } from '../testing/pitch-recordings.js';
import { listenForMindErrors, offline, withOverrides } from '../testing/api-overrides.js';
import {
  click,
  expectAccessibleAlert,
  find,
  findAll,
  render,
  root,
  settled,
  text,
  textOf,
  until,
} from '../testing/harness.js';

const HOUR = 3_600_000;

/** The scenario's pack with a second exercise, so the exercise filter has something to filter. */
function twoPromptWorld(): ScenarioWorld {
  const elevator = scenarioPack().pitchPrompts!.find((prompt) => prompt.id === 'elevator')!;
  return scenarioWorld({
    pack: contentPack()
      .withPitchPrompt({ ...elevator, id: 'discovery', title: { en: 'Discovery call', fr: 'Appel de découverte' } })
      .build(),
  });
}

async function queue(api: MindshareApi, lang = 'en', interval = 0): Promise<MindReviewQueue> {
  const el = await render<MindReviewQueue>(
    html`<mind-review-queue .api=${api} refresh-interval=${interval}></mind-review-queue>`,
    { lang },
  );
  await settled(el);
  return el;
}

const rows = (el: MindReviewQueue) => findAll(el, '[part~="row"]');
const sellers = (el: MindReviewQueue) => rows(el).map((row) => textOf(row.querySelector('[part~="seller"]')));
const claimOf = async (api: MindshareApi, id: string) =>
  (await api.recordings({ view: 'to-review' })).find((entry) => entry.id === id)?.claim;

/** Anna's pitch three hours ago, Emma's one hour ago, Bruno's just now (each recorded in a minute). */
async function threePitches(world: ScenarioWorld): Promise<{ anna: string; emma: string; bruno: string }> {
  const anna = await recordPitch(world, { seller: 's-anna' });
  world.clock.advance(2 * HOUR);
  const emma = await recordPitch(world, { seller: 's-emma' });
  world.clock.advance(HOUR);
  const bruno = await recordPitch(world, { seller: 's-bruno' });
  return { anna, emma, bruno };
}

/** `api` whose claims wait until the test calls `let()`: the queue stays on "Opening the pitch…". */
function gatedClaims(api: MindshareApi): { api: MindshareApi; let: () => void } {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const claimReview: MindshareApi['claimReview'] = async (id, options) => {
    await gate;
    return api.claimReview(id, options);
  };
  return { api: withOverrides(api, { claimReview }), let: open };
}

/**
 * Watches the intervals set from now on, so a test runs a 10-minute timer at once: `fire(ms)`
 * runs the callbacks of the live intervals of that period, `live(ms)` counts them.
 */
function watchIntervals(): { fire: (ms: number) => void; live: (ms: number) => number; restore: () => void } {
  const { setInterval: realSet, clearInterval: realClear } = window;
  const live = new Map<number, { ms: number; run: () => void }>();
  window.setInterval = ((handler: TimerHandler, ms = 0, ...args: unknown[]) => {
    const id = realSet(handler, ms, ...args);
    if (typeof handler === 'function') live.set(id, { ms, run: () => handler(...args) });
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    realClear(id);
  }) as typeof window.clearInterval;
  const of = (ms: number) => [...live.values()].filter((interval) => interval.ms === ms);
  return {
    fire: (ms) => of(ms).forEach((interval) => interval.run()),
    live: (ms) => of(ms).length,
    restore: () => Object.assign(window, { setInterval: realSet, clearInterval: realClear }),
  };
}

/** Runs `test` with the intervals set meanwhile watched ({@link watchIntervals}), restored after. */
async function withWatchedIntervals(test: (timers: ReturnType<typeof watchIntervals>) => Promise<void>): Promise<void> {
  const timers = watchIntervals();
  try {
    await test(timers);
  } finally {
    timers.restore();
  }
}

/** Goes back to the queue from an open pitch; resolves to the `mind-review-close` detail. */
async function goBack(el: MindReviewQueue): Promise<MindReviewCloseDetail> {
  const closed = oneEvent(el, 'mind-review-close');
  click(el, '[part~="back"]');
  return (await closed).detail;
}

/** Anna's recorded pitch, opened from Camille's queue, so Camille holds its claim. */
async function openedByCamille() {
  const world = scenarioWorld();
  const id = await recordPitch(world);
  const marc = await world.as('mgr-marc');
  const el = await queue(await world.as('coach-camille'));
  click(el, '[part~="open"]');
  await until(el, 'mind-pitch-review');
  return { world, id, marc, el };
}

describe('<mind-review-queue>', () => {
  it('is accessible while loading, listing, empty, failed, refused to a seller and held by another coach', async () => {
    const world = scenarioWorld();
    const camille = await world.as('coach-camille');

    const pending = withOverrides(camille, { recordings: () => new Promise(() => {}) });
    const loading = await render<MindReviewQueue>(html`<mind-review-queue .api=${pending}></mind-review-queue>`);
    await waitUntil(() => text(loading, '[role="status"]') === 'Loading…');
    await expect(loading).to.be.accessible();

    const empty = await queue(camille);
    expect(text(empty, '.empty h3')).to.equal('No pitch is waiting');
    await expect(empty).to.be.accessible();

    const id = await recordPitch(world);
    const list = await queue(camille);
    expect(rows(list)).to.have.length(1);
    await expect(list).to.be.accessible();

    await expectAccessibleAlert(await queue(offline(camille, 'recordings')), 'The review queue could not be loaded.');

    const seller = await queue(await world.as('s-bruno'));
    expect(text(seller)).to.equal('The review queue is for coaches and managers.');
    await expect(seller).to.be.accessible();

    await (await world.as('mgr-marc')).claimReview(id);
    const held = await queue(camille);
    click(held, '[part~="open"]');
    await until(held, '.held');
    expect(text(held, '.held h2')).to.equal('Marc Manager is reviewing this pitch');
    await expect(held).to.be.accessible();
  });

  it('is accessible while opening a pitch, reviewing it, taken over, no longer waiting, and when the claim failed', () =>
    withWatchedIntervals(async (timers) => {
      const world = scenarioWorld();
      const id = await recordPitch(world);
      const camille = await world.as('coach-camille');
      const gated = gatedClaims(camille);
      const el = await queue(gated.api);
      click(el, '[part~="open"]');
      await waitUntil(() => text(el, '[role="status"]') === 'Opening the pitch…');
      await expect(el).to.be.accessible();

      gated.let();
      await until(el, 'mind-pitch-review');
      await expect(el).to.be.accessible();

      await (await world.as('mgr-marc')).claimReview(id, { takeOver: true });
      timers.fire(RENEW_EVERY_MS);
      await until(el, '.lost');
      await expect(el).to.be.accessible();

      const offline = withOverrides(camille, {
        claimReview: () => Promise.reject(new MindError('MIND_NETWORK', 'offline')),
      });
      const failed = await queue(offline);
      click(failed, '[part~="open"]');
      await until(failed, '[role="alert"] button.primary');
      await expect(failed).to.be.accessible();

      const stale = await queue(withOverrides(camille, { subscribe: () => () => {} }));
      await (await world.as('mgr-marc')).review(id, ELEVATOR_REVIEW);
      click(stale, '[part~="open"]');
      await until(stale, '#gone-title');
      await expect(stale).to.be.accessible();
    }));

  it('lists the pitches waiting longest first, each with seller, partner, exercise, waiting time and its coach', async () => {
    const world = scenarioWorld();
    const { anna } = await threePitches(world);
    const camille = await world.as('coach-camille');
    await camille.claimReview(anna);
    world.clock.advance(29 * 60_000);
    const el = await queue(camille);
    expect(sellers(el)).to.deep.equal(['Anna Martin', 'Emma Roux', 'Bruno Leroy']);
    const cells = (part: string) => rows(el).map((row) => textOf(row.querySelector(`[part~="${part}"]`)));
    expect(cells('partner')).to.deep.equal(['Alpha Distribution', 'Gamma IT', 'Alpha Distribution']);
    expect(cells('prompt')).to.deep.equal(['Elevator pitch', 'Elevator pitch', 'Elevator pitch']);
    expect(cells('waiting')).to.deep.equal(['waiting 3 hr', 'waiting 1 hr', 'waiting 29 min']);
    expect(cells('claim')).to.deep.equal(['You are reviewing', 'Nobody yet', 'Nobody yet']);
    expect(text(el, '.count')).to.equal('3 pitches waiting, the longest first');
    expect(find(el, '[part~="open"]')!.getAttribute('aria-label')).to.equal('Open Anna Martin’s pitch: Elevator pitch');

    await (await world.as('mgr-marc')).claimReview((await camille.recordings({ view: 'to-review' }))[1]!.id);
    await el.reload();
    expect(cells('claim')).to.deep.equal(['You are reviewing', 'Marc Manager is reviewing', 'Nobody yet']);
  });

  it('filters by exercise and by partner', async () => {
    const world = twoPromptWorld();
    await threePitches(world);
    const farid = await world.as('s-farid');
    const take = await farid.startRecording('discovery', { mimeType: 'video/webm' });
    await take.append(new Uint8Array([1]));
    await take.finish({ durationMs: 20_000 });
    const el = await queue(await world.as('coach-camille'));
    expect(sellers(el)).to.deep.equal(['Anna Martin', 'Emma Roux', 'Bruno Leroy', 'Farid Benali']);

    const choose = async (name: string, value: string) => {
      const select = find<HTMLSelectElement>(el, `select[name="${name}"]`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    const options = (name: string) => findAll(el, `select[name="${name}"] option`).map((option) => textOf(option));
    expect(options('prompt')).to.deep.equal(['All', 'Elevator pitch', 'Discovery call']);
    expect(options('partner')).to.deep.equal(['All', 'Alpha Distribution', 'Gamma IT']);

    await choose('prompt', 'discovery');
    expect(sellers(el)).to.deep.equal(['Farid Benali']);
    expect(text(el, '.count')).to.equal('1 of 4 waiting pitches shown, the longest first');
    await choose('partner', 'Alpha Distribution');
    expect(rows(el)).to.have.length(0);
    expect(text(el, '.count + .status')).to.equal('No waiting pitch matches these filters.');
    await choose('prompt', '');
    expect(sellers(el)).to.deep.equal(['Anna Martin', 'Bruno Leroy']);
  });

  it('opens a pitch by claiming it and shows <mind-pitch-review> for it; Back to queue releases the claim', async () => {
    const world = scenarioWorld();
    const { anna } = await threePitches(world);
    const camille = await world.as('coach-camille');
    const marc = await world.as('mgr-marc');
    const el = await queue(camille);

    const opened = oneEvent(el, 'mind-review-open');
    click(el, `[data-recording="${anna}"] [part~="open"]`);
    const { detail } = await opened;
    expect(detail).to.include({ recordingId: anna, promptId: 'elevator', sellerName: 'Anna Martin', takenOver: false });
    expect(detail.claim.coachName).to.equal('Camille Coach');
    const review = await until(el, 'mind-pitch-review');
    expect(review.getAttribute('recording')).to.equal(anna);
    expect(find(el, '.queue')).to.equal(null);
    expect((await claimOf(marc, anna))?.coachId).to.equal('coach-camille');
    expect(root(el).activeElement).to.equal(find(el, '[part~="back"]'));

    expect(await goBack(el)).to.deep.equal({ recordingId: anna, reviewed: false, released: true });
    expect(await claimOf(marc, anna)).to.equal(undefined);
    await until(el, '[part~="row"]');
    await waitUntil(() => root(el).activeElement === find(el, `[data-recording="${anna}"] [part~="open"]`));
  });

  it('keeps the claim ended by a sent review: back after reviewing releases nothing', async () => {
    const world = scenarioWorld();
    const id = await recordPitch(world);
    const camille = await world.as('coach-camille');
    const el = await queue(camille);
    click(el, '[part~="open"]');
    const review = await until(el, 'mind-pitch-review');
    await camille.review(id, ELEVATOR_REVIEW);
    review.dispatchEvent(new CustomEvent('mind-review-submit', { bubbles: true, composed: true, detail: {} }));
    expect(await goBack(el)).to.deep.equal({ recordingId: id, reviewed: true, released: false });
    await until(el, '.empty');
  });

  it('names the coach holding a pitch and takes it over only when asked; going back leaves their claim', async () => {
    const world = scenarioWorld();
    const id = await recordPitch(world);
    const camille = await world.as('coach-camille');
    const marc = await world.as('mgr-marc');
    await marc.claimReview(id);
    const heard = listenForMindErrors();
    try {
      const el = await queue(camille);
      expect(text(el, '[part~="claim"]')).to.equal('Marc Manager is reviewing');
      click(el, '[part~="open"]');
      await until(el, '.held');
      expect(text(el, '.held p')).to.contain('Marc Manager opened it first');
      expect(text(el, '[part~="take-over"]')).to.equal('Take over from Marc Manager');
      expect(root(el).activeElement).to.equal(find(el, '#held-title'));
      expect(heard.codes()).to.deep.equal(['MIND_CONFLICT']);
      expect(find(el, 'mind-pitch-review')).to.equal(null);

      expect((await goBack(el)).released).to.equal(false);
      expect((await claimOf(camille, id))?.coachId).to.equal('mgr-marc');

      await until(el, '[part~="open"]');
      click(el, '[part~="open"]');
      await until(el, '.held');
      const opened = oneEvent(el, 'mind-review-open');
      click(el, '[part~="take-over"]');
      expect((await opened).detail.takenOver).to.equal(true);
      await until(el, 'mind-pitch-review');
      expect((await claimOf(marc, id))?.coachName).to.equal('Camille Coach');
    } finally {
      heard.stop();
    }
  });

  it('says when a pitch stopped waiting, and offers to try again when the claim could not be sent', async () => {
    const world = scenarioWorld();
    const id = await recordPitch(world);
    const camille = await world.as('coach-camille');
    let offline = true;
    const flaky = withOverrides(camille, {
      claimReview: (recordingId, options) =>
        offline ? Promise.reject(new MindError('MIND_NETWORK', 'offline')) : camille.claimReview(recordingId, options),
    });
    const el = await queue(flaky);
    click(el, '[part~="open"]');
    await until(el, '[role="alert"] button.primary');
    expect(text(el, '[role="alert"]')).to.match(/could not be opened|connection|offline/i);
    offline = false;
    click(el, '[role="alert"] button.primary');
    await until(el, 'mind-pitch-review');
    click(el, '[part~="back"]');
    await until(el, '[part~="open"]');

    // A page that heard nothing of Marc's review since it read the queue.
    const stale = await queue(withOverrides(camille, { subscribe: () => () => {} }));
    await (await world.as('mgr-marc')).review(id, ELEVATOR_REVIEW);
    click(stale, '[part~="open"]');
    await until(stale, '#gone-title');
    expect(text(stale, '#gone-title')).to.equal('This pitch is no longer waiting');
  });

  it('says a pitch reviewed meanwhile is no longer waiting, though the queue last showed another coach on it', async () => {
    const world = scenarioWorld();
    const id = await recordPitch(world);
    const marc = await world.as('mgr-marc');
    await marc.claimReview(id);
    const camille = await world.as('coach-camille');
    const stale = await queue(withOverrides(camille, { subscribe: () => () => {} }));
    expect(text(stale, '[part~="claim"]')).to.equal('Marc Manager is reviewing');
    await marc.review(id, ELEVATOR_REVIEW);

    click(stale, '[part~="open"]');
    await until(stale, '#gone-title');
    expect(text(stale, '#gone-title')).to.equal('This pitch is no longer waiting');
    expect(findAll(stale, '[part~="take-over"]')).to.have.length(0);
  });

  it('renews an open claim every 10 minutes, with refresh-interval="0" too, until the coach goes back', async () => {
    expect(RENEW_EVERY_MS).to.be.at.most(REVIEW_CLAIM_MS / 2);
    await withWatchedIntervals(async (timers) => {
      const { world, id, marc, el } = await openedByCamille();
      const first = (await claimOf(marc, id))!;

      world.clock.advance(RENEW_EVERY_MS);
      timers.fire(RENEW_EVERY_MS);
      await waitUntil(
        async () => (await claimOf(marc, id))?.expiresAt === first.expiresAt + RENEW_EVERY_MS,
        'the claim was not renewed',
      );
      // Past the first claim's end, the renewed one still holds.
      world.clock.advance(REVIEW_CLAIM_MS - 60_000);
      expect((await claimOf(marc, id))?.coachName).to.equal('Camille Coach');

      expect((await goBack(el)).released).to.equal(true);
      expect(timers.live(RENEW_EVERY_MS)).to.equal(0);
    });
  });

  it('warns the coach when another coach took the pitch over while they reviewed it, and leaves that claim', () =>
    withWatchedIntervals(async (timers) => {
      const { id, marc, el } = await openedByCamille();
      expect(findAll(el, '.lost')).to.have.length(0);

      await marc.claimReview(id, { takeOver: true });
      timers.fire(RENEW_EVERY_MS);
      await until(el, '[role="alert"].lost');
      expect(text(el, '.lost')).to.equal(
        'Marc Manager took this pitch over. If you send your review, it will be refused: agree with Marc Manager first.',
      );
      expect(findAll(el, 'mind-pitch-review')).to.have.length(1);
      expect(timers.live(RENEW_EVERY_MS)).to.equal(0);

      expect((await goBack(el)).released).to.equal(false);
      expect((await claimOf(marc, id))?.coachName).to.equal('Marc Manager');
    }));

  it('names no coach who took over when a renewal finds the pitch reviewed meanwhile', () =>
    withWatchedIntervals(async (timers) => {
      const world = scenarioWorld();
      const id = await recordPitch(world);
      await (await world.as('mgr-marc')).claimReview(id);
      const camille = await world.as('coach-camille');
      let refusals = 0;
      const counted = withOverrides(camille, {
        subscribe: () => () => {},
        claimReview: (recordingId, options) =>
          camille.claimReview(recordingId, options).catch((error: unknown) => {
            refusals++;
            throw error;
          }),
      });
      // The queue Camille opened from showed Marc on the pitch; she took it over.
      const el = await queue(counted);
      click(el, '[part~="open"]');
      await until(el, '.held');
      click(el, '[part~="take-over"]');
      await until(el, 'mind-pitch-review');
      // Her review went from another tab: this one heard nothing of it.
      await camille.review(id, ELEVATOR_REVIEW);

      const before = refusals;
      timers.fire(RENEW_EVERY_MS);
      await waitUntil(() => refusals === before + 1, 'no renewal was refused');
      await el.updateComplete;
      expect(text(el, '.lost')).to.equal('');
      expect(findAll(el, 'mind-pitch-review')).to.have.length(1);
    }));

  it('releases a claim that arrives after the coach went back', async () => {
    const world = scenarioWorld();
    const id = await recordPitch(world);
    const marc = await world.as('mgr-marc');
    const gated = gatedClaims(await world.as('coach-camille'));
    const el = await queue(gated.api);
    click(el, '[part~="open"]');
    await waitUntil(() => text(el, '[role="status"]') === 'Opening the pitch…');

    const closed = goBack(el);
    gated.let();
    expect(await closed).to.deep.equal({ recordingId: id, reviewed: false, released: true });
    expect(await claimOf(marc, id)).to.equal(undefined);
  });

  it('releases the claim when the element is removed, and when the page is hidden until it is shown again', async () => {
    const world = scenarioWorld();
    const id = await recordPitch(world);
    const marc = await world.as('mgr-marc');
    const camille = await world.as('coach-camille');

    const el = await queue(camille);
    click(el, '[part~="open"]');
    await until(el, 'mind-pitch-review');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await waitUntil(async () => (await claimOf(marc, id)) === undefined, 'hiding the page did not release the claim');
    // Back from the back-forward cache, the pitch still shown: claimed again.
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await waitUntil(async () => (await claimOf(marc, id))?.coachName === 'Camille Coach', 'not claimed again');

    el.remove();
    await waitUntil(
      async () => (await claimOf(marc, id)) === undefined,
      'removing the queue did not release the claim',
    );
  });

  it('reads the queue again on change events, and every refresh-interval seconds when none come', async () => {
    const world = scenarioWorld();
    await recordPitch(world, { seller: 's-anna' });
    const camille = await world.as('coach-camille');
    const live = await queue(camille);
    expect(sellers(live)).to.deep.equal(['Anna Martin']);
    // Over HTTP other people's writes send no change event: only the interval finds them.
    const quiet = withOverrides(camille, { subscribe: () => () => {} });
    const polled = await queue(quiet, 'en', 0.2);
    const never = await queue(quiet, 'en', 0);

    await recordPitch(world, { seller: 's-emma' });
    await waitUntil(() => sellers(live).length === 2, 'the change event did not refresh the queue');
    await waitUntil(() => sellers(polled).length === 2, 'the interval did not refresh the queue');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sellers(never)).to.deep.equal(['Anna Martin']);
  });

  it('works from the keyboard: Tab to a pitch, Enter opens it, Space goes back', async () => {
    const world = scenarioWorld();
    const { anna, emma } = await threePitches(world);
    const el = await queue(await world.as('coach-camille'));
    find<HTMLSelectElement>(el, 'select[name="partner"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(find(el, `[data-recording="${anna}"] [part~="open"]`));
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(find(el, `[data-recording="${emma}"] [part~="open"]`));
    await sendKeys({ press: 'Enter' });
    const review = await until(el, 'mind-pitch-review');
    expect(review.getAttribute('recording')).to.equal(emma);
    await waitUntil(() => root(el).activeElement === find(el, '[part~="back"]'));
    await sendKeys({ press: ' ' });
    await waitUntil(() => root(el).activeElement === find(el, `[data-recording="${emma}"] [part~="open"]`));
  });

  it('speaks French', async () => {
    const world = scenarioWorld();
    await threePitches(world);
    const el = await queue(await world.as('coach-camille'), 'fr');
    expect(text(el, 'h2')).to.equal('Pitchs à évaluer');
    expect(textOf(rows(el)[0]!.querySelector('[part~="waiting"]'))).to.equal('en attente depuis 3 h');
    expect(textOf(rows(el)[0]!.querySelector('[part~="claim"]'))).to.equal('Personne pour l’instant');
    expect(text(el, '.count')).to.equal('3 pitchs en attente, le plus ancien d’abord');
  });
});
