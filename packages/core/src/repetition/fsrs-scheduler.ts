import { MindError } from '../errors/mind-error.js';
import type { RepetitionRating, RepetitionState } from './repetition-state.schema.js';

/*
 * FSRS-6, the one slice of it Mindshare uses, written out here instead of depending on ts-fsrs.
 *
 * Why our own: size. The CDN's lazy chunks share a 25 KiB gzip budget, and ts-fsrs 5.4.2 took 7 KiB
 * of it for classes, fuzz, learning-step strategies and rescheduling that we never call. This file
 * does exactly what `fsrs({ enable_fuzz: false, enable_short_term: false })` of ts-fsrs 5.4.2 does
 * with the grades again, hard and good: same default weights, retention and maximum interval, same
 * rounding to 8 decimals, same interval rules, so states stored before keep their schedules.
 * ts-fsrs stays a devDependency: `fsrs-scheduler.test.ts` checks that both give identical results
 * on random review histories. Change this file only together with that test.
 *
 * What ts-fsrs does with short-term scheduling off, replicated here:
 * - every review, the first one included, leaves the card in the `review` phase with no learning
 *   steps and a whole number of days to wait, at least 1;
 * - the days since the last review are counted in UTC calendar days (23:59 → 00:01 is one day,
 *   00:01 → 23:59 the same day is none), and a same-day review gets no short-term stability: its
 *   recall probability counts as 1, so hard or good keep the stability, again still lapses;
 * - the hard interval is at least a day longer than again and good a day longer than hard, even
 *   past the 36 500-day maximum interval (which stability, capped at 36 500, never exceeds alone);
 * - again counts a lapse, except on a card never reviewed before.
 */

/** FSRS-6 default weights w0…w20, as in ts-fsrs 5.4.2 (`default_w`); w20 is the decay. */
export const FSRS_WEIGHTS = [
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483,
  0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
] as const;

/** Recall probability the intervals aim at (ts-fsrs's default `request_retention`). */
export const FSRS_REQUEST_RETENTION = 0.9;

/** The longest interval in days (ts-fsrs's default `maximum_interval`). */
export const FSRS_MAXIMUM_INTERVAL = 36_500;

/** The card fields of a {@link RepetitionState}: what FSRS reads and writes. */
export type FsrsCard = Pick<
  RepetitionState,
  'due' | 'stability' | 'difficulty' | 'scheduledDays' | 'learningSteps' | 'reps' | 'lapses' | 'phase' | 'lastReviewAt'
>;

const W = FSRS_WEIGHTS;
const DAY = 86_400_000;
const S_MIN = 0.001;
const S_MAX = 36_500;
const GRADES: Record<RepetitionRating, 1 | 2 | 3> = { again: 1, hard: 2, good: 3 };

const round8 = (x: number): number => Math.round(x * 1e8) / 1e8;
const clamp = (x: number, min: number, max: number): number => Math.min(Math.max(x, min), max);
/** Epoch ms as a Date would hold it (ts-fsrs goes through Dates, which drop fractions of a ms). */
const ms = Math.trunc;
/** Days since the epoch of the UTC calendar day holding `time`. */
const utcDay = (time: number): number => Math.floor(ms(time) / DAY);

const DECAY = -W[20];
const FACTOR = round8(Math.exp(Math.pow(DECAY, -1) * Math.log(0.9)) - 1);
const INTERVAL_MODIFIER = round8((Math.pow(FSRS_REQUEST_RETENTION, 1 / DECAY) - 1) / FACTOR);

/** Probability of recall `t` days after a review that left stability `s`. */
const forgettingCurve = (t: number, s: number): number => round8(Math.pow(1 + (FACTOR * t) / s, DECAY));

const initDifficulty = (g: number): number => round8(W[4] - Math.exp((g - 1) * W[5]) + 1);

interface Memory {
  readonly difficulty: number;
  readonly stability: number;
}

/** Stability after a successful recall (`hard` pays FSRS's hard penalty w15). */
const recallStability = (d: number, s: number, r: number, g: 2 | 3): number =>
  round8(
    clamp(
      s *
        (1 + Math.exp(W[8]) * (11 - d) * Math.pow(s, -W[9]) * (Math.exp((1 - r) * W[10]) - 1) * (g === 2 ? W[15] : 1)),
      S_MIN,
      S_MAX,
    ),
  );

