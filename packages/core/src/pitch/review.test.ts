import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError, type MindErrorCode } from '../errors/mind-error.js';
import { parseReviewInput } from './parse-pitch-input.js';
import type { PitchPrompt, Rubric } from './pitch-prompt.schema.js';
import { PitchPromptSchema } from './pitch-prompt.schema.js';
import { ReviewSchema, type ReviewInput } from './review.schema.js';
import { REVIEW_MAX_TOTAL, applyReview, createReview, scoreReview } from './review.js';
import { T0, prompt, promptInput, reviewed, started, submitted } from './pitch.fixtures.js';

function rejects(action: () => unknown, code: MindErrorCode, path?: (string | number)[], mentions?: string) {
  assert.throws(action, (error) => {
    assert.ok(isMindError(error, code), `expected ${code}, got ${String(error)}`);
    if (path) assert.deepEqual(error.path, path);
    if (mentions) assert.match(error.message, new RegExp(`"${mentions}"`));
    return true;
  });
}

const rubric = prompt().rubric;

function input(empathy: number, value: number, extra: Partial<ReviewInput> = {}): ReviewInput {
  return {
    scores: [
      { criterionId: 'empathy', score: empathy },
      { criterionId: 'value', score: value },
    ],
    comments: [],
    feedback: 'Good opening.',
    ...extra,
  };
}

test('the total is the weighted share of each criterion scale, on 0 to 100', () => {
  assert.deepEqual(scoreReview(rubric, input(1, 0), 1000), { weightedTotal: 0, maxTotal: 100 });
  assert.deepEqual(scoreReview(rubric, input(4, 10), 1000), { weightedTotal: 100, maxTotal: 100 });
  // empathy 3 of 1..4 → 2/3 at weight 1; value 5 of 0..10 → 1/2 at weight 3: (2/3 + 3/2) / 4.
  assert.ok(Math.abs(scoreReview(rubric, input(3, 5), 1000).weightedTotal - (100 * (2 / 3 + 1.5)) / 4) < 1e-9);
});

test('every criterion is scored exactly once with one of its levels', () => {
  rejects(
    () => scoreReview(rubric, { ...input(1, 0), scores: [{ criterionId: 'value', score: 5 }] }, 1000),
    'MIND_INVALID_INPUT',
    ['scores'],
    'empathy',
  );
  const unknown = input(1, 0);
  unknown.scores.push({ criterionId: 'closing', score: 1 });
  rejects(() => scoreReview(rubric, unknown, 1000), 'MIND_INVALID_INPUT', ['scores', 2, 'criterionId'], 'closing');
  const twice = input(1, 0);
  twice.scores.push({ criterionId: 'empathy', score: 2 });
  rejects(() => scoreReview(rubric, twice, 1000), 'MIND_INVALID_INPUT', ['scores', 2, 'criterionId'], 'empathy');
  rejects(() => scoreReview(rubric, input(1, 7), 1000), 'MIND_INVALID_INPUT', ['scores', 1, 'score'], 'value');
  rejects(() => scoreReview(rubric, input(0, 0), 1000), 'MIND_INVALID_INPUT', ['scores', 0, 'score'], 'empathy');
});

test('comments must sit within the recording', () => {
  const comments = [
    { atMs: 0, text: 'Start' },
    { atMs: 1000, text: 'Last frame' },
  ];
  assert.equal(scoreReview(rubric, input(1, 0, { comments }), 1000).weightedTotal, 0);
  const late = [...comments, { atMs: 1000.5, text: 'After the end' }];
  rejects(() => scoreReview(rubric, input(1, 0, { comments: late }), 1000), 'MIND_INVALID_INPUT', [
    'comments',
    2,
    'atMs',
  ]);
});

test('the review input schema checks comment text and times', () => {
  const paths = (value: unknown) => {
    try {
      parseReviewInput(value);
    } catch (error) {
      assert.ok(isMindError(error, 'MIND_INVALID_INPUT'));
      return error.path;
    }
    assert.fail('expected the review to be refused');
  };
  assert.deepEqual(paths(input(1, 0, { comments: [{ atMs: 1, text: '' }] })), ['comments', 0, 'text']);
  assert.deepEqual(paths(input(1, 0, { comments: [{ atMs: 1, text: 'x'.repeat(2001) }] })), ['comments', 0, 'text']);
  assert.deepEqual(paths(input(1, 0, { comments: [{ atMs: -1, text: 'x' }] })), ['comments', 0, 'atMs']);
  assert.deepEqual(paths({ ...input(1, 0), scores: [{ criterionId: 'value', score: 1.5 }] }), ['scores', 0, 'score']);
  assert.deepEqual(
    parseReviewInput(input(1, 0, { comments: [{ atMs: 1, text: 'x'.repeat(2000) }] })).comments.length,
    1,
  );
});

