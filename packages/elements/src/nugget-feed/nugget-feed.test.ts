import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MindError, type MindshareApi } from '@mindshare/core';
import { sendKeys } from '@web/test-runner-commands';
import { SCENARIO_TIME, contentPack, scenarioWorld, type ScenarioWorld } from '@mindshare/core/testing';
import {
  expectFullDeviceThenRetry,
  listenForMindErrors,
  offlineOnce,
  withOutage,
  withOverrides,
} from '../testing/api-overrides.js';
import { expectPriceListRequest } from '../testing/resource-request.js';
import { click, expectErrorThenRetry, find, render, root, text, textOf, until } from '../testing/harness.js';
import './nugget-feed.define.js';
import type { MindNuggetFeed } from './nugget-feed.element.js';

/** The video nugget added to the scenario's line. */
const FEED_VIDEO = 'n-video';
/** Where the captions live, as the test server serves them (a path relative to the page). */
const FEED_CAPTIONS = '/packages/elements/src/testing/feed-captions.vtt';

/** The scenario's pack plus {@link FEED_VIDEO} (a poster, English and French captions), out every day to everyone. */
const feedPack = contentPack()
  .withNugget({
    id: FEED_VIDEO,
    kind: 'video',
    title: { en: 'Pitching Platinum', fr: 'Présenter Platinium' },
    src: '/packages/elements/src/testing/feed-video.webm',
    poster: '/packages/elements/src/testing/feed-poster.png',
    durationSeconds: 90,
    captions: [
      { locale: 'en', src: FEED_CAPTIONS, label: 'English' },
      { locale: 'fr', src: FEED_CAPTIONS, label: 'Français' },
    ],
  })
  .withSchedule({
    id: 'video-line',
    segment: {},
    nuggets: [FEED_VIDEO],
    cadence: { start: '2027-03-22', time: '08:00', every: { days: 1 } },
    repetition: 'off',
  });

const DAY = 86_400_000;
/** Every scenario nugget is out for s-anna (Platinum, Paris); nothing more is planned. */
const LATER = SCENARIO_TIME.secondPlatinumRelease + 3 * DAY;
/** Four items out; the mini-quiz comes on Monday 29 March at 10:00 in Paris. */
const BEFORE_QUIZ = SCENARIO_TIME.secondPlatinumRelease + 3_600_000;

const item = (el: MindNuggetFeed, id: string) => find(el, `article[data-nugget="${id}"]`)!;
const frames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));

async function mount(options: { at?: number; world?: ScenarioWorld; api?: MindshareApi; before?: string } = {}) {
  const world = options.world ?? scenarioWorld();
  world.clock.set(options.at ?? LATER);
  const api = options.api ?? (await world.as('s-anna'));
  const wrapper = await render(
    html`<div>
      <div style=${options.before ?? ''}></div>
      <mind-nugget-feed .api=${api}></mind-nugget-feed>
    </div>`,
  );
  const el = wrapper.querySelector('mind-nugget-feed')!;
  return { el, world, api };
}

async function typeInto(el: MindNuggetFeed, selector: string, value: string) {
  find(el, selector)!.focus();
  await sendKeys({ type: value });
  await el.updateComplete;
}

