import { attemptStatus, expireAttempt, finishAttempt } from '../challenge/attempt-result.js';
import { answerQuestion, showQuestion, startAttempt } from '../challenge/attempt.js';
import type { Attempt } from '../challenge/attempt.schema.js';
import { challengeSummary } from '../challenge/challenge-summary.js';
import type { Challenge } from '../challenge/challenge.schema.js';
import { countedScore } from '../challenge/counted-score.js';
import { redactAttempt, type AttemptView } from '../challenge/redact.js';
import { ConfidenceSchema, type Confidence } from '../challenge/scoring.schema.js';
import { isTargeted } from '../challenge/targeting.schema.js';
import { MindError } from '../errors/mind-error.js';
import type { AnswerOptions, AnswerOutcome, ChallengeListing, FinishedAttempt } from '../api/mindshare-api.js';
import type { BatchOperation } from '../storage/storage-adapter.js';
import type { EngineContext } from './engine-context.js';
import { newId, requireId, withoutUndefined } from './engine-input.js';
import { COLLECTIONS } from './engine-schema.js';
import { scoreWrite, viewerScopes } from './leaderboard-operations.js';
import { learningWrites } from './learning-records.js';

/** The stored record of a challenge as an attempt began it. */
interface ChallengeSnapshot {
  readonly challengeId: string;
  readonly packVersion: string;
  readonly challenge: Challenge;
}

function challengeOf(context: EngineContext, challengeId: unknown): Challenge {
  const id = requireId(challengeId, 'challengeId');
  const challenge = context.challenges.get(id);
  if (!challenge) throw new MindError('MIND_NOT_FOUND', `No challenge "${id}" in content pack "${context.pack.id}".`);
  return challenge;
}

function targetsViewer(context: EngineContext, challenge: Challenge): boolean {
  const { viewer } = context;
  return isTargeted(
    challenge.targeting,
    withoutUndefined({ tier: viewer.tierId, partnerId: viewer.partnerId, role: viewer.role, region: viewer.region }),
  );
}

async function attemptsOf(context: EngineContext, sellerId: string, challengeId: string): Promise<Attempt[]> {
  const attempts = await context.storage.query<Attempt>(COLLECTIONS.attempts, {
    index: 'bySellerChallenge',
    range: { only: [sellerId, challengeId] },
  });
  const now = context.now();
  return attempts.map((attempt) => expireAttempt(attempt, now));
}

/** The viewer's own attempt, with the challenge it began with (the snapshot, across republishes). */
async function ownAttempt(
  context: EngineContext,
  attemptId: unknown,
): Promise<{ attempt: Attempt; challenge: Challenge }> {
  const id = requireId(attemptId, 'attemptId');
  const attempt = await context.storage.get<Attempt>(COLLECTIONS.attempts, id);
  if (!attempt) throw new MindError('MIND_NOT_FOUND', `No attempt "${id}".`);
  if (attempt.sellerId !== context.viewer.id) {
    throw new MindError('MIND_FORBIDDEN', `Attempt "${id}" belongs to another seller.`);
  }
  const current = context.challenges.get(attempt.challengeId);
  if (current && attempt.packVersion === context.pack.version) return { attempt, challenge: current };
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
  return { attempt, challenge: snapshot.challenge };
}

