import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MindError, type MindshareApi, type Recording, type RecordingEntry } from '@mindshare/core';
import { contentPack, scenarioPack, scenarioWorld, type ScenarioWorld } from '@mindshare/core/testing';
import { sendKeys } from '@web/test-runner-commands';
import './my-pitches.define.js';
import type { MindMyPitches } from './my-pitches.element.js';
import { listenForMindErrors, offline, withOverrides } from '../testing/api-overrides.js';
import { expectAccessibleAlert, find, findAll, render, root, settled, text, textOf } from '../testing/harness.js';
import { ELEVATOR_REVIEW, recordCanvasWebm, recordPitch, reviewedPitch } from '../testing/pitch-recordings.js';

/** The scenario's elevator prompt under other ids, so one seller can have a take in each state. */
const elevator = scenarioPack().pitchPrompts![0]!;
const copy = (id: string, en: string, fr: string) => ({ ...elevator, id, title: { en, fr } });
const pack = contentPack()
  .withPitchPrompt(
    copy('renewal', 'Renewal objection', 'Objection au renouvellement'),
    copy('discovery', 'Discovery call', 'Appel de découverte'),
    copy('closing', 'Closing', 'Conclusion'),
    copy('demo', 'Product demo', 'Démo produit'),
  )
  .build();

const pitches = (el: MindMyPitches) => findAll(el, '[part="pitch"]');
const pitch = (el: MindMyPitches, id: string) => find(el, `[data-recording="${id}"]`)!;
const consentBox = (el: MindMyPitches, id: string) =>
  pitch(el, id).querySelector<HTMLInputElement>('[part="consent"] input')!;

/**
 * Anna's four sent takes, oldest first: elevator reviewed and published, renewal reviewed, discovery
 * held by a coach (the claim written as the engine will: through the entry's field), closing sent
 * after a discarded take; a demo take left recording (a reload) is not sent.
 */
async function annasPitches(world: ScenarioWorld) {
  const published = (await reviewedPitch(world, { publish: true, durationMs: 58_000 })).recordingId;
  const reviewed = (await reviewedPitch(world, { prompt: 'renewal', durationMs: 75_500 })).recordingId;
  const claimed = await recordPitch(world, { prompt: 'discovery', durationMs: 30_000 });
  const anna = await world.as('s-anna');
  await (await anna.startRecording('closing', { mimeType: 'video/webm' })).abort();
  const sent = await recordPitch(world, { prompt: 'closing', durationMs: 61_000 });
  const unsent = await anna.startRecording('demo', { mimeType: 'video/webm' });
  await unsent.append(new Uint8Array([1]));
  return { published, reviewed, claimed, sent };
}

/** Anna's API with a coach's claim on `claimed`, as the review queue will write it. */
function withClaim(api: MindshareApi, claimed: string, world: ScenarioWorld): MindshareApi {
  const now = world.clock.now();
  const claim = { coachId: 'coach-camille', coachName: 'Camille Coach', at: now, expiresAt: now + 3_600_000 };
  return withOverrides(api, {
    recordings: async (query) =>
      (await api.recordings(query)).map((entry): RecordingEntry =>
        entry.id === claimed ? { ...entry, claim } : entry,
      ),
  });
}

async function show(api: MindshareApi, options: { prompt?: string; lang?: string } = {}): Promise<MindMyPitches> {
  const el = await render<MindMyPitches>(
    html`<mind-my-pitches prompt=${options.prompt ?? ''} .api=${api}></mind-my-pitches>`,
    { lang: options.lang ?? 'en' },
  );
  await settled(el);
  return el;
}

async function open(el: MindMyPitches, id: string): Promise<HTMLElement> {
  pitch(el, id).querySelector<HTMLButtonElement>('.toggle')!.click();
  await el.updateComplete;
  return pitch(el, id).querySelector<HTMLElement>('.detail')!;
}

