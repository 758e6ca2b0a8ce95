import { MindError } from '../errors/mind-error.js';
import type { Rubric, RubricCriterion } from './pitch-prompt.schema.js';
import type { Recording } from './recording.schema.js';
import type { Review, ReviewInput } from './review.schema.js';

/** The top of the scale `weightedTotal` is on. */
export const REVIEW_MAX_TOTAL = 100;

/** A review's rubric total (see {@link scoreReview}). */
export interface ReviewTotal {
  /** From 0 (every criterion at its lowest level) to `maxTotal` (every one at its highest). */
  readonly weightedTotal: number;
  readonly maxTotal: number;
}

function invalid(message: string, path: (string | number)[]): MindError {
  return new MindError('MIND_INVALID_INPUT', message, { path });
}

/**
 * Checks a coach's review against the rubric and the recording, and computes its total.
 *
 * Every criterion must be scored exactly once with the score of one of its levels, and every
 * comment must sit within the media (`0 ≤ atMs ≤ durationMs`). The total is
 * `100 × Σ weight × (score − lowest) / (highest − lowest) ÷ Σ weight`: each criterion counts as
 * the share of its own scale the coach gave, so a rubric scored 1–4 and one scored 0–10 mix
 * fairly, the lowest level is worth 0 whatever its number, and weights alone decide importance.
 * It is exact (not rounded); display rounds.
 *
 * @throws MindError `MIND_INVALID_INPUT` naming the criterion or comment, with its path in the
 *   input: `scores[i].criterionId` (unknown or scored twice), `scores[i].score` (not a level),
 *   `scores` (a criterion left unscored), `comments[i].atMs` (past the end).
 */
export function scoreReview(rubric: Rubric, input: ReviewInput, durationMs: number): ReviewTotal {
  const criteria = new Map<string, RubricCriterion>(rubric.criteria.map((criterion) => [criterion.id, criterion]));
  const scored = new Map<string, number>();
  for (const [index, entry] of input.scores.entries()) {
    const criterion = criteria.get(entry.criterionId);
    if (criterion === undefined) {
      const known = rubric.criteria.map((c) => `"${c.id}"`).join(', ');
      throw invalid(`Unknown criterion "${entry.criterionId}" (the rubric has ${known}).`, [
        'scores',
        index,
        'criterionId',
      ]);
    }
    if (scored.has(criterion.id)) {
      throw invalid(`Criterion "${criterion.id}" is scored twice; score each criterion once.`, [
        'scores',
        index,
        'criterionId',
      ]);
    }
    if (!criterion.levels.some((level) => level.score === entry.score)) {
      const allowed = criterion.levels.map((level) => level.score).join(', ');
      throw invalid(`Score ${entry.score} is not a level of criterion "${criterion.id}" (levels: ${allowed}).`, [
        'scores',
        index,
        'score',
      ]);
    }
    scored.set(criterion.id, entry.score);
  }
  const missing = rubric.criteria.find((criterion) => !scored.has(criterion.id));
  if (missing !== undefined) {
    throw invalid(`Criterion "${missing.id}" is not scored; score every criterion of the rubric.`, ['scores']);
  }
  for (const [index, comment] of input.comments.entries()) {
    if (!(comment.atMs >= 0 && comment.atMs <= durationMs)) {
      throw invalid(`Comment at ${comment.atMs} ms is outside the recording (0 to ${durationMs} ms).`, [
        'comments',
        index,
        'atMs',
      ]);
    }
  }
  let earned = 0;
  let weights = 0;
  for (const criterion of rubric.criteria) {
    // The schema guarantees at least two levels in ascending order, so highest > lowest.
    const lowest = criterion.levels[0]!.score;
    const highest = criterion.levels.at(-1)!.score;
    earned += (criterion.weight * (scored.get(criterion.id)! - lowest)) / (highest - lowest);
    weights += criterion.weight;
  }
  // Mathematically within bounds already; the clamp only absorbs floating-point dust.
  const weightedTotal = Math.min(REVIEW_MAX_TOTAL, Math.max(0, (REVIEW_MAX_TOTAL * earned) / weights));
  return { weightedTotal, maxTotal: REVIEW_MAX_TOTAL };
}

/** Who reviews, and when. */
export interface ReviewAuthor {
  readonly coachId: string;
  /** Now, from the engine's clock. */
  readonly at: number;
}

/**
 * The stored review of a submitted recording: the input checked and scored by
 * {@link scoreReview}, with comments in time order (stable for equal times).
 *
 * @throws MindError `MIND_CONFLICT` unless the recording is `submitted`; the errors of
 *   {@link scoreReview}.
 */
export function createReview(rubric: Rubric, recording: Recording, input: ReviewInput, author: ReviewAuthor): Review {
  requireSubmitted(recording);
  const total = scoreReview(rubric, input, recording.durationMs ?? 0);
  return {
    scores: input.scores.map((entry) => ({ ...entry })),
    comments: [...input.comments].sort((a, b) => a.atMs - b.atMs).map((comment) => ({ ...comment })),
    feedback: input.feedback,
    recordingId: recording.id,
    coachId: author.coachId,
    at: author.at,
    weightedTotal: total.weightedTotal,
    maxTotal: total.maxTotal,
  };
}

function requireSubmitted(recording: Recording): void {
  if (recording.status !== 'submitted') {
    throw new MindError(
      'MIND_CONFLICT',
      `Recording "${recording.id}" is ${recording.status}; only a submitted recording can be reviewed, once.`,
      { path: ['status'] },
    );
  }
}

/**
 * Marks a submitted recording `reviewed` by `review`. A recording is reviewed once: a second
 * review is a conflict, so what peers may later see keeps the score its seller consented under.
 *
 * @throws MindError `MIND_CONFLICT` unless the recording is `submitted`; `MIND_INVALID_INPUT` when
 *   the review is about another recording.
 */
export function applyReview(recording: Recording, review: Review): Recording {
  if (review.recordingId !== recording.id) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `The review is of recording "${review.recordingId}", not "${recording.id}".`,
      {
        path: ['recordingId'],
      },
    );
  }
  requireSubmitted(recording);
  return { ...recording, status: 'reviewed' };
}