/** Stability after a lapse: FSRS's post-lapse stability, never above the stability before. */
const forgetStability = (d: number, s: number, r: number): number =>
  Math.min(
    Math.max(round8(s), S_MIN),
    round8(clamp(W[11] * Math.pow(d, -W[12]) * (Math.pow(s + 1, W[13]) - 1) * Math.exp((1 - r) * W[14]), S_MIN, S_MAX)),
  );

/** Linear damping (steps shrink near 10), then mean reversion towards the initial difficulty of `easy`. */
const nextDifficulty = (d: number, g: number): number =>
  clamp(round8(W[7] * initDifficulty(4) + (1 - W[7]) * (d + round8((-W[6] * (g - 3) * (10 - d)) / 9))), 1, 10);

/**
 * Difficulty and stability after grade `g` (1 again, 2 hard, 3 good) at recall probability `r`,
 * from difficulty `d` and stability `s`, both 0 for a card never reviewed.
 */
function nextMemory(d: number, s: number, r: number, g: 1 | 2 | 3): Memory {
  if (d === 0 && s === 0) return { difficulty: clamp(initDifficulty(g), 1, 10), stability: Math.max(W[g - 1]!, 0.1) };
  return {
    difficulty: nextDifficulty(d, g),
    stability: g === 1 ? forgetStability(d, s, r) : recallStability(d, s, r, g),
  };
}

/** Whole days until the next review at stability `s`: the request retention's interval, rounded. */
const interval = (s: number): number => Math.min(Math.max(1, Math.round(s * INTERVAL_MODIFIER)), FSRS_MAXIMUM_INTERVAL);

/**
 * The card after a review graded `rating` at `at` (epoch ms), from `card`, or from a new card when
 * `undefined`. Pure: the same card, time and rating always give the same result.
 *
 * @throws {MindError} `MIND_INVALID_INPUT` when `at` falls on a UTC day before the card's last
 *   review, or the card's difficulty or stability is out of FSRS's range (a corrupted record).
 */
export function scheduleReview(card: FsrsCard | undefined, at: number, rating: RepetitionRating): FsrsCard {
  const now = ms(at);
  const isNew = card === undefined || card.phase === 'new';
  const d = card?.difficulty ?? 0;
  const s = card?.stability ?? 0;
  const t = isNew ? 0 : utcDay(now) - utcDay(card.lastReviewAt);
  if (t < 0 || ((d !== 0 || s !== 0) && (d < 1 || s < S_MIN))) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `cannot schedule a review ${t} days after the last one from difficulty ${d} and stability ${s}: ` +
        'reviews go in time order, and a card has difficulty >= 1 and stability >= 0.001 (or both 0 when new)',
    );
  }
  const r = forgettingCurve(t, s);
  const g = GRADES[rating];
  // Whatever the grade, the again and hard intervals are needed: each grade's interval is kept at
  // least one day above the one before.
  const again = nextMemory(d, s, r, 1);
  const hard = nextMemory(d, s, r, 2);
  const againDays = Math.min(interval(again.stability), interval(hard.stability));
  const hardDays = Math.max(interval(hard.stability), againDays + 1);
  const memory = g === 1 ? again : g === 2 ? hard : nextMemory(d, s, r, 3);
  const days = g === 1 ? againDays : g === 2 ? hardDays : Math.max(interval(memory.stability), hardDays + 1);
  return {
    due: now + days * DAY,
    stability: memory.stability,
    difficulty: memory.difficulty,
    scheduledDays: days,
    learningSteps: 0,
    reps: (card?.reps ?? 0) + 1,
    lapses: (card?.lapses ?? 0) + (g === 1 && !isNew ? 1 : 0),
    phase: 'review',
    lastReviewAt: now,
  };
}

/**
 * FSRS's probability, in [0, 1], that the card is recalled at `now` (epoch ms), as ts-fsrs's
 * `get_retrievability` gives it: elapsed time in whole 24-hour periods since the last review (not
 * calendar days, unlike scheduling), none before it; 0 for a card never reviewed.
 */
export function recallProbability(card: FsrsCard, now: number): number {
  if (card.phase === 'new') return 0;
  const t = Math.max(Math.floor((ms(now) - ms(card.lastReviewAt)) / DAY), 0);
  return forgettingCurve(t, +card.stability.toFixed(8));
}
