import { attemptStatus, expireAttempt, finishAttempt } from '../challenge/attempt-result.js';
import { answerQuestion, showQuestion, startAttempt } from '../challenge/attempt.js';
import type { Attempt } from '../challenge/attempt.schema.js';
import { challengeSummary } from '../challenge/challenge-summary.js';
import type { Challenge } from '../challenge/challenge.schema.js';
import { countedScore } from '../challenge/counted-score.js';
import { redactAttempt, redactQuestion, type AttemptView } from '../challenge/redact.js';
import type { RedactedQuestion } from '../challenge/redacted-question.schema.js';
import { ConfidenceSchema, type Confidence } from '../challenge/scoring.schema.js';
import { MindError, isMindError } from '../errors/mind-error.js';
import type { AnswerOptions, AnswerOutcome, ChallengeListing, FinishedAttempt } from '../api/mindshare-api.js';
import type { BatchOperation } from '../storage/storage-adapter.js';
import type { EngineContext } from './engine-context.js';
import { newId, requireId } from './engine-input.js';
import { targetsViewer } from './viewer-targeting.js';
import { COLLECTIONS } from './engine-schema.js';
import { rankSeller, scoreWrite } from './score-records.js';
import { learningWrites } from './learning-records.js';

import type { ChallengeSnapshot } from './stored-records.schema.js';

function challengeOf(context: EngineContext, challengeId: unknown): Challenge {
  const id = requireId(challengeId, 'challengeId');
  const challenge = context.challenges.get(id);
  if (!challenge) throw new MindError('MIND_NOT_FOUND', `No challenge "${id}" in content pack "${context.pack.id}".`);
  return challenge;
}

/**
 * The claim that goes with a change of `attempt` from the state it was read in (its answers, status
 * and revealed questions). Another tab or process that changed the attempt from the same state
 * holds the claim already, so this batch fails with `MIND_CONFLICT` instead of overwriting that
 * change (see {@link retryOnConflict}): a reveal cannot erase an answer, nor an answer a reveal.
 */
function stepClaim(attempt: Attempt): BatchOperation {
  const shown = Object.keys(attempt.shownAt).length;
  return changeClaim(attempt.id, attempt.sellerId, `after-${attempt.answers.length}-${attempt.status}-${shown}`);
}

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
interface SellerAttempts {
  /** Attempts past their deadline are `expired` here, whatever storage still says. */
  readonly attempts: Attempt[];
  /** Attempts stored as in progress whose deadline has passed: to be closed in the next write. */
  readonly expiredNow: Attempt[];
}

