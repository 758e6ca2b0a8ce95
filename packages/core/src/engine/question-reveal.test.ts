import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ContentPackInput } from '../content/content-pack.schema.js';
import { createMemoryDatabase } from '../storage/memory-database.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import { scenarioDirectory, scenarioPack } from '../testing/scenario-pack.js';
import { seededRandom, testClock } from '../testing/scenario-engine.js';
import { createMindshareHost } from './create-host.js';

// Timing is the engine's, from the moment a question's text leaves it: a seller who could read a
// question before its clock started would score a speed bonus on a question they had 55 s to read.

const SPRING_OPEN = Date.UTC(2027, 2, 30, 12);
const TRIAL_PROMPT = 'The trial lasts 30 days.';

/** The scenario pack with a 60-second limit on the trial question and a 10-point speed bonus. */
function timedPack(): ContentPackInput {
  const pack = scenarioPack();
  const challenge = pack.challenges![0]!;
  return {
    ...pack,
    challenges: [
      {
        ...challenge,
        scoring: { points: 10, speedBonus: { points: 10 } },
        questions: challenge.questions.map((question) =>
          question.id === 'q-trial' ? { ...question, timeLimitSeconds: 60 } : question,
        ),
      },
    ],
  };
}

/** Two server processes over one database: the stored reveal is what both time answers from. */
async function twoProcesses() {
  const database = createMemoryDatabase();
  const clock = testClock(SPRING_OPEN);
  const open = (seed: number) =>
    createMindshareHost({
      storage: createMemoryStorage({ database }),
      content: timedPack(),
      directory: scenarioDirectory(),
      clock: clock.now,
      random: seededRandom(seed),
    });
  return { clock, first: await open(1), second: await open(2) };
}

test('starting a ranked attempt sends the question ids and count, no question text', async () => {
  const { first, second } = await twoProcesses();
  const attempt = await first.as({ id: 's-anna' }).startAttempt('spring-launch');
  assert.equal(attempt.questionIds.length, 3);
  assert.deepEqual(attempt.questions, []);
  assert.ok(!JSON.stringify(attempt).includes(TRIAL_PROMPT));
  const read = await second.as({ id: 's-anna' }).attempt(attempt.id);
  assert.ok(!JSON.stringify(read).includes(TRIAL_PROMPT), 'reading the attempt again reveals nothing either');
  await Promise.all([first.close(), second.close()]);
});

test('reading a question for 55 s, then showing it again just before answering, scores as timed out', async () => {
  const { clock, first, second } = await twoProcesses();
  const cheat = first.as({ id: 's-anna' });
  const attempt = await cheat.startAttempt('spring-launch');
  const revealed = await cheat.showQuestion(attempt.id, 'q-trial');
  assert.equal(revealed.prompt.en, TRIAL_PROMPT);
  clock.advance(55_000);
  // The second reveal, on another process, hoping for a fresh clock: the first reveal stands.
  const again = second.as({ id: 's-anna' });
  assert.deepEqual(await again.showQuestion(attempt.id, 'q-trial'), revealed);
  clock.advance(6_000);
  const outcome = await again.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
  assert.ok(outcome.status === 'scored');
  assert.equal(outcome.timedOut, true);
  assert.equal(outcome.points, 0);
  await Promise.all([first.close(), second.close()]);
});

test('an honest seller who answers 5 s after the reveal earns the points and most of the speed bonus', async () => {
  const { clock, first, second } = await twoProcesses();
  const anna = first.as({ id: 's-anna' });
  const attempt = await anna.startAttempt('spring-launch');
  clock.advance(55_000); // the time spent before the reveal does not count
  await anna.showQuestion(attempt.id, 'q-trial');
  clock.advance(5_000);
  const outcome = await second.as({ id: 's-anna' }).answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
  assert.ok(outcome.status === 'scored');
  assert.equal(outcome.timedOut, false);
  assert.ok(outcome.points > 18 && outcome.points <= 20, `10 points and a bonus near 10, got ${outcome.points}`);
  await Promise.all([first.close(), second.close()]);
});

test('a reveal and an answer of one attempt at once on two processes keep both', async () => {
  const { first, second } = await twoProcesses();
  const attempt = await first.as({ id: 's-anna' }).startAttempt('spring-launch');
  await Promise.all([
    first.as({ id: 's-anna' }).showQuestion(attempt.id, 'q-sso'),
    second.as({ id: 's-anna' }).answer(attempt.id, 'q-trial', { kind: 'true-false', value: true }),
  ]);
  const view = await first.as({ id: 's-anna' }).attempt(attempt.id);
  assert.deepEqual(
    view.verdicts.map((verdict) => verdict.questionId),
    ['q-trial'],
  );
  assert.deepEqual(view.questions.map((question) => question.id).sort(), ['q-sso', 'q-trial']);
  await Promise.all([first.close(), second.close()]);
});

