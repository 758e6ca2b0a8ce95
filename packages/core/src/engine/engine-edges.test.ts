import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMindError } from '../errors/mind-error.js';
import { SCENARIO_TIME } from '../testing/scenario-pack.js';
import { contentPack } from '../testing/pack-builder.js';
import { scenarioWorld } from '../testing/scenario-engine.js';

const rejectsWith = (promise: Promise<unknown>, code: string) =>
  assert.rejects(promise, (error: unknown) => isMindError(error) && error.code === code);

test('answers in flight together are all kept, and one question answered twice at once counts once', async () => {
  const world = scenarioWorld();
  const anna = await world.as('s-anna');
  const attempt = await anna.startAttempt('spring-launch');
  const outcomes = await Promise.allSettled([
    anna.answer(attempt.id, 'q-support', { kind: 'single', choiceId: 'pro' }),
    anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true }),
    anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true }),
  ]);
  assert.deepEqual(
    outcomes.map((outcome) => outcome.status),
    ['fulfilled', 'fulfilled', 'rejected'],
  );
  const stored = await anna.attempt(attempt.id);
  assert.deepEqual(stored.verdicts.map((verdict) => verdict.questionId).sort(), ['q-support', 'q-trial']);
});

test('two tabs starting the same challenge at once never exceed the attempt limit', async () => {
  const world = scenarioWorld();
  const tabs = [await world.as('s-anna'), await world.as('s-anna'), await world.as('s-anna')];
  const started = await Promise.allSettled(tabs.map((tab) => tab.startAttempt('spring-launch')));
  const listing = (await tabs[0]!.challenges())[0]!;
  assert.ok(listing.attemptsUsed <= listing.attempts.max);
  assert.ok(started.some((result) => result.status === 'fulfilled'));
});

test('an attempt left to run out of time still counts on the leaderboard, here and in a fresh engine', async () => {
  const world = scenarioWorld();
  const anna = await world.as('s-anna');
  const attempt = await anna.startAttempt('spring-launch');
  await anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
  world.clock.advance(3_600_000); // the seller closed the tab; the 600 s limit passed long ago
  const reopened = await world.as('s-anna');
  const board = await reopened.leaderboard({ challengeId: 'spring-launch' });
  assert.equal(board.me?.score, 10);
  assert.equal((await reopened.attempt(attempt.id)).status, 'expired');
});

test('boards built on first need still rank against every score stored before, by any engine', async () => {
  const world = scenarioWorld();
  const finish = async (seller: string, right: boolean) => {
    const api = await world.as(seller);
    const attempt = await api.startAttempt('spring-launch');
    await api.answer(attempt.id, 'q-trial', { kind: 'true-false', value: right });
    return api.finishAttempt(attempt.id);
  };
  await finish('s-anna', true);
  await finish('s-bruno', true);
  // A third engine that never read a board: its first finish builds the boards from storage.
  const chloe = await world.as('s-chloe');
  const first = await chloe.startAttempt('spring-launch');
  await chloe.answer(first.id, 'q-trial', { kind: 'true-false', value: false });
  const result = await chloe.finishAttempt(first.id);
  assert.equal(result.previousRank, undefined);
  assert.equal(result.rank, 3);
  const board = await chloe.leaderboard({ challengeId: 'spring-launch' });
  assert.deepEqual(
    board.rows.map((row) => row.rank),
    [1, 1, 3],
  );
  assert.equal(board.total, 3);
});

test('a listener that throws never turns a committed write into a rejection', async () => {
  const world = scenarioWorld();
  const anna = await world.as('s-anna');
  anna.subscribe(() => {
    throw new Error('a buggy widget');
  });
  const reported: unknown[] = [];
  const error = console.error;
  console.error = (...data: unknown[]) => reported.push(data);
  try {
    const attempt = await anna.startAttempt('spring-launch');
    await anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
    const result = await anna.finishAttempt(attempt.id);
    assert.equal(result.rank, 1);
    assert.equal((await anna.leaderboard({ challengeId: 'spring-launch' })).me?.rank, 1);
    assert.equal(reported.length, 3, 'each listener error is reported, not swallowed');
  } finally {
    console.error = error;
  }
});

