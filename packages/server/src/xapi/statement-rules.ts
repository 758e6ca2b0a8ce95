import {
  COLLECTIONS,
  type ActivityRecord,
  type Attempt,
  type Challenge,
  type OpenQuestionResponse,
  type Recording,
  type StoredBallot,
} from '@mindshare/core';
import type { EventRule, OutboxRecord } from '../storage/event-records.js';
import { EVENT_RULES } from '../webhooks/event-rules.js';
import type { WebhookEvent } from '../webhooks/webhook-events.schema.js';
import {
  answeredStatement,
  attemptedStatement,
  badgeStatement,
  certifiedStatement,
  closedStatements,
  experiencedStatement,
  respondedStatement,
  reviewedStatement,
  submittedStatement,
} from './learning-statements.js';
import type { Statement } from './statement.schema.js';
import type { StatementSource } from './statements.js';

/** The outbox `type` of an xAPI statement. */
export const STATEMENT_RECORD = 'xapi.statement';

/** A statement as it waits in the outbox. */
export function statementRecord(statement: Statement): OutboxRecord {
  return { id: statement.id, type: STATEMENT_RECORD, at: Date.parse(statement.timestamp), data: statement };
}

/**
 * The statement of a webhook event that has one: a review, a certification awarded (both derived
 * from engine writes by the webhook rules) and a badge earned (found by the scheduler).
 */
export function eventStatement(source: StatementSource, event: OutboxRecord): Statement | undefined {
  switch (event.type) {
    case 'review.published':
      return reviewedStatement(source, event as WebhookEvent<'review.published'>);
    case 'certification.awarded':
      return certifiedStatement(source, event as WebhookEvent<'certification.awarded'>);
    case 'badge.earned':
      return badgeStatement(source, event as WebhookEvent<'badge.earned'>);
    default:
      return undefined;
  }
}

/** What the statement rules read beside the written records. */
export interface StatementRuleOptions {
  readonly source: () => StatementSource;
  /** The challenge an attempt began with: the pack's, or its snapshot once the pack has moved on. */
  readonly challengeOf: (attempt: Attempt) => Promise<Challenge | undefined>;
}

/**
 * The rules that write statements into the outbox with the engine write they describe (see
 * event-records.ts), each statement built and validated there: one that does not validate fails
 * the write whole rather than be lost. An id derived from what a statement is about makes a
 * record written again (a later write of the same attempt, a retried request) one statement.
 */
export function statementRules(options: StatementRuleOptions): EventRule[] {
  const { source } = options;
  const record = (statement: Statement | undefined) => statement && statementRecord(statement);
  return [
    {
      collection: COLLECTIONS.attempts,
      type: 'add',
      event: async (value) => {
        const attempt = value as Attempt;
        const challenge = await options.challengeOf(attempt);
        return challenge && record(attemptedStatement(source(), attempt, challenge));
      },
    },
    {
      collection: COLLECTIONS.attempts,
      type: 'put',
      event: async (value) => {
        const attempt = value as Attempt;
        const challenge = await options.challengeOf(attempt);
        if (!challenge) return undefined;
        // The latest answer: the write that added it says it; a later write of the attempt (a
        // reveal, the finish) says it again under the same id, which queues nothing new.
        const last = attempt.answers.at(-1);
        return [
          ...(last ? [answeredStatement(source(), attempt, challenge, last)] : []),
          ...(attempt.status === 'in-progress' ? [] : closedStatements(source(), attempt, challenge)),
        ].map(statementRecord);
      },
    },
    {
      // Reading a nugget counts once (its activity record is written only the first time).
      collection: COLLECTIONS.activity,
      type: 'put',
      event: (value) => {
        const read = value as ActivityRecord;
        return read.kind === 'nugget-read' ? record(experiencedStatement(source(), read)) : undefined;
      },
    },
    {
      collection: COLLECTIONS.ballots,
      type: 'put',
      event: (value) => record(respondedStatement(source(), value as StoredBallot)),
    },
    {
      // Marking an answer handled writes it again with its time: the same statement.
      collection: COLLECTIONS.responses,
      type: 'put',
      event: (value) => record(respondedStatement(source(), value as OpenQuestionResponse)),
    },
    {
      collection: COLLECTIONS.recordings,
      type: 'put',
      event: (value) => {
        const recording = value as Recording;
        return recording.status === 'submitted' ? record(submittedStatement(source(), recording)) : undefined;
      },
    },
    // A review and a certification awarded: the events the webhook rules find, said in xAPI.
    ...EVENT_RULES.map((rule): EventRule => ({
      ...rule,
      event: async (value, batch) => {
        const event = await rule.event(value, batch);
        return event && !Array.isArray(event) ? record(eventStatement(source(), event as OutboxRecord)) : undefined;
      },
    })),
  ];
}