test('a timed question carries the engine time its answer is due by, from its first reveal, until it is answered', async () => {
  const { clock, first, second } = await twoProcesses();
  const anna = first.as({ id: 's-anna' });
  const attempt = await anna.startAttempt('spring-launch');
  const revealedAt = clock.now();
  const revealed = await anna.showQuestion(attempt.id, 'q-trial');
  assert.equal(revealed.answerBy, revealedAt + 60_000);
  clock.advance(20_000);
  // A reload on another process counts down from the first reveal, not from the reload.
  const reread = await second.as({ id: 's-anna' }).attempt(attempt.id);
  assert.equal(reread.questions.find((question) => question.id === 'q-trial')?.answerBy, revealedAt + 60_000);
  const untimed = attempt.questionIds.find((id) => id !== 'q-trial')!;
  assert.equal((await anna.showQuestion(attempt.id, untimed)).answerBy, undefined, 'no limit, no due time');
  await anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
  const after = await anna.attempt(attempt.id);
  assert.equal(
    after.questions.find((question) => question.id === 'q-trial')?.answerBy,
    undefined,
    'answered: no clock',
  );
  await Promise.all([first.close(), second.close()]);
});

test("starting with reveal: 'next' reveals the first question in the same write, its clock running from the start", async () => {
  const { clock, first, second } = await twoProcesses();
  const anna = first.as({ id: 's-anna' });
  const attempt = await anna.startAttempt('spring-launch', { reveal: 'next' });
  const [firstId] = attempt.questionIds;
  assert.deepEqual(
    attempt.questions.map((question) => question.id),
    [firstId],
    'the first question only',
  );
  // Stored, not only returned: another process reads it revealed, and a later reveal is the same
  // one, its clock unchanged (a question's clock starts at its first reveal).
  assert.deepEqual((await second.as({ id: 's-anna' }).attempt(attempt.id)).questions, attempt.questions);
  clock.advance(30_000);
  assert.deepEqual(await second.as({ id: 's-anna' }).showQuestion(attempt.id, firstId!), attempt.questions[0]);
  await Promise.all([first.close(), second.close()]);
});

test('a timed first question revealed with the start is due a time limit after the start', async () => {
  const database = createMemoryDatabase();
  const clock = testClock(SPRING_OPEN);
  const pack = timedPack();
  const challenge = pack.challenges![0]!;
  const everyQuestionTimed = {
    ...pack,
    challenges: [
      { ...challenge, questions: challenge.questions.map((question) => ({ ...question, timeLimitSeconds: 60 })) },
    ],
  };
  const host = await createMindshareHost({
    storage: createMemoryStorage({ database }),
    content: everyQuestionTimed,
    directory: scenarioDirectory(),
    clock: clock.now,
    random: seededRandom(1),
  });
  const startedAt = clock.now();
  const attempt = await host.as({ id: 's-anna' }).startAttempt('spring-launch', { reveal: 'next' });
  assert.equal(attempt.questions[0]?.answerBy, startedAt + 60_000);
  await host.close();
});

test("resuming with reveal: 'next' reveals the first unanswered question, and nothing when it is revealed already", async () => {
  const { first } = await twoProcesses();
  const anna = first.as({ id: 's-anna' });
  const attempt = await anna.startAttempt('spring-launch');
  const [one, two] = attempt.questionIds as [string, string];
  await anna.showQuestion(attempt.id, one);
  const responses: Record<string, unknown> = {
    'q-support': { kind: 'single', choiceId: 'pro' },
    'q-sso': { kind: 'multiple', choiceIds: ['pro', 'enterprise'] },
    'q-trial': { kind: 'true-false', value: true },
  };
  const response = responses[one];
  await anna.answer(attempt.id, one, response);
  const resumed = await anna.startAttempt('spring-launch', { reveal: 'next' });
  assert.equal(resumed.id, attempt.id);
  assert.deepEqual(
    resumed.questions.map((revealed) => revealed.id),
    [one, two],
  );
  assert.deepEqual(
    await anna.startAttempt('spring-launch', { reveal: 'next' }),
    resumed,
    'a second resume changes nothing',
  );
  await first.close();
});

test('startAttempt refuses a reveal other than next, or options that are not an object, and starts nothing', async () => {
  const { first } = await twoProcesses();
  const anna = first.as({ id: 's-anna' });
  await assert.rejects(
    anna.startAttempt('spring-launch', { reveal: 'all' } as never),
    (error: unknown) => error instanceof Error && /reveal must be "next"/.test(error.message),
  );
  await assert.rejects(anna.startAttempt('spring-launch', 'next' as never), /options must be an object/);
  const [listing] = await anna.challenges();
  assert.equal(listing?.attemptsUsed, 0);
  await first.close();
});
