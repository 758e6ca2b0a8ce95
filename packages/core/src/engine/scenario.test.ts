import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMindError } from '../errors/mind-error.js';
import type { MindshareChange } from '../api/mindshare-api.js';
import { SCENARIO_TIME } from '../testing/scenario-pack.js';
import { scenarioWorld } from '../testing/scenario-engine.js';

const DAY = 86_400_000;
const rejectsWith = (promise: Promise<unknown>, code: string) =>
  assert.rejects(promise, (error: unknown) => isMindError(error) && error.code === code);

test('a Platinum seller in Paris sees the Platinum nuggets at 09:00 local on release day, on both sides of the March DST change', async () => {
  const world = scenarioWorld();
  const anna = await world.as('s-anna');
  assert.equal(anna.viewer.tierId, 'platinum');

  world.clock.set(SCENARIO_TIME.firstPlatinumRelease - 1);
  let feed = await anna.feed();
  assert.ok(!feed.items.some((item) => item.nuggetId === 'n-platinum-pricing'));
  assert.equal(feed.nextReleaseAt, SCENARIO_TIME.firstPlatinumRelease);

  world.clock.set(SCENARIO_TIME.firstPlatinumRelease);
  feed = await anna.feed();
  assert.ok(feed.items.some((item) => item.nuggetId === 'n-platinum-pricing' && item.status === 'new'));

  // 2027-03-28 is the day Paris moves to UTC+2: 09:00 local is now 07:00Z, an hour earlier in UTC.
  world.clock.set(SCENARIO_TIME.secondPlatinumRelease - 1);
  assert.ok(!(await anna.feed()).items.some((item) => item.nuggetId === 'n-platinum-poll'));
  world.clock.set(SCENARIO_TIME.secondPlatinumRelease);
  assert.ok((await anna.feed()).items.some((item) => item.nuggetId === 'n-platinum-poll'));

  // A Silver seller never receives the Platinum line.
  const emma = await world.as('s-emma');
  assert.ok(!(await emma.feed()).items.some((item) => item.nuggetId.startsWith('n-platinum')));
});

test('answering the challenge moves the leaderboard and mastery; a missed question comes back by spaced repetition', async () => {
  const world = scenarioWorld();
  const anna = await world.as('s-anna');
  const bruno = await world.as('s-bruno');
  const changes: MindshareChange[] = [];
  anna.subscribe((change) => changes.push(change));

  const attempt = await anna.startAttempt('spring-launch');
  assert.equal(attempt.questionIds.length, 3);
  assert.deepEqual(attempt.questions, [], 'no question text before it is shown');
  const shown = await anna.showQuestion(attempt.id, 'q-support');
  assert.equal(shown.id, 'q-support');
  assert.ok(!JSON.stringify(shown).includes('correct'), 'no answer keys reach the participant');
  const wrong = await anna.answer(attempt.id, 'q-support', { kind: 'single', choiceId: 'basic' });
  assert.equal(wrong.status, 'scored');
  assert.equal(wrong.status === 'scored' && wrong.correct, false);
  assert.deepEqual(wrong.status === 'scored' && wrong.resources, ['price-list']);
  await anna.answer(attempt.id, 'q-sso', { kind: 'multiple', choiceIds: ['pro', 'enterprise'] });
  await anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
  const result = await anna.finishAttempt(attempt.id);
  assert.equal(result.rank, 1);
  assert.equal(result.previousRank, undefined);
  assert.equal(
    changes.length,
    5,
    'one change per write: start, three answers, finish (one device keeps reveals in memory)',
  );

  const brunoAttempt = await bruno.startAttempt('spring-launch');
  await bruno.answer(brunoAttempt.id, 'q-support', { kind: 'single', choiceId: 'pro' });
  await bruno.answer(brunoAttempt.id, 'q-sso', { kind: 'multiple', choiceIds: ['pro', 'enterprise'] });
  await bruno.answer(brunoAttempt.id, 'q-trial', { kind: 'true-false', value: true });
  assert.equal((await bruno.finishAttempt(brunoAttempt.id)).rank, 1);

  // Anna's engine learns of Bruno's score through storage (another tab) and re-ranks.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const board = await anna.leaderboard({ challengeId: 'spring-launch', limit: 10 });
  assert.deepEqual(
    board.rows.map((row) => [row.rank, row.displayName]),
    [
      [1, 'Bruno Leroy'],
      [2, 'Anna Martin'],
    ],
  );
  assert.equal(board.me?.rank, 2);
  assert.deepEqual(board.rows[0]?.reward, { en: 'A day at HQ', fr: 'Une journée au siège' });
  assert.ok(changes.some((change) => change.origin === 'remote' && change.areas.includes('leaderboard')));

  const mastery = await anna.mastery({ by: 'seller' });
  const pricing = mastery.rows.find((row) => row.topicId === 'pricing');
  const security = mastery.rows.find((row) => row.topicId === 'security');
  assert.ok(pricing && security && security.score > pricing.score, 'the missed pricing question shows in mastery');

  // The missed question is not asked again at once, but after its FSRS interval.
  assert.ok(!(await anna.feed()).due.some((due) => due.questionId === 'q-support'));
  world.clock.advance(DAY + 1);
  const due = (await anna.feed()).due;
  assert.deepEqual(
    due.map((item) => item.questionId),
    ['q-support'],
  );
  assert.ok(!JSON.stringify(due).includes('"correct"'));
  const practice = await anna.answerPractice('q-support', { kind: 'single', choiceId: 'pro' });
  assert.equal(practice.correct, true);
  assert.ok(!(await anna.feed()).due.some((item) => item.questionId === 'q-support'));
});