/** Challenges the viewer can see: those targeting them (all of them for coaches and managers). */
export async function listChallenges(context: EngineContext): Promise<ChallengeListing[]> {
  const now = context.now();
  const listings: ChallengeListing[] = [];
  for (const challenge of context.challenges.values()) {
    const targeted = targetsViewer(context, challenge);
    if (!targeted && context.viewer.role === 'seller') continue;
    const attempts = await attemptsOf(context, context.viewer.id, challenge.id);
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
export async function startChallenge(context: EngineContext, challengeId: unknown): Promise<AttemptView> {
  const challenge = challengeOf(context, challengeId);
  if (!targetsViewer(context, challenge)) {
    throw new MindError('MIND_FORBIDDEN', `Challenge "${challenge.id}" is not open to you: it targets other sellers.`);
  }
  const now = context.now();
  const previous = await attemptsOf(context, context.viewer.id, challenge.id);
  const running = previous.find((attempt) => attemptStatus(attempt, now) === 'in-progress');
  if (running) return redactAttempt(running, challenge);
  const attempt = startAttempt(challenge, {
    attemptId: newId(context, 'attempt'),
    sellerId: context.viewer.id,
    packVersion: context.pack.version,
    seed: newId(context, 'seed'),
    now,
    previousAttempts: previous,
  });
  const snapshot: ChallengeSnapshot = { challengeId: challenge.id, packVersion: context.pack.version, challenge };
  // Expired attempts are closed in the same batch, so the store agrees with what the engine saw.
  const expired = previous.filter((old) => old.status === 'expired');
  await context.write(
    [
      { type: 'put', collection: COLLECTIONS.challengeSnapshots, value: snapshot },
      ...expired.map((value): BatchOperation => ({ type: 'put', collection: COLLECTIONS.attempts, value })),
      { type: 'add', collection: COLLECTIONS.attempts, value: attempt },
    ],
    ['challenges'],
  );
  return redactAttempt(attempt, challenge);
}

/** Reads one of the viewer's attempts. */
export async function readAttempt(context: EngineContext, attemptId: unknown): Promise<AttemptView> {
  const { attempt, challenge } = await ownAttempt(context, attemptId);
  return redactAttempt(expireAttempt(attempt, context.now()), challenge);
}

/** Records when a question was shown (its own timer). */
export async function markQuestionShown(
  context: EngineContext,
  attemptId: unknown,
  questionId: unknown,
): Promise<void> {
  const { attempt, challenge } = await ownAttempt(context, attemptId);
  const next = showQuestion(attempt, challenge, requireId(questionId, 'questionId'), { now: context.now() });
  if (next !== attempt)
    await context.write([{ type: 'put', collection: COLLECTIONS.attempts, value: next }], ['challenges']);
}

/** Parses the answer options of the API. */
export function confidenceOf(options: AnswerOptions | undefined): Confidence | undefined {
  if (options === undefined || options.confidence === undefined) return undefined;
  const parsed = ConfidenceSchema.safeParse(options.confidence);
  if (!parsed.success) {
    throw new MindError('MIND_INVALID_INPUT', 'confidence must be "sure" or "unsure".', { path: ['confidence'] });
  }
  return parsed.data;
}

/** Scores one answer and writes it with its mastery and spaced-repetition state in one batch. */
export async function answerChallenge(
  context: EngineContext,
  attemptId: unknown,
  questionId: unknown,
  response: unknown,
  options: AnswerOptions | undefined,
): Promise<AnswerOutcome> {
  const { attempt, challenge } = await ownAttempt(context, attemptId);
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
    [{ type: 'put', collection: COLLECTIONS.attempts, value: next }, ...derived],
    ['challenges', 'mastery', 'feed'],
  );
  return { status: 'scored', ...verdict };
}

/** Closes an attempt, recomputes the seller's counted score and moves them on the leaderboard. */
export async function finishChallenge(context: EngineContext, attemptId: unknown): Promise<FinishedAttempt> {
  const { attempt, challenge } = await ownAttempt(context, attemptId);
  const now = context.now();
  const { attempt: closed, result } = finishAttempt(attempt, challenge, { now });
  const others = (await attemptsOf(context, attempt.sellerId, attempt.challengeId)).filter(
    (other) => other.id !== closed.id,
  );
  const counted = countedScore([...others, closed], challenge.attempts.counts);
  const board = context.boards.get(challenge.id);
  const previousRank = board?.board({ scope: 'global' })?.rank(attempt.sellerId);
  const operations: BatchOperation[] = [{ type: 'put', collection: COLLECTIONS.attempts, value: closed }];
  if (counted) operations.push(scoreWrite(challenge.id, attempt.sellerId, counted));
  await context.write(operations, ['challenges', 'leaderboard']);
  if (counted) {
    context.boards
      .get(challenge.id)
      ?.upsert(
        { sellerId: attempt.sellerId, score: counted.score, completedAt: counted.finishedAt },
        viewerScopes(context, attempt.sellerId),
      );
  }
  const rank = context.boards.get(challenge.id)?.board({ scope: 'global' })?.rank(attempt.sellerId);
  return { ...result, rank, previousRank, counted: counted?.attemptId === closed.id };
}