test('a seller cannot list others’ recordings through an unknown view, nor read a board not meant for them', async () => {
  const world = scenarioWorld();
  const anna = await world.as('s-anna');
  const session = await anna.startRecording('elevator', { mimeType: 'video/webm' });
  await session.append(new Uint8Array([1]));
  await session.finish({ durationMs: 30_000 });
  const emma = await world.as('s-emma');
  await rejectsWith(emma.recordings({ view: 'x' as 'mine' }), 'MIND_INVALID_INPUT');
  assert.deepEqual(await emma.recordings({ view: 'gallery' }), []);
  await rejectsWith(emma.leaderboard({ challengeId: 'spring-launch' }), 'MIND_FORBIDDEN');
});

test('practice questions come in the seller’s own order, never the authored order, and are not re-answerable', async () => {
  const pack = contentPack()
    .withQuestion('n-quiz', {
      id: 'q-quiz-steps',
      kind: 'ordering',
      prompt: { en: 'Order the onboarding steps.' },
      explanation: { en: 'Sign, configure, train.' },
      topics: ['pricing'],
      items: [
        { id: 'sign', label: { en: 'Sign' } },
        { id: 'configure', label: { en: 'Configure' } },
        { id: 'train', label: { en: 'Train' } },
      ],
    })
    .build();
  const world = scenarioWorld({ pack });
  world.clock.set(SCENARIO_TIME.secondPlatinumRelease + 7 * 86_400_000);
  for (const seller of ['s-anna', 's-bruno', 's-chloe', 's-emma']) {
    const api = await world.as(seller);
    const item = (await api.feed()).items.find((entry) => entry.nuggetId === 'n-quiz');
    assert.ok(item && item.nugget.kind === 'mini-quiz', `${seller} has the quiz`);
    const steps = item.nugget.questions.find((question) => question.id === 'q-quiz-steps');
    assert.ok(steps?.kind === 'ordering');
    assert.notDeepEqual(
      steps.items.map((entry) => entry.id),
      ['sign', 'configure', 'train'],
    );
  }
  const anna = await world.as('s-anna');
  await anna.answerPractice('q-quiz-term', { kind: 'numeric', value: 12 });
  await rejectsWith(anna.answerPractice('q-quiz-term', { kind: 'numeric', value: 12 }), 'MIND_ALREADY_ANSWERED');
});

test('coaches and managers read the directory with tiers; sellers may not', async () => {
  const world = scenarioWorld();
  const manager = await world.as('mgr-marc');
  const listing = await manager.directory();
  assert.deepEqual(
    listing.partners.map((partner) => [partner.name, partner.tierId]),
    [
      ['Alpha Distribution', 'platinum'],
      ['Beta Solutions', 'gold'],
      ['Gamma IT', 'silver'],
    ],
  );
  assert.equal(listing.sellers.find((seller) => seller.id === 's-anna')?.partnerId, 'p-alpha');
  await rejectsWith((await world.as('s-anna')).directory(), 'MIND_FORBIDDEN');
});

test('two tabs of one seller changing one attempt at once never overwrite each other', async () => {
  const world = scenarioWorld();
  const tabA = await world.as('s-anna');
  const tabB = await world.as('s-anna');
  const attempt = await tabA.startAttempt('spring-launch');
  const answers = await Promise.allSettled([
    tabA.answer(attempt.id, 'q-support', { kind: 'single', choiceId: 'pro' }),
    tabB.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true }),
    tabB.answer(attempt.id, 'q-sso', { kind: 'multiple', choiceIds: ['pro', 'enterprise'] }),
  ]);
  assert.deepEqual(
    answers.map((outcome) => outcome.status),
    ['fulfilled', 'fulfilled', 'fulfilled'],
  );
  const stored = await tabA.attempt(attempt.id);
  assert.deepEqual(stored.verdicts.map((verdict) => verdict.questionId).sort(), ['q-sso', 'q-support', 'q-trial']);
  const [finishA, finishB] = await Promise.allSettled([tabA.finishAttempt(attempt.id), tabB.finishAttempt(attempt.id)]);
  assert.equal([finishA, finishB].filter((outcome) => outcome.status === 'fulfilled').length, 1);
  assert.equal((await tabA.attempt(attempt.id)).status, 'finished');
});

