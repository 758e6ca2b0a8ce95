import { attemptStatus, expireAttempt } from '../challenge/attempt-result.js';
import type { Attempt } from '../challenge/attempt.schema.js';
import { challengeSummary } from '../challenge/challenge-summary.js';
import type { Challenge } from '../challenge/challenge.schema.js';
import { countedScore } from '../challenge/counted-score.js';
import { ConfidenceSchema, type Confidence } from '../challenge/scoring.schema.js';
import { MindError, isMindError } from '../errors/mind-error.js';
import type { AnswerOptions, ChallengeListing } from '../api/mindshare-api.js';
import type { BatchOperation } from '../storage/storage-adapter.js';
import type { EngineContext } from './engine-context.js';
import { optionField } from './engine-input.js';
import { targetsViewer } from './viewer-targeting.js';
import { COLLECTIONS } from './engine-schema.js';
import { rankSeller, scoreWrite } from './score-records.js';

// What every page of the engine needs of challenges: the listing, and closing the attempts that
// ran out of time while no page was open (on open). The attempt flow of a quiz (start, reveal,
// answer, finish) is attempt-operations.ts, loaded on first use: a coach's or a manager's page
// never runs it.

/**
 * The claim of one change of a record that tabs and processes may change at once (an attempt, a
 * take in progress), written with `add` in `attemptSteps` beside the change: of two changes made
 * from the same state, the second fails with `MIND_CONFLICT`.
 */
export function changeClaim(id: string, sellerId: string, step: string): BatchOperation {
  return { type: 'add', collection: COLLECTIONS.attemptSteps, value: { attemptId: id, sellerId, step } };
}

/** Runs `operation` again (it re-reads storage) when another tab changed the same records first. */
export async function retryOnConflict<T>(operation: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= 3 || !isMindError(error, 'MIND_CONFLICT')) throw error;
    }
  }
}

/** A seller's attempts at a challenge as the engine sees them now, and those that just ran out of time. */
export interface SellerAttempts {
  /** Attempts past their deadline are `expired` here, whatever storage still says. */
  readonly attempts: Attempt[];
  /** Attempts stored as in progress whose deadline has passed: to be closed in the next write. */
  readonly expiredNow: Attempt[];
}

export async function attemptsOf(
  context: EngineContext,
  sellerId: string,
  challengeId: string,
): Promise<SellerAttempts> {
  const stored = await context.storage.query<Attempt>(COLLECTIONS.attempts, {
    index: 'bySellerChallenge',
    range: { only: [sellerId, challengeId] },
  });
  const now = context.now();
  const attempts = stored.map((attempt) => expireAttempt(attempt, now));
  return { attempts, expiredNow: attempts.filter((attempt, index) => attempt !== stored[index]) };
}

/**
 * The writes that close the viewer's attempts that ran out of time (what was answered in time counts) with
 * the seller's counted score, and the board update to run once they are committed: an attempt
 * abandoned in a closed tab is ranked like a finished one.
 */
export function closeExpired(
  context: EngineContext,
  challenge: Challenge,
  { attempts, expiredNow }: SellerAttempts,
): { operations: BatchOperation[]; committed: () => void | Promise<void> } {
  const operations: BatchOperation[] = expiredNow.map((value) => ({
    type: 'put',
    collection: COLLECTIONS.attempts,
    value,
  }));
  const counted = expiredNow.length > 0 ? countedScore(attempts, challenge.attempts.counts) : undefined;
  if (!counted) return { operations, committed: () => {} };
  operations.push(scoreWrite(challenge.id, context.viewer, counted));
  return { operations, committed: () => rankSeller(context, challenge.id, context.viewer, counted) };
}

/** Challenges the viewer can see: those targeting them (all of them for coaches and managers). */
export async function listChallenges(context: EngineContext): Promise<ChallengeListing[]> {
  const now = context.now();
  const listings: ChallengeListing[] = [];
  for (const challenge of context.challenges.values()) {
    const targeted = targetsViewer(context, challenge);
    if (!targeted && context.viewer.role === 'seller') continue;
    const { attempts } = await attemptsOf(context, context.viewer.id, challenge.id);
    const summary = challengeSummary(challenge);
    const opensAt = summary.opensAt ?? 0;
    const closesAt = summary.closesAt ?? 0;
    const running = attempts.find((attempt) => attemptStatus(attempt, now) === 'in-progress');
    listings.push({
      ...summary,
      opensAt,
      closesAt,
      status: now < opensAt ? 'upcoming' : now < closesAt ? 'open' : 'closed',
      targeted,
      attemptsUsed: attempts.length,
      runningAttemptId: running?.id,
      countedScore: countedScore(attempts, challenge.attempts.counts)?.score,
      scopes: challenge.leaderboard.scopes,
      confidence: challenge.scoring.confidence !== undefined,
    });
  }
  const order = { open: 0, upcoming: 1, closed: 2 } as const;
  return listings.sort((a, b) => order[a.status] - order[b.status] || a.opensAt - b.opensAt || (a.id < b.id ? -1 : 1));
}

/** Closes the viewer's attempts that ran out of time while no page was open (on open). */
export async function closeExpiredAttempts(context: EngineContext): Promise<void> {
  for (const challenge of context.challenges.values()) {
    const seller = await attemptsOf(context, context.viewer.id, challenge.id);
    if (seller.expiredNow.length === 0) continue;
    const closing = closeExpired(context, challenge, seller);
    await context.write(closing.operations, ['challenges', 'leaderboard'], closing.committed);
  }
}

/** Parses the answer options of the API. */
export function confidenceOf(options: AnswerOptions | null | undefined): Confidence | undefined {
  const confidence = optionField(options, 'confidence', '{ confidence: "sure" }');
  if (confidence === undefined) return undefined;
  const parsed = ConfidenceSchema.safeParse(confidence);
  if (!parsed.success) {
    throw new MindError('MIND_INVALID_INPUT', 'confidence must be "sure" or "unsure".', { path: ['confidence'] });
  }
  return parsed.data;
}
