import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMindError, type MindErrorCode } from '../errors/mind-error.js';
import { answerQuestion, showQuestion, startAttempt, type StartAttemptOptions } from './attempt.js';
import type { Attempt } from './attempt.schema.js';
import { finishAttempt } from './attempt-result.js';
import type { Challenge } from './challenge.schema.js';
import { CLOSES_AT, EXPLANATION_SECRET, OPENS_AT, makeChallenge } from './challenge.fixtures.js';

const HOUR = 3_600_000;
const options = (overrides: Partial<StartAttemptOptions> = {}): StartAttemptOptions => ({
  attemptId: 'a1',
  sellerId: 'seller-1',
  packVersion: '2026.12.1',
  seed: 'seed-1',
  now: OPENS_AT + HOUR,
  previousAttempts: [],
  ...overrides,
});

function rejects(code: MindErrorCode, run: () => unknown): void {
  assert.throws(run, (error: unknown) => isMindError(error, code), `expected ${code}`);
}

/** Deep-freezes a value so a mutation throws instead of passing unnoticed. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) frozen(child);
    Object.freeze(value);
  }
  return value;
}

test('starting inside the window gives an in-progress attempt that keeps the pack version', () => {
  const challenge = makeChallenge();
  const attempt = startAttempt(challenge, options());
  assert.equal(attempt.status, 'in-progress');
  assert.equal(attempt.packVersion, '2026.12.1');
  assert.equal(attempt.startedAt, OPENS_AT + HOUR);
  assert.equal(attempt.deadline, CLOSES_AT);
  assert.deepEqual(
    attempt.questionIds,
    challenge.questions.map((question) => question.id),
  );
  assert.deepEqual(attempt.choiceOrder['q-single'], ['silver', 'gold', 'platinum']);
  assert.notDeepEqual(attempt.choiceOrder['q-ordering'], ['discover', 'qualify', 'propose', 'close']);
});

test('the window is enforced: MIND_NOT_OPEN before, MIND_CLOSED from the close on', () => {
  const challenge = makeChallenge();
  rejects('MIND_NOT_OPEN', () => startAttempt(challenge, options({ now: OPENS_AT - 1 })));
  assert.equal(startAttempt(challenge, options({ now: OPENS_AT })).status, 'in-progress');
  rejects('MIND_CLOSED', () => startAttempt(challenge, options({ now: CLOSES_AT })));
});

test('the deadline is the attempt time limit, cut at the window close', () => {
  const challenge = makeChallenge({ timeLimitSeconds: 600 });
  assert.equal(startAttempt(challenge, options()).deadline, OPENS_AT + HOUR + 600_000);
  assert.equal(startAttempt(challenge, options({ now: CLOSES_AT - 60_000 })).deadline, CLOSES_AT);
});

test('attempts are limited per seller: MIND_ATTEMPTS_EXHAUSTED, and MIND_CONFLICT while one runs', () => {
  const challenge = makeChallenge({ attempts: { max: 2, counts: 'best' } });
  const first = startAttempt(challenge, options());
  rejects('MIND_CONFLICT', () => startAttempt(challenge, options({ attemptId: 'a2', previousAttempts: [first] })));
  const done = finishAttempt(first, challenge, { now: OPENS_AT + HOUR + 1 }).attempt;
  const second = startAttempt(challenge, options({ attemptId: 'a2', previousAttempts: [done] }));
  const secondDone = finishAttempt(second, challenge, { now: OPENS_AT + HOUR + 2 }).attempt;
  rejects('MIND_ATTEMPTS_EXHAUSTED', () =>
    startAttempt(challenge, options({ attemptId: 'a3', previousAttempts: [done, secondDone] })),
  );
  // Another seller's attempts do not count against this one.
  const other = startAttempt(
    challenge,
    options({ attemptId: 'b1', sellerId: 'seller-2', previousAttempts: [done, secondDone] }),
  );
  assert.equal(other.status, 'in-progress');
});

test('question and choice order follow the seed: same seed same order, a permutation of the authored one', () => {
  const challenge = makeChallenge({ shuffle: { questions: true, choices: true } });
  const orders = ['s1', 's2', 's3', 's4', 's5', 's6'].map((seed) => startAttempt(challenge, options({ seed })));
  const authored = challenge.questions.map((question) => question.id);
  for (const attempt of orders) {
    assert.deepEqual(startAttempt(challenge, options({ seed: attempt.seed })), attempt);
    assert.deepEqual([...attempt.questionIds].sort(), [...authored].sort());
    assert.deepEqual([...attempt.choiceOrder['q-multiple']!].sort(), ['api', 'backup', 'core', 'sso']);
  }
  assert.ok(new Set(orders.map((attempt) => attempt.questionIds.join())).size > 1, 'seeds change the order');
});

function started(challenge: Challenge = makeChallenge()): Attempt {
  return frozen(startAttempt(challenge, options()));
}

test('answering returns a new attempt and a verdict with the explanation, resources and right choices', () => {
  const challenge = frozen(makeChallenge());
  const attempt = started(challenge);
  const { attempt: next, verdict } = answerQuestion(
    attempt,
    challenge,
    'q-single',
    { kind: 'single', choiceId: 'gold' },
    {
      now: attempt.startedAt + 1000,
    },
  );
  assert.deepEqual(verdict, {
    questionId: 'q-single',
    correct: true,
    credit: 1,
    points: 10,
    timedOut: false,
    explanation: { en: EXPLANATION_SECRET },
    resources: ['res-tiers'],
    correctChoiceIds: ['gold'],
  });
  assert.equal(next.score, 10);
  assert.equal(next.answers.length, 1);
  assert.equal(attempt.answers.length, 0, 'the original attempt is unchanged');
});

test('each refusal has its code', () => {
  const challenge = makeChallenge();
  const attempt = started(challenge);
  const now = attempt.startedAt + 1000;
  const right = { kind: 'single', choiceId: 'gold' };
  const answered = answerQuestion(attempt, challenge, 'q-single', right, { now }).attempt;
  rejects('MIND_ALREADY_ANSWERED', () => answerQuestion(answered, challenge, 'q-single', right, { now }));
  rejects('MIND_NOT_IN_ATTEMPT', () => answerQuestion(attempt, challenge, 'q-missing', right, { now }));
  rejects('MIND_DEADLINE_PASSED', () =>
    answerQuestion(attempt, challenge, 'q-single', right, { now: attempt.deadline }),
  );
  const finished = finishAttempt(attempt, challenge, { now }).attempt;
  rejects('MIND_ATTEMPT_FINISHED', () => answerQuestion(finished, challenge, 'q-single', right, { now }));
  rejects('MIND_ATTEMPT_FINISHED', () => finishAttempt(finished, challenge, { now }));
  rejects('MIND_INVALID_INPUT', () =>
    answerQuestion(attempt, challenge, 'q-single', right, { now, confidence: 'maybe' as never }),
  );
});

test('a response that does not fit the question is MIND_INVALID_INPUT naming the expected shape', () => {
  const challenge = makeChallenge();
  const attempt = started(challenge);
  const now = attempt.startedAt + 1000;
  const malformed: [string, unknown][] = [
    ['q-single', { kind: 'multiple', choiceIds: ['gold'] }],
    ['q-single', { kind: 'single', choiceId: 'bronze' }],
    ['q-single', 'gold'],
    ['q-multiple', { kind: 'multiple', choiceIds: ['sso', 'sso'] }],
    ['q-true-false', { kind: 'true-false', value: 'false' }],
    ['q-ordering', { kind: 'ordering', itemIds: ['discover', 'qualify', 'propose'] }],
    ['q-ordering', { kind: 'ordering', itemIds: ['discover', 'qualify', 'propose', 'propose'] }],
    ['q-numeric', { kind: 'numeric', value: Number.NaN }],
    ['q-numeric', { kind: 'numeric', value: 3, unit: 'EUR' }],
  ];
  for (const [questionId, response] of malformed) {
    assert.throws(
      () => answerQuestion(attempt, challenge, questionId, response, { now }),
      (error: unknown) => isMindError(error, 'MIND_INVALID_INPUT') && /expected \{ kind:/.test(error.message),
      `${questionId}: ${JSON.stringify(response)}`,
    );
  }
});

test('a question answered past its own time limit is recorded as timed out, worth nothing', () => {
  const challenge = makeChallenge({ scoring: { negativeMarking: { penalty: 1 } } });
  const attempt = started(challenge);
  const shown = showQuestion(attempt, challenge, 'q-numeric', { now: attempt.startedAt + 5_000 });
  assert.equal(showQuestion(shown, challenge, 'q-numeric', { now: attempt.startedAt + 9_000 }), shown);
  const late = answerQuestion(
    shown,
    challenge,
    'q-numeric',
    { kind: 'numeric', value: 1 },
    { now: attempt.startedAt + 26_000 },
  );
  assert.equal(late.verdict.timedOut, true);
  assert.equal(late.verdict.points, 0);
  const inTime = answerQuestion(
    shown,
    challenge,
    'q-numeric',
    { kind: 'numeric', value: 1 },
    { now: attempt.startedAt + 24_000 },
  );
  assert.equal(inTime.verdict.timedOut, false);
  assert.equal(inTime.verdict.points, -10);
});