test('a take reopened elsewhere (another tab, another server process) continues where it stopped, for its seller only', async () => {
  const world = scenarioWorld();
  const anna = await world.as('s-anna');
  const session = await anna.startRecording('elevator', { mimeType: 'video/webm' });
  await session.append(new Uint8Array([1, 2, 3]));
  const elsewhere = await world.as('s-anna');
  const resumed = await elsewhere.resumeRecording(session.recordingId);
  assert.equal(resumed.size, 3);
  await resumed.append(new Uint8Array([4, 5]));
  assert.equal(resumed.size, 5);
  const finished = await resumed.finish({ durationMs: 12_000 });
  assert.equal(finished.size, 5);
  const media = await anna.recordingMedia(session.recordingId);
  assert.deepEqual([...new Uint8Array(await (media as Blob).arrayBuffer())], [1, 2, 3, 4, 5]);
  await rejectsWith(elsewhere.resumeRecording(session.recordingId), 'MIND_CONFLICT');
  const bruno = await world.as('s-bruno');
  await rejectsWith(bruno.resumeRecording(session.recordingId), 'MIND_NOT_FOUND');
  await rejectsWith(anna.resumeRecording('recording-none'), 'MIND_NOT_FOUND');
});

test('the same chunk appended by two sessions of one take at once is stored once', async () => {
  const world = scenarioWorld();
  const anna = await world.as('s-anna');
  const session = await anna.startRecording('elevator', { mimeType: 'video/webm' });
  const [one, two] = await Promise.all([
    anna.resumeRecording(session.recordingId),
    anna.resumeRecording(session.recordingId),
  ]);
  const outcomes = await Promise.allSettled([one.append(new Uint8Array([1, 2])), two.append(new Uint8Array([1, 2]))]);
  assert.deepEqual(outcomes.map((outcome) => outcome.status).sort(), ['fulfilled', 'rejected']);
  const refused = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
  assert.ok(isMindError(refused.reason) && refused.reason.code === 'MIND_CONFLICT');
  const after = await anna.resumeRecording(session.recordingId);
  assert.equal(after.size, 2);
  await after.finish({ durationMs: 1000 });
  const media = await anna.recordingMedia(session.recordingId);
  assert.deepEqual([...new Uint8Array(await (media as Blob).arrayBuffer())], [1, 2]);
});

test('a take lost by a reload before sending does not use up a retake; a discarded one does (issue 16)', async () => {
  const world = scenarioWorld();
  const anna = await world.as('s-anna');
  // elevator allows 1 + 1 takes. Three reloads mid-take: each take is lost, none counts.
  const lostIds: string[] = [];
  for (let reload = 0; reload < 3; reload++) {
    const tab = await world.as('s-anna');
    const session = await tab.startRecording('elevator', { mimeType: 'video/webm' });
    await session.append(new Uint8Array([1]));
    lostIds.push(session.recordingId);
    world.clock.advance(1000);
  }
  const discarded = await anna.startRecording('elevator', { mimeType: 'video/webm' });
  const takes = await anna.recordings({ view: 'mine', promptId: 'elevator' });
  assert.deepEqual(
    takes
      .filter((take) => lostIds.includes(take.id))
      .map((take) => [take.status, take.abortedBecause])
      .sort(),
    [
      ['aborted', 'lost'],
      ['aborted', 'lost'],
      ['aborted', 'lost'],
    ],
  );
  // The seller discards the fourth take ("Record again"): that one counts, and one take is left.
  await discarded.abort();
  const [latest] = await anna.recordings({ view: 'mine', promptId: 'elevator' });
  assert.deepEqual([latest?.take, latest?.status, latest?.abortedBecause], [4, 'aborted', 'discarded']);
  const last = await anna.startRecording('elevator', { mimeType: 'video/webm' });
  await last.abort();
  await rejectsWith(anna.startRecording('elevator', { mimeType: 'video/webm' }), 'MIND_ATTEMPTS_EXHAUSTED');
});