describe('<mind-nugget-feed>', () => {
  it('is accessible in each main state: loading, items, caught up, empty, error', async () => {
    const world = scenarioWorld({ pack: feedPack.build() });
    const real = await world.as('s-anna');
    const waiting = await mount({ world, api: withOverrides(real, { feed: () => new Promise(() => {}) }) });
    await until(waiting.el, '.loading');
    await expect(waiting.el).to.be.accessible();

    const { el } = await mount({ world });
    await until(el, '[role="feed"]');
    await expect(el).to.be.accessible();

    const caughtUp = scenarioWorld();
    const anna = await caughtUp.as('s-anna');
    caughtUp.clock.set(BEFORE_QUIZ);
    for (const { nuggetId } of (await anna.feed()).items) await anna.markSeen(nuggetId);
    const done = await mount({ world: caughtUp, api: anna, at: BEFORE_QUIZ });
    await until(done.el, '.caught-up');
    await expect(done.el).to.be.accessible();

    const empty = await mount({ at: Date.parse('2027-03-20T08:00:00Z') });
    await until(empty.el, '.empty');
    await expect(empty.el).to.be.accessible();

    const failing = await mount({
      api: withOverrides(real, { feed: () => Promise.reject(new Error('down')) }),
    });
    await until(failing.el, '.error');
    await expect(failing.el).to.be.accessible();
  });

  it('lists the items newest first as an ARIA feed with positions, kinds and release dates', async () => {
    const { el } = await mount();
    await until(el, '[role="feed"]');
    const articles = [...root(el).querySelectorAll('article')];
    expect(articles.map((article) => article.dataset.nugget)).to.deep.equal([
      'n-quiz',
      'n-platinum-poll',
      'n-platinum-pricing',
      'n-objections',
      'n-welcome',
    ]);
    expect(articles.map((article) => article.getAttribute('aria-posinset'))).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(articles.every((article) => article.getAttribute('aria-setsize') === '5')).to.equal(true);
    expect(text(el, '[data-nugget="n-platinum-pricing"]')).to.contain('Platinum partners get 30 % margin on Pro.');
    expect(text(el, '[data-nugget="n-platinum-pricing"] .meta')).to.match(
      /Info New Published Friday, March 26,? at 9:00\sAM GMT\+1/,
    );
    expect(find(el, 'article[data-nugget="n-welcome"] h3')!.id).to.equal(articles[4]!.getAttribute('aria-labelledby'));
  });

  it('counts unread items in a badge with accessible, plural text, live as items are seen', async () => {
    const { el, api } = await mount();
    await until(el, '[part~="badge"]');
    expect(text(el, '[part~="badge"] [aria-hidden="true"]')).to.equal('5');
    expect(text(el, '[part~="badge"] .visually-hidden')).to.equal('5 unread items');
    for (const id of ['n-welcome', 'n-objections', 'n-platinum-pricing']) await api.markSeen(id);
    await waitUntil(
      () => text(el, '[part~="badge"] .visually-hidden') === '2 unread items',
      'the badge did not follow',
    );
    await api.markSeen('n-platinum-poll');
    await waitUntil(() => text(el, '[part~="badge"] .visually-hidden') === '1 unread item', 'no singular');
    await api.markSeen('n-quiz');
    await waitUntil(() => find(el, '[part~="badge"]') === null, 'the badge stayed at zero');
  });

  it('marks an item seen once half of it is visible for one second on the API clock, not before', async () => {
    const { el, world } = await mount({ before: 'block-size: 3000px' });
    await until(el, '[role="feed"]');
    const seen: CustomEvent[] = [];
    el.parentElement!.addEventListener('mind-nugget-seen', (event) => seen.push(event));
    await frames();
    world.clock.advance(5000);
    el.syncClock();
    await frames();
    expect(seen, 'nothing is seen off screen').to.have.length(0);

    item(el, 'n-platinum-pricing').scrollIntoView({ block: 'center' });
    await frames();
    el.syncClock();
    world.clock.advance(999);
    el.syncClock();
    await frames();
    expect(seen, 'not before a full second').to.have.length(0);
    world.clock.advance(1);
    el.syncClock();
    await waitUntil(() => seen.some((event) => event.detail.nuggetId === 'n-platinum-pricing'), 'never seen');
    const event = seen.find((candidate) => candidate.detail.nuggetId === 'n-platinum-pricing')!;
    expect(event.detail).to.deep.equal({ nuggetId: 'n-platinum-pricing', trigger: 'visible' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(seen.map((candidate) => candidate.detail.nuggetId)).not.to.include('n-quiz');
    await waitUntil(() => !item(el, 'n-platinum-pricing').hasAttribute('data-unread'), 'still unread');
    expect(text(el, '[data-nugget="n-platinum-pricing"] .meta')).not.to.contain('New');
  });

  it('takes a vote, then shows the results as text and a bar, with the seller’s own choice', async () => {
    const world = scenarioWorld();
    world.clock.set(LATER);
    await (await world.as('s-bruno')).vote('n-platinum-poll', ['basic']);
    const { el } = await mount({ world });
    await until(el, '[data-nugget="n-platinum-poll"] form');
    const vote = find<HTMLButtonElement>(el, '[data-nugget="n-platinum-poll"] button[type="submit"]')!;
    expect(vote.disabled, 'no vote without a choice').to.equal(true);
    expect(find(el, '[data-nugget="n-platinum-poll"] .tally'), 'no results before voting').to.equal(null);
    find<HTMLInputElement>(el, '[data-nugget="n-platinum-poll"] input[value="pro"]')!.click();
    await el.updateComplete;
    const voted = oneEvent(el, 'mind-vote');
    vote.click();
    const { detail } = await voted;
    expect(detail.nuggetId).to.equal('n-platinum-poll');
    expect(detail.optionIds).to.deep.equal(['pro']);
    expect(detail.tally!.voters).to.equal(2);
    await until(el, '[data-nugget="n-platinum-poll"] .tally');
    const results = text(el, '[data-nugget="n-platinum-poll"] .tally');
    expect(results).to.contain('2 votes in total');
    expect(results).to.match(/Basic 1 vote \(50\s?%\)/);
    expect(results).to.match(/Pro \(your vote\) 1 vote \(50\s?%\)/);
    const bar = find(el, '[data-nugget="n-platinum-poll"] .mine .bar')!;
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect((bar.firstElementChild as HTMLElement).style.inlineSize).to.equal('50%');
    expect(find(el, '[data-nugget="n-platinum-poll"] input'), 'the form is gone').to.equal(null);
    await el.updateComplete;
    expect(root(el).activeElement, 'a tap that focused nothing pulled focus into the feed').to.equal(null);
  });

  it('counts the characters of an open answer, sends it with respond and confirms', async () => {
    const { el } = await mount();
    const textarea = (await until(el, '#n-objections-answer')) as HTMLTextAreaElement;
    expect(textarea.maxLength).to.equal(280);
    expect(text(el, '#n-objections-counter')).to.equal('0 of 280 characters');
    expect(textarea.getAttribute('aria-describedby')).to.contain('n-objections-counter');
    await typeInto(el, '#n-objections-answer', 'Too expensive');
    expect(text(el, '#n-objections-counter')).to.equal('13 of 280 characters');
    const responded = oneEvent(el, 'mind-respond');
    click(el, '[data-nugget="n-objections"] button[type="submit"]');
    expect((await responded).detail).to.deep.equal({ nuggetId: 'n-objections', text: 'Too expensive' });
    await until(el, '[data-nugget="n-objections"] .sent');
    expect(text(el, '[data-nugget="n-objections"] .sent')).to.equal('Thank you: your answer was sent.');
    expect(text(el, '.base > [role="status"]')).to.equal('Thank you: your answer was sent.');
  });

  it('speaks the characters left near the limit', async () => {
    const { el } = await mount();
    await until(el, '#n-objections-answer');
    const textarea = find<HTMLTextAreaElement>(el, '#n-objections-answer')!;
    textarea.value = 'x'.repeat(259);
    textarea.dispatchEvent(new Event('input'));
    await typeInto(el, '#n-objections-answer', 'y');
    expect(text(el, '#n-objections-counter')).to.equal('260 of 280 characters');
    expect(text(el, '.base > [role="status"]')).to.equal('20 characters left');
  });

  it('answers a mini-quiz inline and shows the verdict', async () => {
    const { el } = await mount();
    await until(el, '[data-nugget="n-quiz"] input[inputmode="decimal"]');
    await typeInto(el, '[data-nugget="n-quiz"] input[inputmode="decimal"]', '12');
    const practised = oneEvent(el, 'mind-practice');
    click(el, '[data-nugget="n-quiz"] button[type="submit"]');
    const { detail } = await practised;
    expect(detail).to.include({ questionId: 'q-quiz-term', nuggetId: 'n-quiz', due: false });
    expect(detail.response).to.deep.equal({ kind: 'numeric', value: 12 });
    expect(detail.verdict!.correct).to.equal(true);
    await until(el, '[data-nugget="n-quiz"] [part~="verdict"]');
    expect(text(el, '[data-nugget="n-quiz"] [part~="verdict"]')).to.equal('Correct 12 months.');
    expect(text(el, '.base > [role="status"]')).to.equal('Correct');
  });

  it('asks again a challenge question answered wrong, inline, with its verdict and resources', async () => {
    const world = scenarioWorld();
    world.clock.set(LATER);
    const anna = await world.as('s-anna');
    const attempt = await anna.startAttempt('spring-launch');
    await anna.answer(attempt.id, 'q-support', { kind: 'single', choiceId: 'basic' });
    await anna.finishAttempt(attempt.id);
    const { el } = await mount({ world, api: anna, at: LATER + 2 * DAY });
    await until(el, '[part~="due"] form');
    expect(text(el, '[part~="due"]')).to.contain('Asked again');
    expect(text(el, '[part~="due"]')).to.contain('Which plan includes 24/7 support?');
    expect(find(el, '[part~="due"] form')!.closest('article'), 'not an item of the feed').to.equal(null);
    find<HTMLInputElement>(el, '[part~="due"] input[value="pro"]')!.click();
    await el.updateComplete;
    const practised = oneEvent(el, 'mind-practice');
    click(el, '[part~="due"] button[type="submit"]');
    const { detail } = await practised;
    expect(detail).to.include({ questionId: 'q-support', due: true, nuggetId: undefined });
    await until(el, '[part~="due"] [part~="verdict"]');
    expect(text(el, '[part~="due"] [part~="verdict"]')).to.contain('Only Pro includes 24/7 support.');
    const link = (await until(el, '[part~="due"] a[data-resource="price-list"]')) as HTMLAnchorElement;
    await expectPriceListRequest(el, link);
  });

  it('says it is caught up and when the next item arrives, in the viewer’s time zone', async () => {
    const world = scenarioWorld();
    world.clock.set(BEFORE_QUIZ);
    const anna = await world.as('s-anna');
    for (const { nuggetId } of (await anna.feed()).items) await anna.markSeen(nuggetId);
    const { el } = await mount({ world, api: anna, at: BEFORE_QUIZ });
    await until(el, '.caught-up');
    expect(text(el, '.caught-up')).to.match(
      /^You are all caught up\. The next item arrives on Monday, March 29,? at 10:00\sAM GMT\+2\.$/,
    );
    expect(find(el, '[part~="badge"]')).to.equal(null);
    expect(root(el).querySelectorAll('article')).to.have.length(4);
  });

  it('shows an empty state with the first release, and an error with a retry that works', async () => {
    const empty = await mount({ at: Date.parse('2027-03-20T08:00:00Z') });
    await until(empty.el, '.empty');
    expect(text(empty.el, '.empty')).to.contain('Nothing here yet');
    expect(text(empty.el, '.empty')).to.match(/Monday, March 22,? at 10:00\sAM GMT\+1/);

    const world = scenarioWorld();
    const { el } = await mount({ world, api: withOutage(await world.as('s-anna'), 'feed', offlineOnce()) });
    await expectErrorThenRetry(el, 'Your feed could not be loaded.', '[role="feed"]');
  });

  it('reads the feed again by itself when the connection comes back', async () => {
    const world = scenarioWorld();
    const { el } = await mount({ world, api: withOutage(await world.as('s-anna'), 'feed', offlineOnce()) });
    await until(el, '[role="alert"]');
    window.dispatchEvent(new Event('online'));
    await until(el, '[role="feed"]', 'the feed was not read again with the connection');
  });

  it('says a full device is full when the feed cannot load, with one mind-error, and loads on retry (issue 14, item 5)', async () => {
    const world = scenarioWorld();
    await expectFullDeviceThenRetry({
      render: async (full) => (await mount({ world, api: withOutage(await world.as('s-anna'), 'feed', full) })).el,
      loaded: (el) => find(el, '[role="feed"]'),
      what: 'the feed',
    });
  });

  it('fires one mind-error for a refused vote, and none once the vote goes through (issue 14, item 5)', async () => {
    const world = scenarioWorld();
    const real = await world.as('s-anna');
    let failure: MindError | undefined = new MindError('MIND_STORAGE_FULL', 'quota exceeded');
    const api = withOverrides(real, {
      vote: (nuggetId, optionIds) => (failure ? Promise.reject(failure) : real.vote(nuggetId, optionIds)),
    });
    const heard = listenForMindErrors();
    try {
      const { el } = await mount({ world, api });
      await until(el, '[data-nugget="n-platinum-poll"] form');
      find<HTMLInputElement>(el, '[data-nugget="n-platinum-poll"] input[value="basic"]')!.click();
      await el.updateComplete;
      const vote = () => click(el, '[data-nugget="n-platinum-poll"] button[type="submit"]');
      vote();
      await until(el, '[data-nugget="n-platinum-poll"] [role="alert"]');
      expect(text(el, '[data-nugget="n-platinum-poll"] [role="alert"]')).to.equal(
        'This could not be sent. Please try again.',
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(heard.codes()).to.deep.equal(['MIND_STORAGE_FULL']);
      failure = undefined;
      vote();
      await until(el, '[data-nugget="n-platinum-poll"] .tally');
      expect(find(el, '[data-nugget="n-platinum-poll"] [role="alert"]')).to.equal(null);
      expect(heard.codes()).to.deep.equal(['MIND_STORAGE_FULL']);
    } finally {
      heard.stop();
    }
  });

  it('keeps a vote made offline as pending, and says so', async () => {
    const world = scenarioWorld();
    const real = await world.as('s-anna');
    const api = withOverrides(real, {
      vote: () => Promise.reject(new MindError('MIND_NETWORK', 'offline')),
    });
    const { el } = await mount({ world, api });
    await until(el, '[data-nugget="n-platinum-poll"] form');
    find<HTMLInputElement>(el, '[data-nugget="n-platinum-poll"] input[value="basic"]')!.click();
    await el.updateComplete;
    const voted = oneEvent(el, 'mind-vote');
    click(el, '[data-nugget="n-platinum-poll"] button[type="submit"]');
    expect((await voted).detail.tally).to.equal(undefined);
    await until(el, '.pending');
    expect(text(el, '[data-nugget="n-platinum-poll"]')).to.contain(
      'Vote saved. The results appear when you are back online.',
    );
    expect(text(el, '.status.pending')).to.equal(
      'One answer is saved on this device and will be sent when you are back online.',
    );
    await expect(el).to.be.accessible();
  });

  it('plays videos with a poster and caption tracks, the viewer’s language by default', async () => {
    const world = scenarioWorld({ pack: feedPack.build() });
    const { el } = await mount({ world });
    const video = (await until(el, `[data-nugget="${FEED_VIDEO}"] video`)) as HTMLVideoElement;
    expect(video.controls).to.equal(true);
    expect(video.getAttribute('poster')).to.equal('/packages/elements/src/testing/feed-poster.png');
    const tracks = [...video.querySelectorAll('track')];
    expect(tracks.map((track) => [track.kind, track.srclang, track.label, track.default])).to.deep.equal([
      ['captions', 'en', 'English', true],
      ['captions', 'fr', 'Français', false],
    ]);
    expect(tracks[0]!.getAttribute('src')).to.equal(FEED_CAPTIONS);
    expect(text(el, `[data-nugget="${FEED_VIDEO}"] .note`)).to.equal('Video, 1 minute, 30 seconds, with captions.');
  });

  it('speaks French under lang="fr": strings, authored text and dates', async () => {
    const world = scenarioWorld();
    world.clock.set(LATER);
    const api = await world.as('s-anna');
    const el = await render<MindNuggetFeed>(html`<mind-nugget-feed .api=${api}></mind-nugget-feed>`, { lang: 'fr' });
    await waitUntil(() => text(el, '#title').startsWith('Votre fil'), 'French never arrived');
    // The title shows while the feed still loads; its unread badge comes with the feed.
    await waitUntil(() => text(el, '[part~="badge"]') !== '', 'the feed never loaded');
    expect(text(el, '[part~="badge"] .visually-hidden')).to.equal('5 éléments non lus');
    expect(text(el, '[data-nugget="n-platinum-poll"]')).to.contain('Quelle offre vos clients demandent-ils ?');
    expect(text(el, '[data-nugget="n-platinum-poll"] .meta')).to.contain('Sondage');
    expect(text(el, '[data-nugget="n-platinum-poll"] button')).to.equal('Voter');
    expect(text(el, '[data-nugget="n-platinum-pricing"] .meta')).to.match(/Publié le vendredi 26 mars à 09:00 UTC\+1/);
    expect(text(el, '#n-objections-counter')).to.equal('0 caractères sur 280');
  });

  it('follows a swapped API (a portal switching users) and forgets the previous seller’s state', async () => {
    const { el, world } = await mount();
    await until(el, '[data-nugget="n-platinum-poll"]');
    el.api = await world.as('s-emma');
    await waitUntil(() => find(el, '[data-nugget="n-platinum-poll"]') === null, 'still the Platinum feed');
    await until(el, '[role="feed"]');
    expect([...root(el).querySelectorAll('article')].map((article) => article.dataset.nugget)).to.deep.equal([
      'n-quiz',
      'n-objections',
      'n-welcome',
    ]);
    expect(text(el, '[part~="badge"] .visually-hidden')).to.equal('3 unread items');
  });

  it('is operable by keyboard: Page Down between items, focus marks seen, vote with Space and Enter', async () => {
    const { el } = await mount();
    await until(el, '[role="feed"]');
    const seen: CustomEvent[] = [];
    el.addEventListener('mind-nugget-seen', (event) => seen.push(event));
    item(el, 'n-quiz').focus();
    await sendKeys({ press: 'PageDown' });
    expect(root(el).activeElement).to.equal(item(el, 'n-platinum-poll'));
    await sendKeys({ press: 'PageUp' });
    expect(root(el).activeElement).to.equal(item(el, 'n-quiz'));
    await waitUntil(() => seen.length >= 2, 'focus did not mark items seen');
    expect(seen[0]!.detail).to.deep.equal({ nuggetId: 'n-quiz', trigger: 'interaction' });
    expect(seen[1]!.detail.nuggetId).to.equal('n-platinum-poll');
    find(el, '[data-nugget="n-platinum-poll"] input[value="basic"]')!.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    const voted = oneEvent(el, 'mind-vote');
    await sendKeys({ press: 'Enter' });
    expect((await voted).detail.optionIds).to.deep.equal(['basic']);
  });

  it('keeps a keyboard user’s place: focus moves to the poll’s results, the answer’s confirmation, the verdict', async () => {
    const { el } = await mount();
    await until(el, '[role="feed"]');
    const focused = () => root(el).activeElement;
    find(el, '[data-nugget="n-platinum-poll"] input[value="basic"]')!.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused()?.matches('[data-nugget="n-platinum-poll"] .tally'), 'focus left the poll');

    await typeInto(el, '#n-objections-answer', 'Too expensive');
    find(el, '[data-nugget="n-objections"] button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused()?.matches('[data-nugget="n-objections"] .sent'), 'focus left the open question');

    await typeInto(el, '[data-nugget="n-quiz"] input[inputmode="decimal"]', '12');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused()?.matches('[data-nugget="n-quiz"] [part~="verdict"]'), 'focus left the mini-quiz');
    expect(textOf(focused())).to.contain('Correct');
  });
});
