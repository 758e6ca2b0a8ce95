import {
  attemptBounds,
  questionBounds,
  scorePercent,
  type ActivityRecord,
  type AnsweredQuestion,
  type Attempt,
  type Challenge,
  type OpenQuestionResponse,
  type Recording,
  type StoredBallot,
} from '@mindshare/core';
import type { WebhookEvent } from '../webhooks/webhook-events.schema.js';
import { statementId } from './statement-id.js';
import { isoDuration, type Statement } from './statement.schema.js';
import {
  activity,
  buildStatement,
  challengeActivity,
  interactionResponse,
  nuggetActivity,
  questionActivity,
  type StatementSource,
} from './statements.js';
import type { Activity } from './statement.schema.js';
import { ACTIVITY_TYPES } from './vocabulary.js';

// What each engine action says to a Learning Record Store: one function per action, from the
// record the engine wrote (its time is the statement's timestamp). The mapping table of
// docs/server.md, "Learning records (xAPI)", lists them.

/**
 * The lowest score that passes `challengeId`: the lowest `minScore` of the certifications that
 * ask for it (passing it counts for at least one). A challenge no certification asks for has no
 * pass mark, and its attempts are neither passed nor failed.
 */
export function passMark(source: StatementSource, challengeId: string): number | undefined {
  const marks = source.pack.certifications
    .filter((certification) => certification.requires.challenges.includes(challengeId))
    .map((certification) => certification.requires.minScore);
  return marks.length === 0 ? undefined : Math.min(...marks);
}

/** A seller started an attempt. */
export function attemptedStatement(source: StatementSource, attempt: Attempt, challenge: Challenge): Statement {
  return buildStatement(source, {
    verb: 'attempted',
    about: attempt.id,
    actorId: attempt.sellerId,
    object: challengeActivity(source, challenge.id, challenge),
    at: attempt.startedAt,
    registration: attempt.id,
  });
}

/** A seller answered a question of an attempt: success, points within the question's bounds, time taken. */
export function answeredStatement(
  source: StatementSource,
  attempt: Attempt,
  challenge: Challenge,
  answer: AnsweredQuestion,
): Statement {
  const question = challenge.questions.find((candidate) => candidate.id === answer.questionId);
  const bounds = question ? questionBounds(question, challenge.scoring) : undefined;
  return buildStatement(source, {
    verb: 'answered',
    about: `${attempt.id}\u0000${answer.questionId}`,
    actorId: attempt.sellerId,
    object: questionActivity(source, challenge, answer.questionId),
    at: answer.answeredAt,
    result: {
      // `scaled` is the share of the question answered right (partial credit), whatever the marking.
      score: { scaled: answer.credit, raw: answer.points, ...(bounds ? { min: bounds.min, max: bounds.max } : {}) },
      success: answer.correct,
      response: interactionResponse(answer.response),
      duration: isoDuration(answer.elapsedMs),
    },
    registration: attempt.id,
    parent: challengeActivity(source, challenge.id, challenge),
  });
}

/**
 * An attempt closed: `completed` when the seller finished it, `terminated` when its time ran out
 * (what was answered in time counts), then `passed` or `failed` when the challenge has a pass mark.
 */
export function closedStatements(source: StatementSource, attempt: Attempt, challenge: Challenge): Statement[] {
  const finishedAt = attempt.finishedAt ?? attempt.deadline;
  const questions = attempt.questionIds.flatMap(
    (id) => challenge.questions.find((question) => question.id === id) ?? [],
  );
  const bounds = attemptBounds(questions, challenge.scoring);
  const percent = scorePercent(attempt.score, bounds.max);
  const mark = passMark(source, challenge.id);
  const success = mark === undefined ? undefined : percent >= mark;
  const result = {
    score: {
      scaled: percent / 100,
      raw: Math.min(bounds.max, Math.max(bounds.min, attempt.score)),
      min: bounds.min,
      max: bounds.max,
    },
    completion: attempt.status === 'finished',
    ...(success === undefined ? {} : { success }),
    duration: isoDuration(finishedAt - attempt.startedAt),
  };
  const draft = {
    about: attempt.id,
    actorId: attempt.sellerId,
    object: challengeActivity(source, challenge.id, challenge),
    at: finishedAt,
    result,
    registration: attempt.id,
  };
  return [
    buildStatement(source, { ...draft, verb: attempt.status === 'finished' ? 'completed' : 'terminated' }),
    ...(success === undefined ? [] : [buildStatement(source, { ...draft, verb: success ? 'passed' : 'failed' })]),
  ];
}

