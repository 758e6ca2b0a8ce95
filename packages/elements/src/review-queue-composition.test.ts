import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { scenarioWorld } from '@mindshare/core/testing';
import './review-queue/review-queue.define.js';
import './pitch-review/pitch-review.define.js';
import type { MindReviewQueue } from './review-queue/review-queue.element.js';
import { recordPitch } from './testing/pitch-recordings.js';
import { click, find, render, settled, until } from './testing/harness.js';

// <mind-review-queue> with the real <mind-pitch-review> it opens (each element's own tests stay in
// its folder and import nothing of another element).

describe('<mind-review-queue> opening <mind-pitch-review>', () => {
  it('shows the review form of the opened pitch; a sent review ends the claim and the queue empties', async () => {
    const world = scenarioWorld();
    const id = await recordPitch(world);
    const camille = await world.as('coach-camille');
    const el = await render<MindReviewQueue>(
      html`<mind-review-queue .api=${camille} refresh-interval="0"></mind-review-queue>`,
    );
    await settled(el);
    click(el, '[part~="open"]');
    const review = await until(el, 'mind-pitch-review');
    await waitUntil(() => review.shadowRoot?.querySelector('[part="rubric"]'), 'the review form did not show');
    await expect(el).to.be.accessible();
    const radio = (criterion: string, score: number) =>
      review.shadowRoot!.querySelector<HTMLInputElement>(`[data-criterion="${criterion}"] input[value="${score}"]`)!;
    radio('clarity', 5).click();
    radio('value', 1).click();
    await (review as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const submitted = oneEvent(el, 'mind-review-submit');
    review.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await submitted;
    expect((await camille.recordings({ view: 'all' }))[0]!.status).to.equal('reviewed');

    const closed = oneEvent(el, 'mind-review-close');
    click(el, '[part~="back"]');
    expect((await closed).detail).to.deep.equal({ recordingId: id, reviewed: true, released: false });
    await until(el, '.empty');
    expect(find(el, 'mind-pitch-review')).to.equal(null);
  });
});