describe('<mind-my-pitches>', () => {
  it('is accessible while loading, empty, with a take in each state, with a review open, and failed', async () => {
    const world = scenarioWorld({ pack });
    const anna = await world.as('s-anna');
    const pending = withOverrides(anna, { recordings: () => new Promise(() => {}) });
    const loading = await render<MindMyPitches>(html`<mind-my-pitches .api=${pending}></mind-my-pitches>`);
    await waitUntil(() => find(loading, '.loading'));
    await expect(loading).to.be.accessible();

    const empty = await show(anna);
    expect(text(empty, '[part="status"] h3')).to.equal('No pitch sent yet');
    await expect(empty).to.be.accessible();

    const ids = await annasPitches(world);
    const el = await show(withClaim(anna, ids.claimed, world));
    expect(pitches(el).map((node) => node.dataset['state'])).to.deep.equal([
      'sent',
      'in-review',
      'reviewed',
      'published',
    ]);
    await expect(el).to.be.accessible();
    await open(el, ids.reviewed);
    await expect(el).to.be.accessible();

    await expectAccessibleAlert(await show(offline(anna, 'recordings')), 'Your pitches could not be loaded.');
  });

  it('lists the sent takes newest first with their state, score and stored length; unsent takes are left out', async () => {
    const world = scenarioWorld({ pack });
    const ids = await annasPitches(world);
    const el = await show(withClaim(await world.as('s-anna'), ids.claimed, world));
    expect(pitches(el).map((node) => node.dataset['recording'])).to.deep.equal([
      ids.sent,
      ids.claimed,
      ids.reviewed,
      ids.published,
    ]);
    expect(pitches(el).map((node) => textOf(node.querySelector('[part="state"]')))).to.deep.equal([
      'Sent: waiting for a coach',
      'In review by Camille Coach',
      'Reviewed Score: 67 / 100',
      'Published as a best practice Score: 67 / 100',
    ]);
    // The stored duration, never the player's (Infinity for a fresh MediaRecorder WebM).
    expect(textOf(pitch(el, ids.reviewed).querySelector('.meta'))).to.match(/^Take 1 · sent on .+ · length 1:16$/);
    expect(textOf(pitch(el, ids.sent).querySelector('.meta'))).to.match(/^Take 2 · sent on .+ · length 1:01$/);
    expect(textOf(pitch(el, ids.sent).querySelector('h3'))).to.equal('Closing');
    expect(textOf(await open(el, ids.claimed))).to.contain('Camille Coach is reviewing this pitch now.');
    expect(textOf(await open(el, ids.sent))).to.contain('No coach has reviewed this pitch yet.');

    const one = await show(await world.as('s-anna'), { prompt: 'renewal' });
    expect(pitches(one).map((node) => node.dataset['recording'])).to.deep.equal([ids.reviewed]);
  });

  it('shows the review of an opened take: each criterion’s level and weight, the total, the feedback and the comments', async () => {
    const world = scenarioWorld({ pack });
    const { recordingId } = await reviewedPitch(world, { prompt: 'renewal' });
    const el = await show(await world.as('s-anna'));
    const toggle = pitch(el, recordingId).querySelector<HTMLButtonElement>('.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(textOf(toggle)).to.equal('Watch and read the review');
    const detail = await open(el, recordingId);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(
      [...detail.querySelectorAll('[part="rubric"] [part="criterion"]')].map((node) => textOf(node)),
    ).to.deep.equal([
      'Clarity 5 points · Crystal clear · weight 2 (67%)',
      'Customer value 1 point · Features only · weight 1 (33%)',
    ]);
    expect(textOf(detail.querySelector('[part="total"]'))).to.equal('Weighted total 67 / 100');
    expect(textOf(detail.querySelector('[part="feedback"]'))).to.equal(ELEVATOR_REVIEW.feedback);
    expect([...detail.querySelectorAll('[part="comment"]')].map((node) => textOf(node))).to.deep.equal([
      'Go to 0:12, Great opening.',
      'Go to 0:42, Name the outcome here.',
    ]);
    await waitUntil(() => detail.querySelector('video')?.src.startsWith('blob:'), 'the video never loaded');
    // Closed again: its video is let go.
    toggle.click();
    await el.updateComplete;
    expect(find(el, 'video')).to.equal(null);
  });

  it('seeks the video to a comment’s time when the comment is clicked', async () => {
    const world = scenarioWorld({ pack });
    const media = await recordCanvasWebm(1_500);
    const { recordingId } = await reviewedPitch(world, {
      media,
      durationMs: 1_500,
      review: { ...ELEVATOR_REVIEW, comments: [{ atMs: 1_000, text: 'Smile here.' }] },
    });
    const el = await show(await world.as('s-anna'));
    const detail = await open(el, recordingId);
    const video = detail.querySelector('video')!;
    await waitUntil(() => video.readyState >= HTMLMediaElement.HAVE_METADATA, 'the media did not load');
    expect(video.currentTime).to.equal(0);
    detail.querySelector<HTMLButtonElement>('[part="comment"] .seek')!.click();
    expect(video.currentTime).to.be.closeTo(1, 0.01);
  });

  it('withdraws and gives consent: a withdrawn take leaves the gallery at once, and consent alone publishes nothing', async () => {
    const world = scenarioWorld({ pack });
    const { recordingId } = await reviewedPitch(world, { publish: true });
    const anna = await world.as('s-anna');
    const el = await show(anna);
    const box = consentBox(el, recordingId);
    expect(box.checked).to.equal(true);
    // Published: the hint says who sees it now, no longer what coaches may do once consent is given.
    expect(textOf(pitch(el, recordingId).querySelector('.hint'))).to.match(
      /^Published on .+\. Other sellers can watch it in the best-practice gallery\. Untick to take it out at once\.$/,
    );

    const changed = oneEvent(el, 'mind-consent-change');
    box.click();
    const event = await changed;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.include({ recordingId, promptId: 'elevator', consent: false });
    expect(event.detail.recording.published).to.equal(false);
    expect(await anna.recordings({ view: 'gallery' })).to.deep.equal([]);
    await waitUntil(() => pitch(el, recordingId).dataset['state'] === 'reviewed', 'still shown as published');
    expect(consentBox(el, recordingId).checked).to.equal(false);
    expect(textOf(pitch(el, recordingId).querySelector('.hint'))).to.match(/^Coaches may then publish this pitch/);

    const given = oneEvent(el, 'mind-consent-change');
    consentBox(el, recordingId).click();
    expect((await given).detail.consent).to.equal(true);
    const [entry] = await anna.recordings({ view: 'mine', promptId: 'elevator' });
    expect(entry!.consent.gallery).to.equal(true);
    expect(entry!.published, 'consent alone does not publish').to.equal(false);
    expect(await anna.recordings({ view: 'gallery' })).to.deep.equal([]);
  });

  it('is busy while saving, and shows a failure with the switch back as stored', async () => {
    const world = scenarioWorld({ pack });
    const recordingId = await recordPitch(world);
    const anna = await world.as('s-anna');
    let answer: { resolve: (value: Recording) => void; reject: (error: unknown) => void } | undefined;
    const api = withOverrides(anna, {
      setConsent: () => new Promise<Recording>((resolve, reject) => (answer = { resolve, reject })),
    });
    const heard = listenForMindErrors();
    try {
      const el = await show(api);
      consentBox(el, recordingId).click();
      await el.updateComplete;
      const consent = pitch(el, recordingId).querySelector('[part="consent"]')!;
      expect(consent.getAttribute('aria-busy')).to.equal('true');
      expect(consentBox(el, recordingId).disabled).to.equal(true);
      expect(consentBox(el, recordingId).checked, 'shows the choice being saved').to.equal(true);
      expect(textOf(consent.querySelector('[role="status"]'))).to.equal('Saving your choice…');

      answer!.reject(new MindError('MIND_NETWORK', 'offline'));
      await waitUntil(() => textOf(consent.querySelector('[role="alert"]')) !== '', 'no failure shown');
      await el.updateComplete;
      expect(textOf(consent.querySelector('[role="alert"]'))).to.equal('Your choice could not be saved. Try again.');
      expect(consentBox(el, recordingId).checked, 'the switch is back as stored').to.equal(false);
      expect(consentBox(el, recordingId).disabled).to.equal(false);
      expect(heard.codes()).to.deep.equal(['MIND_NETWORK']);
      await expect(el).to.be.accessible();
      const [stored] = await anna.recordings({ view: 'mine' });
      expect(stored!.consent.gallery).to.equal(false);
    } finally {
      heard.stop();
    }
  });

  it('works from the keyboard: open a take, seek from a comment, switch consent', async () => {
    const world = scenarioWorld({ pack });
    const { recordingId } = await reviewedPitch(world);
    const el = await show(await world.as('s-anna'));
    consentBox(el, recordingId).focus();
    const changed = oneEvent(el, 'mind-consent-change');
    await sendKeys({ press: ' ' });
    expect((await changed).detail.consent).to.equal(true);
    await el.updateComplete;

    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.classList.contains('toggle')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const detail = pitch(el, recordingId).querySelector('.detail')!;
    expect(detail.hasAttribute('hidden')).to.equal(false);
    const video = detail.querySelector('video')!;
    const seek = detail.querySelector<HTMLButtonElement>('[part="comment"] .seek')!;
    seek.focus();
    await sendKeys({ press: 'Enter' });
    expect(video.currentTime).to.equal(12);
  });

  it('speaks French under lang="fr"', async () => {
    const world = scenarioWorld({ pack });
    const { recordingId } = await reviewedPitch(world, { prompt: 'renewal', durationMs: 58_000 });
    const el = await show(await world.as('s-anna'), { lang: 'fr' });
    await waitUntil(() => text(el, 'h2') === 'Mes pitchs', 'no French');
    expect(textOf(pitch(el, recordingId).querySelector('h3'))).to.equal('Objection au renouvellement');
    expect(textOf(pitch(el, recordingId).querySelector('.meta'))).to.match(/^Prise 1 · envoyée le .+ · durée 0:58$/);
    expect(textOf(pitch(el, recordingId).querySelector('[part="state"]'))).to.equal('Évalué Note : 67 / 100');
    expect(textOf(pitch(el, recordingId).querySelector('[part="consent"] label'))).to.equal(
      'Montrer dans la galerie des bonnes pratiques',
    );
    const detail = await open(el, recordingId);
    expect(textOf(detail.querySelector('[data-criterion="clarity"]'))).to.equal(
      'Clarté 5 points · Crystal clear · poids 2 (67 %)',
    );
    expect(textOf(detail.querySelector('[part="total"]'))).to.equal('Total pondéré 67 / 100');
    expect(textOf(detail.querySelector('[part="comment"]'))).to.contain('Aller à');
  });
});