/** A rubric of 1–4 criteria with random weights and ascending integer levels. */
const rubricArbitrary = fc
  .array(
    fc.record({
      weight: fc.double({ min: 0.01, max: 100, noNaN: true }),
      scores: fc.uniqueArray(fc.integer({ min: -20, max: 20 }), { minLength: 2, maxLength: 6 }),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((criteria): PitchPrompt => {
    const base = promptInput();
    return PitchPromptSchema.parse({
      ...base,
      rubric: {
        criteria: criteria.map((criterion, index) => ({
          id: `c${index}`,
          label: { en: `Criterion ${index}` },
          weight: criterion.weight,
          levels: [...criterion.scores]
            .sort((a, b) => a - b)
            .map((score) => ({ score, descriptor: { en: `${score}` } })),
        })),
      },
    });
  });

function pickLevels(r: Rubric, picks: number[]): ReviewInput {
  return {
    scores: r.criteria.map((criterion, index) => ({
      criterionId: criterion.id,
      score: criterion.levels[(picks[index] ?? 0) % criterion.levels.length]!.score,
    })),
    comments: [],
    feedback: '',
  };
}

test('the total stays within 0 and 100 and never drops when a criterion scores higher (property)', () => {
  fc.assert(
    fc.property(rubricArbitrary, fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), fc.nat(), (p, picks, which) => {
      const r = p.rubric;
      const before = pickLevels(r, picks);
      const total = scoreReview(r, before, 1000).weightedTotal;
      assert.ok(total >= 0 && total <= REVIEW_MAX_TOTAL, `total ${total} out of bounds`);
      const index = which % r.criteria.length;
      const criterion = r.criteria[index]!;
      const current = before.scores[index]!.score;
      const higher = criterion.levels.find((level) => level.score > current);
      if (higher === undefined) return;
      const after = {
        ...before,
        scores: before.scores.map((s, i) => (i === index ? { ...s, score: higher.score } : s)),
      };
      assert.ok(scoreReview(r, after, 1000).weightedTotal > total, 'raising a score must raise the total');
    }),
  );
});

test('a submitted recording is reviewed once, with comments in time order', () => {
  const p = prompt();
  const recording = submitted(p);
  const comments = [
    { atMs: 5000, text: 'Later' },
    { atMs: 1000, text: 'Earlier' },
  ];
  const review = createReview(p.rubric, recording, input(4, 10, { comments }), { coachId: 'coach-1', at: T0 + 10 });
  assert.deepEqual(
    review.comments.map((comment) => comment.atMs),
    [1000, 5000],
  );
  assert.equal(review.recordingId, 'rec-1');
  assert.equal(review.weightedTotal, 100);
  assert.deepEqual(ReviewSchema.parse(structuredClone(review)), review);
  const done = applyReview(recording, review);
  assert.equal(done.status, 'reviewed');
  assert.equal(recording.status, 'submitted');
  rejects(() => applyReview(done, review), 'MIND_CONFLICT');
  rejects(() => createReview(p.rubric, done, input(1, 0), { coachId: 'coach-1', at: T0 }), 'MIND_CONFLICT');
  rejects(() => createReview(p.rubric, started(p), input(1, 0), { coachId: 'coach-1', at: T0 }), 'MIND_CONFLICT');
  rejects(() => applyReview(submitted(p, 'rec-2'), review), 'MIND_INVALID_INPUT', ['recordingId']);
  // The recording's own duration bounds the comments: 90 s in the fixture.
  const late = input(1, 0, { comments: [{ atMs: 90_001, text: 'x' }] });
  rejects(() => createReview(p.rubric, recording, late, { coachId: 'c', at: T0 }), 'MIND_INVALID_INPUT', [
    'comments',
    0,
    'atMs',
  ]);
  assert.equal(reviewed(p).status, 'reviewed');
});

test('a stored review whose total exceeds its scale is refused', () => {
  const p = prompt();
  const review = createReview(p.rubric, submitted(p), input(1, 0), { coachId: 'coach-1', at: T0 });
  const result = ReviewSchema.safeParse({ ...review, weightedTotal: 101 });
  assert.ok(!result.success);
  assert.deepEqual(
    result.error.issues.map((issue) => issue.path),
    [['weightedTotal']],
  );
});
