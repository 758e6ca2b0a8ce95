import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MindshareApi } from '@mindshare/core';
import { sendKeys } from '@web/test-runner-commands';
import './pitch-review.define.js';
import { MindPitchReview } from './pitch-review.element.js';
import { addHostileCss, isShown } from '../testing/hostile-css.js';
import { scenarioWorld } from '@mindshare/core/testing';
import { recordCanvasWebm, recordPitch, reviewedPitch } from '../testing/pitch-recordings.js';
import { expectFullDeviceThenRetry, offline, withOutage, withOverrides } from '../testing/api-overrides.js';
import {
  click,
  expectAccessibleAlert,
  find,
  findAll,
  render,
  renderProvider,
  root,
  settled,
  text,
  textOf,
} from '../testing/harness.js';
import { isRevoked } from '../testing/object-url.js';

const radio = (el: MindPitchReview, criterion: string, score: number) =>
  find<HTMLInputElement>(el, `[data-criterion="${criterion}"] input[value="${score}"]`)!;
const total = (el: MindPitchReview) => text(el, '[part="total"] strong');

async function review(api: MindshareApi, recording: string, lang?: string): Promise<MindPitchReview> {
  const el = await render<MindPitchReview>(
    html`<mind-pitch-review recording=${recording} .api=${api}></mind-pitch-review>`,
    { lang: lang ?? 'en' },
  );
  await settled(el);
  return el;
}

