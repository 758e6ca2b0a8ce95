import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { answerQuestion, startAttempt } from './attempt.js';
import type { Attempt } from './attempt.schema.js';
import { attemptStatus, expireAttempt, finishAttempt } from './attempt-result.js';
import { ChallengeSchema } from './challenge.schema.js';
import { countedScore } from './counted-score.js';
import { CLOSES_AT, OPENS_AT, challengeInput, makeChallenge } from './challenge.fixtures.js';
import { contextArbitrary, questionListArbitrary, responseArbitrary, rulesArbitrary } from './challenge.arbitraries.js';

const start = (challenge = makeChallenge({ timeLimitSeconds: 600 }), id = 'a1', now = OPENS_AT) =>
  startAttempt(challenge, { attemptId: id, sellerId: 's1', packVersion: '1', seed: id, now, previousAttempts: [] });

test('finishing gives the total, the bounds and per-topic counts', () => {
  const challenge = makeChallenge();
  let attempt = start(challenge);
  const now = OPENS_AT + 1000;
  attempt = answerQuestion(attempt, challenge, 'q-single', { kind: 'single', choiceId: 'gold' }, { now }).attempt;
  attempt = answerQuestion(attempt, challenge, 'q-multiple', { kind: 'multiple', choiceIds: ['sso'] }, { now }).attempt;
  attempt = answerQuestion(attempt, challenge, 'q-numeric', { kind: 'numeric', value: 987654 }, { now }).attempt;
  const { attempt: finished, result } = finishAttempt(attempt, challenge, { now: now + 1 });
  assert.equal(finished.status, 'finished');
  assert.equal(finished.finishedAt, now + 1);
  assert.deepEqual(result, {
    attemptId: 'a1',
    status: 'finished',
    total: 20,
    min: 0,
    max: 50,
    questions: 5,
    answered: 3,
    correct: 2,
    finishedAt: now + 1,
    topics: {
      tiers: { questions: 1, answered: 1, correct: 1 },
      pricing: { questions: 2, answered: 2, correct: 1 },
      offer: { questions: 2, answered: 1, correct: 0 },
      process: { questions: 1, answered: 0, correct: 0 },
    },
  });
});

test('an attempt past its deadline is expired at the deadline, keeping what was answered in time', () => {
  const challenge = makeChallenge({ timeLimitSeconds: 600 });
  const answered = answerQuestion(
    start(challenge),
    challenge,
    'q-single',
    { kind: 'single', choiceId: 'gold' },
    {
      now: OPENS_AT + 1000,
    },
  ).attempt;
  const late = OPENS_AT + 600_000;
  assert.equal(attemptStatus(undefined, late), 'not-started');
  assert.equal(attemptStatus(answered, late - 1), 'in-progress');
  assert.equal(attemptStatus(answered, late), 'expired');
  const expired = expireAttempt(answered, late);
  assert.equal(expired.status, 'expired');
  assert.equal(expired.finishedAt, late);
  assert.equal(expired.score, 10);
  assert.equal(expireAttempt(answered, late - 1), answered);
  const { attempt, result } = finishAttempt(answered, challenge, { now: late + 5000 });
  assert.equal(attempt.status, 'expired');
  assert.equal(result.status, 'expired');
  assert.equal(result.total, 10);
  assert.equal(result.finishedAt, late);
});

function closed(id: string, score: number, finishedAt: number): Attempt {
  return { ...start(makeChallenge(), id), status: 'finished', score, finishedAt };
}

test('best counts the highest score (earliest on a tie); last counts the latest finished', () => {
  const attempts = [closed('a1', 30, 1000), closed('a2', 50, 2000), closed('a3', 50, 3000), closed('a4', 20, 4000)];
  const running = start(makeChallenge(), 'a5');
  assert.deepEqual(countedScore([...attempts, running], 'best'), { attemptId: 'a2', score: 50, finishedAt: 2000 });
  assert.deepEqual(countedScore([...attempts].reverse(), 'best'), { attemptId: 'a2', score: 50, finishedAt: 2000 });
  assert.deepEqual(countedScore([...attempts, running], 'last'), { attemptId: 'a4', score: 20, finishedAt: 4000 });
  assert.deepEqual(countedScore([...attempts].reverse(), 'last'), { attemptId: 'a4', score: 20, finishedAt: 4000 });
  assert.equal(countedScore([running], 'best'), undefined);
});

test('property: an attempt’s total stays within its bounds, whatever the rules, answers and timing', () => {
  const scenario = fc
    .tuple(rulesArbitrary, questionListArbitrary)
    .chain(([scoring, questions]) =>
      fc.tuple(
        fc.constant(scoring),
        fc.constant(questions),
        fc.tuple(...questions.map((question) => fc.tuple(fc.boolean(), responseArbitrary(question), contextArbitrary))),
      ),
    );
  fc.assert(
    fc.property(scenario, ([scoring, questions, plan]) => {
      const challenge = ChallengeSchema.parse({ ...challengeInput(), scoring, questions });
      let attempt = start(challenge, 'p1', OPENS_AT);
      let now = OPENS_AT;
      questions.forEach((question, index) => {
        const [answer, response, context] = plan[index]!;
        if (!answer) return;
        now += context.elapsedMs;
        const options = context.confidence === undefined ? { now } : { now, confidence: context.confidence };
        attempt = answerQuestion(attempt, challenge, question.id, response, options).attempt;
      });
      const { result } = finishAttempt(attempt, challenge, { now: Math.min(now + 1, CLOSES_AT) });
      assert.ok(
        result.min <= result.total && result.total <= result.max,
        `${result.min} ≤ ${result.total} ≤ ${result.max}`,
      );
    }),
    { numRuns: 500 },
  );
});

test('every answer right, at once and sure, reaches the attempt maximum exactly', () => {
  const challenge = makeChallenge({
    scoring: {
      speedBonus: { points: 5, overSeconds: 30 },
      streakBonus: { pointsPerAnswer: 3, max: 7 },
      confidence: { sure: { correct: 2, wrong: 1 }, unsure: { correct: 1, wrong: 0 } },
    },
  });
  const right: Record<string, unknown> = {
    'q-single': { kind: 'single', choiceId: 'gold' },
    'q-multiple': { kind: 'multiple', choiceIds: ['backup', 'sso'] },
    'q-true-false': { kind: 'true-false', value: false },
    'q-ordering': { kind: 'ordering', itemIds: ['discover', 'qualify', 'propose', 'close'] },
    'q-numeric': { kind: 'numeric', value: 987654.321 },
  };
  let attempt = start(challenge);
  for (const id of attempt.questionIds) {
    attempt = answerQuestion(attempt, challenge, id, right[id], { now: OPENS_AT, confidence: 'sure' }).attempt;
  }
  const { result } = finishAttempt(attempt, challenge, { now: OPENS_AT + 1 });
  // 5 × 20 base, 5 × 5 speed, streaks 0 + 3 + 6 + 7 + 7.
  assert.equal(result.total, 148);
  assert.equal(result.max, 148);
  assert.equal(result.min, -50);
});