/** A seller read a nugget (counted once, like its activity point). */
export function experiencedStatement(source: StatementSource, read: ActivityRecord): Statement {
  return buildStatement(source, {
    verb: 'experienced',
    about: `${read.sellerId}\u0000${read.subjectId}`,
    actorId: read.sellerId,
    object: nuggetActivity(source, read.subjectId),
    at: read.at,
  });
}

/**
 * A seller voted in a poll (the options chosen, as a choice interaction's response) or answered
 * an open question (the text, for the vendor who asked it).
 */
export function respondedStatement(source: StatementSource, answer: StoredBallot | OpenQuestionResponse): Statement {
  return buildStatement(source, {
    verb: 'responded',
    about: `${answer.sellerId}\u0000${answer.nuggetId}\u0000${answer.at}`,
    actorId: answer.sellerId,
    object: nuggetActivity(source, answer.nuggetId),
    at: answer.at,
    result: { response: 'optionIds' in answer ? answer.optionIds.join('[,]') : answer.text },
  });
}

const promptActivity = (source: StatementSource, promptId: string) =>
  activity(
    source,
    'pitch-prompts',
    promptId,
    ACTIVITY_TYPES.pitchPrompt,
    source.pack.pitchPrompts.find((prompt) => prompt.id === promptId)?.title,
  );

/** A seller submitted a pitch recording for review: its length as the duration. */
export function submittedStatement(source: StatementSource, recording: Recording): Statement {
  return buildStatement(source, {
    verb: 'submitted',
    about: recording.id,
    actorId: recording.sellerId,
    object: promptActivity(source, recording.promptId),
    at: recording.finishedAt ?? recording.startedAt,
    result: { duration: isoDuration(recording.durationMs ?? 0) },
    registration: recording.id,
  });
}

/**
 * A coach reviewed a pitch: the coach is the actor, the object is the seller's `submitted`
 * statement (a StatementRef), the rubric's weighted total the score; the registration is the
 * recording's, like the submission's.
 */
export function reviewedStatement(source: StatementSource, event: WebhookEvent<'review.published'>): Statement {
  const { data } = event;
  return buildStatement(source, {
    verb: 'reviewed',
    about: `${data.recordingId}\u0000${event.at}`,
    actorId: data.coachId,
    object: {
      objectType: 'StatementRef',
      id: statementId(`${source.config.activityBase}\u0000submitted\u0000${data.recordingId}`),
    },
    at: event.at,
    result: {
      score: { scaled: data.weightedTotal / data.maxTotal, raw: data.weightedTotal, min: 0, max: data.maxTotal },
    },
    registration: data.recordingId,
    parent: promptActivity(source, data.promptId),
  });
}

const earned = (source: StatementSource, sellerId: string, at: number, object: Activity, about: string) =>
  buildStatement(source, { verb: 'earned', about, actorId: sellerId, object, at });

/** A seller earned or renewed a certification (each award is a statement of its own). */
export function certifiedStatement(source: StatementSource, event: WebhookEvent<'certification.awarded'>): Statement {
  const { certificationId, sellerId } = event.data;
  const certification = source.pack.certifications.find((candidate) => candidate.id === certificationId);
  const object = activity(
    source,
    'certifications',
    certificationId,
    ACTIVITY_TYPES.certification,
    certification?.title,
  );
  return earned(
    source,
    sellerId,
    event.at,
    object,
    `certification\u0000${certificationId}\u0000${sellerId}\u0000${event.at}`,
  );
}

/** A seller earned a badge (once: a badge is never earned twice). */
export function badgeStatement(source: StatementSource, event: WebhookEvent<'badge.earned'>): Statement {
  const { badgeId, sellerId } = event.data;
  const badge = source.pack.engagement?.badges.find((candidate) => candidate.id === badgeId);
  const object = activity(source, 'badges', badgeId, ACTIVITY_TYPES.badge, badge?.title);
  return earned(source, sellerId, event.at, object, `badge\u0000${badgeId}\u0000${sellerId}`);
}