describe('<mind-pitch-review>', () => {
  it('gives the take the length its seller sees (a second begun counts), while comments keep their second', async () => {
    const world = scenarioWorld();
    const id = await recordPitch(world, { durationMs: 11_200 });
    const el = await review(await world.as('coach-camille'), id);
    expect(text(el, '.heading .meta')).to.contain('0:12');
  });

  it('is accessible while loading, reviewing, reviewed, forbidden, not found and failed', async () => {
    const world = scenarioWorld();
    const id = await recordPitch(world);
    const coach = await world.as('coach-camille');

    // A stub API whose calls never settle: the loading view stays.
    const pending = withOverrides(coach, {
      recordings: () => new Promise(() => {}),
      pitchPrompts: () => new Promise(() => {}),
    });
    const loading = await render<MindPitchReview>(
      html`<mind-pitch-review recording=${id} .api=${pending}></mind-pitch-review>`,
    );
    await waitUntil(() => find(loading, '.loading'));
    await expect(loading).to.be.accessible();

    const form = await review(coach, id);
    expect(find(form, 'video')).not.to.equal(null);
    expect(root(form).querySelectorAll('fieldset[part="criterion"]')).to.have.length(2);
    await expect(form).to.be.accessible();

    await coach.review(id, {
      scores: [
        { criterionId: 'clarity', score: 3 },
        { criterionId: 'value', score: 5 },
      ],
      comments: [{ atMs: 1_000, text: 'Good start' }],
      feedback: 'Nice.',
    });
    const summary = await review(coach, id);
    expect(find(summary, '[part="summary"]')).not.to.equal(null);
    await expect(summary).to.be.accessible();

    const anna = await world.as('s-anna');
    const forbidden = await review(anna, id);
    expect(text(forbidden, 'h2')).to.equal('This page is for coaches');
    await expect(forbidden).to.be.accessible();

    const missing = await review(coach, 'no-such-take');
    expect(text(missing, 'h2')).to.equal('Pitch not found');
    expect(text(missing, '.not-found p')).to.contain('No pitch has the id “no-such-take”').and.not.contain('retention');
    await expect(missing).to.be.accessible();

    const none = await review(coach, '');
    expect(text(none, 'h2')).to.equal('No pitch selected');
    await expect(none).to.be.accessible();

    await expectAccessibleAlert(await review(offline(coach, 'recordings'), id));
  });

  it('shows the rubric with weights and descriptors, and updates the weighted total live as the coach scores', async () => {
    const world = scenarioWorld();
    const id = await recordPitch(world);
    const el = await review(await world.as('coach-camille'), id);
    const legends = findAll(el, 'legend').map((legend) => textOf(legend));
    expect(legends).to.deep.equal([
      'Clarity Weight 2 · 67% of the total',
      'Customer value Weight 1 · 33% of the total',
    ]);
    expect(text(el, '[data-criterion="clarity"]')).to.contain('Hard to follow').and.contain('Crystal clear');
    expect(total(el)).to.equal('0 / 100');
    expect(text(el, '[part="total"]')).to.contain('2 criteria not scored yet');

    radio(el, 'clarity', 3).click();
    await el.updateComplete;
    // 100 × 2 × (3 − 1)/(5 − 1) / 3 = 33.3
    expect(total(el)).to.equal('33 / 100');
    expect(text(el, '[part="total"]')).to.contain('1 criterion not scored yet');

    // Keyboard: arrows move within the radio group and score as they go.
    radio(el, 'clarity', 3).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(el, 'clarity', 5).checked).to.equal(true);
    expect(total(el)).to.equal('67 / 100');

    radio(el, 'value', 5).click();
    await el.updateComplete;
    expect(total(el)).to.equal('100 / 100');
    expect(text(el, '[part="total"]')).not.to.contain('not scored');
  });

  it('adds comments at the video’s current time, lists them in time order and seeks on click', async () => {
    const world = scenarioWorld();
    const id = await recordPitch(world, { durationMs: 58_000 });
    const el = await review(await world.as('coach-camille'), id);
    const video = find<HTMLVideoElement>(el, 'video')!;
    const field = find<HTMLTextAreaElement>(el, '#comment-text')!;
    const add = async (atSeconds: number, comment: string) => {
      video.currentTime = atSeconds;
      field.value = comment;
      click(el, '[part="comment-box"] button');
      await el.updateComplete;
    };
    await add(42, 'Name the outcome here.');
    expect(text(el, '[role="status"]')).to.equal('Comment added at 0:42.');
    expect(field.value).to.equal('');
    await add(12.4, 'Great opening.');
    await add(3, '   '); // blank: ignored
    const comments = [...root(el).querySelectorAll('[part="comment"] .seek')];
    expect(comments.map((comment) => comment.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Go to 0:12, Great opening.',
      'Go to 0:42, Name the outcome here.',
    ]);

    video.currentTime = 0;
    (comments[1] as HTMLButtonElement).click();
    expect(video.currentTime).to.equal(42);
    (comments[0] as HTMLButtonElement).click();
    expect(video.currentTime).to.equal(12.4);

    root(el).querySelector<HTMLButtonElement>('[part="comment"] .remove')!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part="comment"]')).to.have.length(1);
  });

  it('plays a real recording through an object URL, seeks it, and revokes the URL when it leaves', async () => {
    const world = scenarioWorld();
    const media = await recordCanvasWebm(1_200);
    const id = await recordPitch(world, { media, durationMs: 1_200 });
    const el = await review(await world.as('coach-camille'), id);
    const video = find<HTMLVideoElement>(el, 'video')!;
    await waitUntil(() => video.src.startsWith('blob:'), 'no object URL');
    await waitUntil(() => video.readyState >= HTMLMediaElement.HAVE_METADATA, 'the media did not load');
    const url = video.src;
    video.currentTime = 0.5;
    find<HTMLTextAreaElement>(el, '#comment-text')!.value = 'Half way';
    click(el, '[part="comment-box"] button');
    await el.updateComplete;
    video.currentTime = 0;
    click(el, '[part="comment"] .seek');
    expect(video.currentTime).to.be.closeTo(0.5, 0.01);

    el.remove();
    expect(await isRevoked(url), 'the object URL was not revoked').to.equal(true);
  });

  it('stops the video and lets go of its object URL before revoking it when the element leaves mid-load', async () => {
    // A detached <video> goes on reading its src; one reading a revoked URL logs a failed load.
    const world = scenarioWorld();
    const id = await recordPitch(world, { media: await recordCanvasWebm(600), durationMs: 600 });
    const el = await review(await world.as('coach-camille'), id);
    const video = find<HTMLVideoElement>(el, 'video')!;
    await waitUntil(() => video.src.startsWith('blob:'), 'no object URL');
    const url = video.src;
    // Reading: the src names the URL, or a load is still open (NETWORK_IDLE keeps the resource).
    const reads = () =>
      video.getAttribute('src') === url ||
      video.networkState === HTMLMediaElement.NETWORK_IDLE ||
      video.networkState === HTMLMediaElement.NETWORK_LOADING;
    let revokedWhileRead = false;
    const revoke = URL.revokeObjectURL;
    URL.revokeObjectURL = (revoked: string) => {
      if (revoked === url && reads()) revokedWhileRead = true;
      revoke.call(URL, revoked);
    };
    try {
      el.remove();
    } finally {
      URL.revokeObjectURL = revoke;
    }
    expect(revokedWhileRead, 'revoked while the video still read it').to.equal(false);
    expect(reads(), 'the detached video still reads its URL').to.equal(false);
    expect(await isRevoked(url), 'the object URL was not revoked').to.equal(true);
  });

  it('asks for every criterion, then submits the review, emits mind-review-submit and shows the summary', async () => {
    const world = scenarioWorld();
    const id = await recordPitch(world);
    const coach = await world.as('coach-camille');
    const el = await review(coach, id);
    radio(el, 'clarity', 5).click();
    find<HTMLTextAreaElement>(el, '#comment-text')!.value = 'Great opening.';
    find<HTMLVideoElement>(el, 'video')!.currentTime = 12;
    click(el, '[part="comment-box"] button');
    const feedback = find<HTMLTextAreaElement>(el, '#feedback')!;
    feedback.value = 'Lead with the outcome for the CFO.';
    feedback.dispatchEvent(new Event('input'));

    click(el, '[part="submit"]');
    await el.updateComplete;
    expect(text(el, 'form .problem')).to.equal('Score every criterion before you submit the review.');
    await waitUntil(
      () => root(el).activeElement === radio(el, 'value', 1),
      'focus did not go to the unscored criterion',
    );
    expect((await coach.recordings({ view: 'to-review' })).map((entry) => entry.id)).to.deep.equal([id]);

    radio(el, 'value', 1).click();
    await el.updateComplete;
    const submitted = oneEvent(el, 'mind-review-submit');
    click(el, '[part="submit"]');
    const event = await submitted;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.recordingId).to.equal(id);
    expect(event.detail.review.weightedTotal).to.be.closeTo(66.67, 0.01);
    await waitUntil(() => find(el, '[part="summary"]'));
    expect(root(el).activeElement?.id).to.equal('summary-title');
    expect(total(el)).to.equal('67 / 100');
    expect(text(el, '.scores')).to.contain('Clarity').and.contain('5 points · Crystal clear');
    expect(text(el, '[part="feedback"]')).to.equal('Lead with the outcome for the CFO.');
    expect(text(el, '[part="comment"]')).to.contain('0:12').and.contain('Great opening.');
    expect(find(el, 'textarea')).to.equal(null);

    const [stored] = await coach.recordings({ view: 'all' });
    expect(stored!.review?.comments).to.deep.equal([{ atMs: 12_000, text: 'Great opening.' }]);
    expect(stored!.status).to.equal('reviewed');
  });

  it('names the coach whose review claim holds the pitch, and keeps the draft when that claim refuses the review', async () => {
    const world = scenarioWorld();
    const id = await recordPitch(world);
    const coach = await world.as('coach-camille');
    const el = await review(coach, id);
    expect(find(el, '.claimed')).to.equal(null);
    await (await world.as('mgr-marc')).claimReview(id);
    await waitUntil(() => find(el, '.claimed'), 'the claim did not show');
    expect(text(el, '.claimed')).to.equal('Marc Manager is reviewing this pitch.');
    radio(el, 'clarity', 5).click();
    radio(el, 'value', 1).click();
    await el.updateComplete;
    click(el, '[part="submit"]');
    await waitUntil(() => text(el, 'form .problem') !== '', 'the refusal was not shown');
    expect(text(el, 'form .problem')).to.equal(
      'Marc Manager is reviewing this pitch, so your review was not saved. Your scores and comments are kept.',
    );
    expect(radio(el, 'clarity', 5).checked).to.equal(true);
    expect((await coach.recordings({ view: 'to-review' })).map((entry) => entry.id)).to.deep.equal([id]);
  });

  it('disables publishing without the seller’s consent, explains why, and enables it once they consent', async () => {
    const world = scenarioWorld();
    const { recordingId, coach } = await reviewedPitch(world);
    const el = await review(coach, recordingId);
    const publish = () => find<HTMLButtonElement>(el, '[part="publish"] button')!;
    expect(publish().disabled).to.equal(true);
    expect(text(el, '#publish-why')).to.contain('Anna Martin has not agreed to share this pitch');
    expect(publish().getAttribute('aria-describedby')).to.equal('publish-why');

    const anna = await world.as('s-anna');
    await anna.setConsent(recordingId, true);
    await waitUntil(() => !publish().disabled, 'the consent given in another engine was not picked up');
    expect(text(el, '#publish-why')).to.contain('agreed to share');

    const published = oneEvent(el, 'mind-publish');
    publish().click();
    const event = await published;
    expect(event.detail.recording.published).to.equal(true);
    await waitUntil(() => text(el, '[part="publish"]').startsWith('Published as a best practice'));
    const bruno = await world.as('s-bruno');
    expect((await bruno.recordings({ view: 'gallery', promptId: 'elevator' })).map((entry) => entry.id)).to.deep.equal([
      recordingId,
    ]);
  });

  it('shows a polite forbidden view to a seller, even for their own take, without loading it', async () => {
    const world = scenarioWorld();
    const id = await recordPitch(world);
    const anna = await world.as('s-anna');
    let listed = 0;
    const counting = new Proxy(anna, {
      get: (target, key, receiver) => {
        if (key === 'recordings' || key === 'recordingMedia') listed++;
        return Reflect.get(target, key, receiver);
      },
    });
    const el = await review(counting, id);
    expect(text(el, '[part="status"]')).to.contain('Pitch reviews are written by coaches');
    expect(find(el, '[role="alert"]')).to.equal(null);
    expect(find(el, 'video')).to.equal(null);
    expect(listed).to.equal(0);
  });

  it('retries after an error', async () => {
    const world = scenarioWorld();
    const id = await recordPitch(world);
    const coach = await world.as('coach-camille');
    let fail = true;
    const flaky = new Proxy(coach, {
      get: (target, key, receiver) =>
        key === 'recordings' && fail ? () => Promise.reject(new Error('offline')) : Reflect.get(target, key, receiver),
    });
    const el = await review(flaky, id);
    expect(text(el, '[role="alert"]')).to.contain('The pitch could not be loaded.');
    fail = false;
    click(el, '[role="alert"] button');
    await waitUntil(() => find(el, '[part="rubric"]'), 'retry did not load the review');
  });

  it('says a full device is full, fires one mind-error for it, and loads on retry (issue 14, item 5)', async () => {
    const world = scenarioWorld();
    const id = await recordPitch(world);
    const coach = await world.as('coach-camille');
    await expectFullDeviceThenRetry({
      render: (full) => review(withOutage(coach, 'recordings', full), id),
      alert: (el) => find(el, '.status.error'),
      loaded: (el) => find(el, '[part="rubric"]'),
      what: 'the review',
    });
  });

  it('stays visible and operable under hostile global CSS, and one token re-themes it', async () => {
    const world = scenarioWorld();
    const id = await recordPitch(world);
    const removeHostile = addHostileCss();
    try {
      const el = await review(await world.as('coach-camille'), id);
      for (const part of ['video', '[part="submit"]', '[part="comment-box"] button', '#feedback']) {
        expect(isShown(find(el, part)!), `${part} hidden`).to.equal(true);
      }
      const level = radio(el, 'value', 5);
      expect(isShown(level)).to.equal(true);
      level.click();
      await el.updateComplete;
      expect(total(el)).to.equal('33 / 100');
      el.style.setProperty('--mind-color-accent', 'rgb(102, 0, 153)');
      expect(getComputedStyle(find(el, '[part="submit"]')!).backgroundColor).to.equal('rgb(102, 0, 153)');
    } finally {
      removeHostile();
    }
  });

  it('loads the recording a page set before the element was defined, under a provider', async () => {
    // What a lazily defined element meets: the portal sets `.recording` on the bare tag, then the
    // element's code arrives and upgrades it inside a provider that already has an API.
    const world = scenarioWorld();
    const id = await recordPitch(world);
    const provider = await renderProvider(await world.as('coach-camille'));
    const tag = 'late-pitch-review';
    const el = document.createElement(tag) as MindPitchReview;
    el.recording = id;
    provider.append(el);
    customElements.define(tag, class extends MindPitchReview {});
    await settled(el);
    expect(find(el, 'video')).not.to.equal(null);
    expect(text(el, 'h2')).not.to.equal('Pitch not found');
  });

  it('speaks French under lang="fr"', async () => {
    const world = scenarioWorld();
    const { recordingId, coach } = await reviewedPitch(world);
    const reviewed = await review(coach, recordingId, 'fr');
    await waitUntil(() => text(reviewed, 'h2') === 'Évaluation : Pitch ascenseur', 'no French');
    expect(text(reviewed, '[part="publish"] button')).to.equal('Publier comme bonne pratique');
    expect(text(reviewed, '#publish-why')).to.contain('n’a pas accepté de partager');
    expect(text(reviewed, '.scores')).to.contain('Clarté').and.contain('5 points');

    const id = await recordPitch(world, { seller: 's-bruno' });
    const form = await review(coach, id, 'fr');
    await waitUntil(() => text(form, '[part="submit"]') === 'Envoyer l’évaluation', 'no French form');
    expect(text(form, 'legend')).to.contain('Poids 2').and.contain('67 %');
    expect(text(form, '[part="total"]')).to.contain('Total pondéré').and.contain('2 critères non notés');
  });
});
