import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MindshareApi } from '@mindshare/core';
import './pitch-gallery.define.js';
import type { MindPitchGallery } from './pitch-gallery.element.js';
import { scenarioWorld } from '@mindshare/core/testing';
import { recordPitch, reviewedPitch } from '../testing/pitch-recordings.js';
import { expectFullDeviceThenRetry, offline, withOutage, withOverrides } from '../testing/api-overrides.js';
import { expectAccessibleAlert, find, findAll, render, settled, textOf } from '../testing/harness.js';
import { isRevoked } from '../testing/object-url.js';

const takes = (el: MindPitchGallery) => findAll(el, '[part="take"]');

async function gallery(api: MindshareApi, prompt = 'elevator', lang = 'en'): Promise<MindPitchGallery> {
  const el = await render<MindPitchGallery>(
    html`<mind-pitch-gallery prompt=${prompt} .api=${api}></mind-pitch-gallery>`,
    {
      lang,
    },
  );
  await settled(el);
  return el;
}

describe('<mind-pitch-gallery>', () => {
  it('is accessible while loading, with takes, empty and failed', async () => {
    const world = scenarioWorld();
    const bruno = await world.as('s-bruno');
    const pending = withOverrides(bruno, { recordings: () => new Promise(() => {}) });
    const loading = await render<MindPitchGallery>(
      html`<mind-pitch-gallery prompt="elevator" .api=${pending}></mind-pitch-gallery>`,
    );
    await waitUntil(() => find(loading, '.loading'));
    await expect(loading).to.be.accessible();

    const empty = await gallery(bruno);
    expect(textOf(find(empty, '[part="status"] h3'))).to.equal('No best practices yet');
    await expect(empty).to.be.accessible();

    await reviewedPitch(world, { publish: true });
    const full = await gallery(bruno);
    expect(takes(full)).to.have.length(1);
    await expect(full).to.be.accessible();

    await expectAccessibleAlert(await gallery(offline(bruno, 'recordings')), 'could not be loaded');
  });

  it('says a full device is full, fires one mind-error for it, and loads on retry (issue 14, item 5)', async () => {
    const bruno = await scenarioWorld().as('s-bruno');
    const el = await expectFullDeviceThenRetry({
      render: (full) => gallery(withOutage(bruno, 'recordings', full)),
      loaded: (el) => !find(el, '[role="alert"]') && !find(el, '.loading'),
      what: 'the gallery',
    });
    expect(textOf(find(el, '[part="status"] h3'))).to.equal('No best practices yet');
  });

  it('lists only published takes, newest first, with the seller, the video and the coach’s highlights', async () => {
    const world = scenarioWorld();
    const first = await reviewedPitch(world, { publish: true });
    world.clock.advance(60_000);
    const second = await reviewedPitch(world, {
      seller: 's-bruno',
      publish: true,
      review: {
        scores: [
          { criterionId: 'clarity', score: 3 },
          { criterionId: 'value', score: 5 },
        ],
        comments: [{ atMs: 5_000, text: 'Strong hook.' }],
        feedback: 'Clear and customer-centred.',
      },
    });
    await reviewedPitch(world, { seller: 's-chloe' }); // reviewed, no consent: not shown
    await recordPitch(world, { seller: 's-emma', consent: true }); // not reviewed: not shown

    const el = await gallery(await world.as('s-david'));
    expect(takes(el).map((take) => take.dataset['take'])).to.deep.equal([second.recordingId, first.recordingId]);
    const [bruno, anna] = takes(el);
    expect(textOf(bruno!.querySelector('[part="seller"]'))).to.equal('Bruno Leroy');
    expect(textOf(anna!.querySelector('[part="seller"]'))).to.equal('Anna Martin');
    expect(textOf(anna!.querySelector('[part="score"]'))).to.equal('Coach’s score: 67 / 100');
    expect(textOf(anna!.querySelector('[part="feedback"]'))).to.equal('Lead with the outcome for the CFO.');
    expect([...anna!.querySelectorAll('[part="comment"]')].map((node) => textOf(node))).to.deep.equal([
      'Go to 0:12, Great opening.',
      'Go to 0:42, Name the outcome here.',
    ]);
    expect(textOf(find(el, 'h2'))).to.equal('Best practices: Elevator pitch');
    await waitUntil(() => takes(el).every((take) => take.querySelector('video')?.src.startsWith('blob:')));
  });

  it('seeks a take’s own video when a comment is clicked, and emits mind-play once per take', async () => {
    const world = scenarioWorld();
    await reviewedPitch(world, { publish: true });
    await reviewedPitch(world, { seller: 's-bruno', publish: true });
    const el = await gallery(await world.as('s-david'));
    const [newest, older] = takes(el);
    const video = older!.querySelector('video')!;
    older!.querySelectorAll<HTMLButtonElement>('[part="comment"] .seek')[1]!.click();
    expect(video.currentTime).to.equal(42);
    expect(newest!.querySelector('video')!.currentTime).to.equal(0);

    const played = oneEvent(el, 'mind-play');
    video.dispatchEvent(new Event('play'));
    const event = await played;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.include({ promptId: 'elevator', sellerName: 'Anna Martin' });
    // Typed by GlobalEventHandlersEventMap: the listener reads the take's recording off a MindPlayDetail.
    const again: string[] = [];
    el.addEventListener('mind-play', (event) => again.push(event.detail.recordingId));
    video.dispatchEvent(new Event('play'));
    expect(again).to.deep.equal([]);
  });

  it('removes a take when its seller withdraws consent, and shows the empty state', async () => {
    const world = scenarioWorld();
    const { recordingId } = await reviewedPitch(world, { publish: true });
    const el = await gallery(await world.as('s-bruno'));
    expect(takes(el)).to.have.length(1);
    const video = () => takes(el)[0]!.querySelector('video')!;
    await waitUntil(() => video().src.startsWith('blob:'), 'no object URL');
    const url = video().src;
    await (await world.as('s-anna')).setConsent(recordingId, false);
    await waitUntil(() => takes(el).length === 0, 'the withdrawn take stayed');
    expect(textOf(find(el, '[part="status"]'))).to.contain('When a coach publishes a pitch');
    expect(await isRevoked(url), 'the withdrawn take’s URL was not revoked').to.equal(true);
  });

  it('speaks French under lang="fr"', async () => {
    const world = scenarioWorld();
    await reviewedPitch(world, { publish: true });
    const el = await gallery(await world.as('s-bruno'), 'elevator', 'fr');
    await waitUntil(() => textOf(find(el, 'h2')) === 'Bonnes pratiques : Pitch ascenseur', 'no French');
    expect(textOf(find(el, '.count'))).to.equal('1 pitch choisi par les coachs');
    expect(textOf(find(el, '[part="score"]'))).to.equal('Note du coach : 67 / 100');
    expect(textOf(find(el, '[part="comment"]'))).to.contain('Aller à');

    const empty = await gallery(await world.as('s-bruno'), 'no-such-prompt', 'fr');
    await waitUntil(() => textOf(find(empty, '[part="status"]')) === 'Cet exercice de pitch n’existe pas.');
  });
});