test('a Silver seller is refused the Platinum and Gold challenge, politely and with a code', async () => {
  const world = scenarioWorld();
  const emma = await world.as('s-emma');
  assert.deepEqual(await emma.challenges(), []);
  await rejectsWith(emma.startAttempt('spring-launch'), 'MIND_FORBIDDEN');
});

test('refusals carry typed codes: after the deadline, twice, outside the attempt, malformed', async () => {
  const world = scenarioWorld();
  const anna = await world.as('s-anna');
  const attempt = await anna.startAttempt('spring-launch');
  await anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
  await rejectsWith(anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true }), 'MIND_ALREADY_ANSWERED');
  await rejectsWith(anna.answer(attempt.id, 'q-nope', { kind: 'true-false', value: true }), 'MIND_NOT_IN_ATTEMPT');
  await rejectsWith(anna.answer(attempt.id, 'q-support', { kind: 'single', choiceId: 'gold' }), 'MIND_INVALID_INPUT');
  await rejectsWith(anna.answer(42 as unknown as string, 'q-support', {}), 'MIND_INVALID_INPUT');
  const bruno = await world.as('s-bruno');
  await rejectsWith(bruno.answer(attempt.id, 'q-sso', { kind: 'multiple', choiceIds: ['pro'] }), 'MIND_FORBIDDEN');
  world.clock.advance(601_000);
  await rejectsWith(anna.answer(attempt.id, 'q-support', { kind: 'single', choiceId: 'pro' }), 'MIND_DEADLINE_PASSED');
});