async function attemptsOf(context: EngineContext, sellerId: string, challengeId: string): Promise<SellerAttempts> {
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
function closeExpired(
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

/**
 * The viewer's own attempt, with the challenge it began with (the snapshot, across republishes).
 * `attempt` carries the reveals this tab keeps in memory; `claim` is the change claim of the
 * record as stored, which every tab computes alike whatever it keeps in memory.
 */
async function ownAttempt(
  context: EngineContext,
  attemptId: unknown,
): Promise<{ attempt: Attempt; challenge: Challenge; claim: BatchOperation }> {
  const id = requireId(attemptId, 'attemptId');
  const stored = await context.storage.get<Attempt>(COLLECTIONS.attempts, id);
  if (!stored) throw new MindError('MIND_NOT_FOUND', `No attempt "${id}".`);
  // Times shown but not written yet (questionTimes: 'memory') go with the next write of the attempt.
  const shown = context.host.shownInMemory?.get(id);
  const attempt = shown ? { ...stored, shownAt: { ...shown, ...stored.shownAt } } : stored;
  if (attempt.sellerId !== context.viewer.id) {
    throw new MindError('MIND_FORBIDDEN', `Attempt "${id}" belongs to another seller.`);
  }
  const current = context.challenges.get(attempt.challengeId);
  const claim = stepClaim(stored);
  if (current && attempt.packVersion === context.pack.version) return { attempt, challenge: current, claim };
  const snapshot = await context.storage.get<ChallengeSnapshot>(COLLECTIONS.challengeSnapshots, [
    attempt.challengeId,
    attempt.packVersion,
  ]);
  if (!snapshot) {
    throw new MindError(
      'MIND_NOT_FOUND',
      `Challenge "${attempt.challengeId}" of pack version ${attempt.packVersion} is gone.`,
    );
  }
  return { attempt, challenge: snapshot.challenge, claim };
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

/** Starts an attempt, or resumes the one still running. */
export function startChallenge(context: EngineContext, challengeId: unknown): Promise<AttemptView> {
  return context.exclusive(() =>
    retryOnConflict(async () => {
      const challenge = challengeOf(context, challengeId);
      if (!targetsViewer(context, challenge)) {
        throw new MindError(
          'MIND_FORBIDDEN',
          `Challenge "${challenge.id}" is not open to you: it targets other sellers.`,
        );
      }
      const now = context.now();
      const seller = await attemptsOf(context, context.viewer.id, challenge.id);
      const running = seller.attempts.find((attempt) => attemptStatus(attempt, now) === 'in-progress');
      if (running) return redactAttempt(running, challenge);
      const attempt = startAttempt(challenge, {
        // Numbered per seller and challenge and written with `add`: two tabs starting at once cannot
        // both create attempt n, so the attempt limit holds across tabs too.
        attemptId: `${challenge.id}.${seller.attempts.length + 1}.${context.viewer.id}`,
        sellerId: context.viewer.id,
        packVersion: context.pack.version,
        seed: newId(context, 'seed'),
        now,
        previousAttempts: seller.attempts,
      });
      const snapshot: ChallengeSnapshot = { challengeId: challenge.id, packVersion: context.pack.version, challenge };
      const closing = closeExpired(context, challenge, seller);
      await context.write(
        [
          { type: 'put', collection: COLLECTIONS.challengeSnapshots, value: snapshot },
          ...closing.operations,
          { type: 'add', collection: COLLECTIONS.attempts, value: attempt },
        ],
        closing.operations.length > 0 ? ['challenges', 'leaderboard'] : ['challenges'],
        closing.committed,
      );
      return redactAttempt(attempt, challenge);
    }),
  );
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

/** Reads one of the viewer's attempts. */
export async function readAttempt(context: EngineContext, attemptId: unknown): Promise<AttemptView> {
  const { attempt, challenge } = await ownAttempt(context, attemptId);
  return redactAttempt(expireAttempt(attempt, context.now()), challenge);
}

/**
 * Reveals a question of the viewer's running attempt and starts its own clock, on the engine's
 * time. The reveal is written before the text is returned (unless `questionTimes: 'memory'`, for
 * one device), so neither a reload nor another process can restart the clock.
 */
export function markQuestionShown(
  context: EngineContext,
  attemptId: unknown,
  questionId: unknown,
): Promise<RedactedQuestion> {
  return context.exclusive(() =>
    retryOnConflict(async () => {
      const { attempt, challenge, claim } = await ownAttempt(context, attemptId);
      const id = requireId(questionId, 'questionId');
      const next = showQuestion(attempt, challenge, id, { now: context.now() });
      const question = challenge.questions.find((candidate) => candidate.id === id)!;
      const answered = next.answers.some((answer) => answer.questionId === id);
      const revealed = redactQuestion(
        question,
        challenge.scoring,
        attempt.choiceOrder[id],
        answered ? undefined : next.shownAt[id],
      );
      if (next === attempt) return revealed;
      const inMemory = context.host.shownInMemory;
      if (inMemory) inMemory.set(attempt.id, next.shownAt);
      else {
        await context.write([claim, { type: 'put', collection: COLLECTIONS.attempts, value: next }], ['challenges']);
      }
      return revealed;
    }),
  );
}

/** Parses the answer options of the API. */
export function confidenceOf(options: AnswerOptions | null | undefined): Confidence | undefined {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== 'object') {
    throw new MindError('MIND_INVALID_INPUT', 'options must be an object such as { confidence: "sure" }.', {
      path: ['options'],
    });
  }
  if (options.confidence === undefined) return undefined;
  const parsed = ConfidenceSchema.safeParse(options.confidence);
  if (!parsed.success) {
    throw new MindError('MIND_INVALID_INPUT', 'confidence must be "sure" or "unsure".', { path: ['confidence'] });
  }
  return parsed.data;
}

/** Scores one answer and writes it with its mastery and spaced-repetition state in one batch. */
export function answerChallenge(
  context: EngineContext,
  attemptId: unknown,
  questionId: unknown,
  response: unknown,
  options: AnswerOptions | undefined,
): Promise<AnswerOutcome> {
  return context.exclusive(() =>
    retryOnConflict(async () => {
      const { attempt, challenge, claim } = await ownAttempt(context, attemptId);
      const id = requireId(questionId, 'questionId');
      const confidence = confidenceOf(options);
      const now = context.now();
      const { attempt: next, verdict } = answerQuestion(attempt, challenge, id, response, { now, confidence });
      const question = challenge.questions.find((candidate) => candidate.id === id)!;
      const derived = await learningWrites(context, {
        sellerId: attempt.sellerId,
        question,
        credit: verdict.credit,
        correct: verdict.correct,
        confidence,
        at: now,
      });
      await context.write(
        [claim, { type: 'put', collection: COLLECTIONS.attempts, value: next }, ...derived],
        ['challenges', 'mastery', 'feed'],
      );
      return { status: 'scored', ...verdict };
    }),
  );
}

/** Closes an attempt, recomputes the seller's counted score and moves them on the leaderboard. */
export function finishChallenge(context: EngineContext, attemptId: unknown): Promise<FinishedAttempt> {
  return context.exclusive(() =>
    retryOnConflict(async () => {
      const { attempt, challenge, claim } = await ownAttempt(context, attemptId);
      const now = context.now();
      const { attempt: closed, result } = finishAttempt(attempt, challenge, { now });
      const seller = await attemptsOf(context, attempt.sellerId, attempt.challengeId);
      const others = seller.attempts.filter((other) => other.id !== closed.id);
      const counted = countedScore([...others, closed], challenge.attempts.counts);
      // The result tells the rank before and after; boards that cannot load now (the leaderboard
      // code offline, a failed read) must not keep the attempt from closing: the ranks are then
      // unknown, and the boards read the stored score when they next build.
      const boards = await context.host.loadBoards().catch(() => undefined);
      const rank = () => boards?.rank(challenge.id, attempt.sellerId).catch(() => undefined);
      const previousRank = await rank();
      const operations: BatchOperation[] = [
        ...seller.expiredNow
          .filter((other) => other.id !== closed.id)
          .flatMap((value): BatchOperation[] => [
            stepClaim({ ...value, status: 'in-progress' }),
            { type: 'put', collection: COLLECTIONS.attempts, value },
          ]),
        claim,
        { type: 'put', collection: COLLECTIONS.attempts, value: closed },
      ];
      // ownAttempt made sure the attempt is the viewer's: their role is the scorer's.
      if (counted) operations.push(scoreWrite(challenge.id, context.viewer, counted));
      await context.write(operations, ['challenges', 'leaderboard'], () =>
        counted ? rankSeller(context, challenge.id, context.viewer, counted) : undefined,
      );
      context.host.shownInMemory?.delete(attempt.id); // written with the closed attempt
      return {
        ...result,
        rank: await rank(),
        previousRank,
        counted: counted?.attemptId === closed.id,
      };
    }),
  );
}
