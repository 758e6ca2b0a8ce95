import { expect } from '@open-wc/testing';
import { scenarioWorld } from '@mindshare/core/testing';
import { pitchState } from './pitch-state.js';
import { ELEVATOR_REVIEW, recordPitch, reviewedPitch } from '../../testing/pitch-recordings.js';

describe('pitchState', () => {
  it('is sent, then in review while a coach’s claim lives, then reviewed, then published', async () => {
    const world = scenarioWorld();
    const id = await recordPitch(world);
    const anna = await world.as('s-anna');
    const entry = async () => (await anna.recordings({ view: 'mine' })).find((take) => take.id === id)!;
    expect(pitchState(await entry(), world.clock.now())).to.equal('sent');

    const camille = await world.as('coach-camille');
    const claim = await camille.claimReview(id);
    const claimed = await entry();
    expect(pitchState(claimed, world.clock.now())).to.equal('in-review');
    expect(pitchState(claimed, claim.expiresAt), 'a claim lapses at expiresAt').to.equal('sent');

    await camille.review(id, ELEVATOR_REVIEW);
    expect(pitchState(await entry(), world.clock.now())).to.equal('reviewed');

    const published = await reviewedPitch(world, { seller: 's-bruno', publish: true });
    const bruno = await world.as('s-bruno');
    const take = (await bruno.recordings({ view: 'mine' })).find((each) => each.id === published.recordingId)!;
    expect(pitchState(take, world.clock.now())).to.equal('published');
  });

  it('reads a bare take, just submitted, as sent', async () => {
    const world = scenarioWorld();
    const anna = await world.as('s-anna');
    const session = await anna.startRecording('elevator', { mimeType: 'video/webm' });
    await session.append(new Uint8Array([1]));
    const recording = await session.finish({ durationMs: 20_000 });
    expect(pitchState(recording, world.clock.now())).to.equal('sent');
  });
});