test('a coach reviews a pitch and may publish it only after the seller consents', async () => {
  const world = scenarioWorld();
  const anna = await world.as('s-anna');
  const coach = await world.as('coach-camille');
  const bruno = await world.as('s-bruno');

  const session = await anna.startRecording('elevator', { mimeType: 'video/webm;codecs=vp9,opus' });
  await session.append(new Uint8Array([1, 2, 3]));
  await session.append(new Uint8Array([4, 5]));
  world.clock.advance(60_000);
  const submitted = await session.finish({ durationMs: 58_000 });
  assert.equal(submitted.status, 'submitted');
  assert.equal(submitted.size, 5);

  const media = await coach.recordingMedia(session.recordingId);
  assert.deepEqual([...new Uint8Array(await media.arrayBuffer())], [1, 2, 3, 4, 5]);
  await rejectsWith(anna.review(session.recordingId, { scores: [], comments: [], feedback: '' }), 'MIND_FORBIDDEN');

  const toReview = await coach.recordings({ view: 'to-review' });
  assert.deepEqual(
    toReview.map((entry) => entry.id),
    [session.recordingId],
  );
  const review = await coach.review(session.recordingId, {
    scores: [
      { criterionId: 'clarity', score: 5 },
      { criterionId: 'value', score: 1 },
    ],
    comments: [{ atMs: 12_000, text: 'Great opening.' }],
    feedback: 'Lead with the outcome for the CFO.',
  });
  assert.ok(review.weightedTotal > 60 && review.weightedTotal < 70);

  await rejectsWith(coach.publish(session.recordingId), 'MIND_FORBIDDEN');
  await rejectsWith(bruno.setConsent(session.recordingId, true), 'MIND_NOT_FOUND');
  await anna.setConsent(session.recordingId, true);
  await coach.publish(session.recordingId);
  const gallery = await bruno.recordings({ view: 'gallery', promptId: 'elevator' });
  assert.deepEqual(
    gallery.map((entry) => [entry.id, entry.review?.feedback]),
    [[session.recordingId, 'Lead with the outcome for the CFO.']],
  );

  const withdrawn = await anna.setConsent(session.recordingId, false);
  assert.equal(withdrawn.published, false);
  assert.deepEqual(await bruno.recordings({ view: 'gallery', promptId: 'elevator' }), []);
  assert.deepEqual(
    withdrawn.consent.history.map((change) => change.gallery),
    [true, false],
  );
});

test('exporting then deleting a seller’s data leaves nothing of theirs', async () => {
  const world = scenarioWorld();
  world.clock.set(SCENARIO_TIME.secondPlatinumRelease);
  const anna = await world.as('s-anna');
  const attempt = await anna.startAttempt('spring-launch');
  await anna.answer(attempt.id, 'q-support', { kind: 'single', choiceId: 'basic' });
  await anna.finishAttempt(attempt.id);
  await anna.vote('n-platinum-poll', ['pro']);
  await anna.respond('n-objections', 'Too expensive for small teams.');
  await anna.markSeen('n-welcome');
  const session = await anna.startRecording('elevator', { mimeType: 'video/webm' });
  await session.append(new Uint8Array([9]));

  const manager = await world.as('mgr-marc');
  const exported = await manager.exportSellerData('s-anna');
  const counts = Object.fromEntries(
    Object.entries(exported.collections).map(([name, records]) => [name, records.length]),
  );
  assert.ok(counts['attempts']! >= 1 && counts['scores'] === 1 && counts['ballots'] === 1 && counts['responses'] === 1);
  assert.ok(counts['mastery']! >= 1 && counts['repetition']! >= 1 && counts['recordings'] === 1);

  const emma = await world.as('s-emma');
  await rejectsWith(emma.exportSellerData('s-anna'), 'MIND_FORBIDDEN');
  await anna.deleteSellerData('s-anna');
  const after = await manager.exportSellerData('s-anna');
  assert.ok(
    Object.values(after.collections).every((records) => records.length === 0),
    JSON.stringify(after.collections),
  );
  assert.equal((await world.as('s-bruno')).viewer.id, 's-bruno');
  const board = await manager.leaderboard({ challengeId: 'spring-launch' });
  assert.equal(board.total, 0);
  assert.equal(world.database.blobs.size, 0, 'the pitch media is gone too');
});

test('an invalid pack or directory is refused with every problem and its path', async () => {
  const world = scenarioWorld({
    directory: { partners: [], sellers: [{ id: 's-x', displayName: 'X', role: 'seller' }] },
  });
  await assert.rejects(world.as('s-x'), (error: unknown) => {
    assert.ok(isMindError(error, 'MIND_INVALID_CONTENT'));
    assert.deepEqual(error.problems[0]?.path, ['sellers', 0, 'partnerId']);
    return true;
  });
});
