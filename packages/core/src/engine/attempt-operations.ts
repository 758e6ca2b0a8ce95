import { expireAttempt, finishAttempt, attemptStatus } from '../challenge/attempt-result.js';
import { answerQuestion, showQuestion, startAttempt } from '../challenge/attempt.js';
import type { Attempt } from '../challenge/attempt.schema.js';
import type { Challenge } from '../challenge/challenge.schema.js';
import { countedScore } from '../challenge/counted-score.js';
import { redactAttempt, redactQuestion, type AttemptView } from '../challenge/redact.js';
import type { RedactedQuestion } from '../challenge/redacted-question.schema.js';
import { MindError } from '../errors/mind-error.js';
import type {
  AnswerOptions,
  AnswerOutcome,
  FinishedAttempt,
  MindshareChange,
  StartAttemptOptions,
} from '../api/mindshare-api.js';
import type { BatchOperation } from '../storage/storage-adapter.js';
import { attemptsOf, changeClaim, closeExpired, confidenceOf, retryOnConflict } from './challenge-operations.js';
import type { EngineContext } from './engine-context.js';
import { newId, optionField, requireId } from './engine-input.js';
import { targetsViewer } from './viewer-targeting.js';
import { COLLECTIONS } from './engine-schema.js';
import { rankSeller, scoreWrite } from './score-records.js';
import { activityWrites, countsActivity, noteFinishRank } from './engagement-records.js';
import { learningWrites } from './learning-records.js';
import type { ChallengeSnapshot } from './stored-records.schema.js';
import { scorePercent } from '../certification/certification-record.js';
import { certificationWrites } from './certification-records.js';

// The attempt flow of a quiz: start, reveal a question, answer, finish, read an attempt. Loaded on
// first use by the API object (a quiz lists the challenges first, which starts loading it), so
// only a page that runs a quiz pays for it, with the scoring, redaction and learning records it
// brings.

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

/** Whether {@link startChallenge}'s options ask to reveal the next question; refuses anything else. */
function revealsNext(options: StartAttemptOptions | null | undefined): boolean {
  const reveal = optionField(options, 'reveal', '{ reveal: "next" }');
  if (reveal === undefined) return false;
  if (reveal !== 'next') {
    throw new MindError('MIND_INVALID_INPUT', 'reveal must be "next".', { path: ['reveal'] });
  }
  return true;
}

/** The question the seller answers next: the first of the attempt's order not answered yet. */
const nextQuestion = (attempt: Attempt): string | undefined =>
  attempt.questionIds.find((id) => !attempt.answers.some((answer) => answer.questionId === id));

/** Starts an attempt, or resumes the one still running; with `reveal: 'next'`, reveals its next question too. */
export async function startChallenge(
  context: EngineContext,
  challengeId: unknown,
  options?: StartAttemptOptions,
): Promise<AttemptView> {
  const reveal = revealsNext(options);
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
      if (running) {
        const next = reveal ? nextQuestion(running) : undefined;
        if (next === undefined) return redactAttempt(running, challenge);
        const revealed = await revealQuestion(context, running.id, next);
        return redactAttempt(revealed.attempt, revealed.challenge);
      }
      const started = startAttempt(challenge, {
        // Numbered per seller and challenge and written with `add`: two tabs starting at once cannot
        // both create attempt n, so the attempt limit holds across tabs too.
        attemptId: `${challenge.id}.${seller.attempts.length + 1}.${context.viewer.id}`,
        sellerId: context.viewer.id,
        packVersion: context.pack.version,
        seed: newId(context, 'seed'),
        now,
        previousAttempts: seller.attempts,
      });
      // Revealed in the same write as the start: its clock runs from now, as the seller sees it.
      const first = reveal ? nextQuestion(started) : undefined;
      const attempt = first === undefined ? started : showQuestion(started, challenge, first, { now });
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
    retryOnConflict(async () => (await revealQuestion(context, attemptId, questionId)).question),
  );
}

/**
 * {@link markQuestionShown}'s reveal, for a caller that holds the context's exclusive turn already:
 * the question, and the attempt as it now stands with the challenge it began with.
 */
async function revealQuestion(
  context: EngineContext,
  attemptId: unknown,
  questionId: unknown,
): Promise<{ question: RedactedQuestion; attempt: Attempt; challenge: Challenge }> {
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
  const result = { question: revealed, attempt: next, challenge };
  if (next === attempt) return result;
  const inMemory = context.host.shownInMemory;
  if (inMemory) inMemory.set(attempt.id, next.shownAt);
  else {
    await context.write([claim, { type: 'put', collection: COLLECTIONS.attempts, value: next }], ['challenges']);
  }
  return result;
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
      const boards = await import('./leaderboards.js')
        .then(({ boardCode }) => context.host.loadBoards(boardCode))
        .catch(() => undefined);
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
      const certifying = await certificationWrites(context, attempt.sellerId, {
        challengeId: challenge.id,
        percent: scorePercent(result.total, result.max),
        at: result.finishedAt,
      });
      operations.push(...certifying.operations);
      // Finishing a challenge counts once per challenge (engagement, apart from the score).
      const activity = await activityWrites(context, [{ kind: 'challenge-finished', subjectId: challenge.id }], now);
      const engaged = countsActivity(activity);
      const areas: MindshareChange['areas'] = [
        'challenges',
        'leaderboard',
        ...(certifying.operations.length > 0 ? (['certifications', 'feed'] as const) : []), // the feed's reminders
        ...(engaged ? (['engagement'] as const) : []),
      ];
      await context.write([...operations, ...activity], areas, async () => {
        if (counted) await rankSeller(context, challenge.id, context.viewer, counted);
        if (certifying.certified) await context.host.recountCertified();
        if (engaged) await context.host.engagementChanged(context.viewer.id);
        // The rank this finish gave, for the challenge badges, before the change is announced;
        // the finish stands whatever happens there.
        await noteFinishRank(context, challenge.id, await rank()).catch(() => undefined);
      });
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
