import {
  COLLECTIONS,
  type ActivityRecord,
  type Attempt,
  type Challenge,
  type OpenQuestionResponse,
  type Recording,
  type StoredBallot,
} from '@mindshare/core';
import { STATEMENT_OUTBOX, type EventRule, type OutboxRecord } from '../storage/event-records.js';
import { EVENT_RULES } from '../webhooks/event-rules.js';
import { eventPerson } from '../webhooks/webhook-event.js';
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
import { statementId } from './statement-id.js';
import { InvalidStatement, type StatementSource } from './statements.js';

/** The outbox `type` of an xAPI statement. */
export const STATEMENT_RECORD = 'xapi.statement';

/** The outbox `type` of a statement that could not be built: it is recorded as a failed delivery. */
export const UNBUILT_RECORD = 'xapi.unbuilt';

/** What an unbuilt record holds: why, and the statement as far as it was built (when it was). */
export interface UnbuiltStatement {
  readonly error: string;
  readonly statement?: unknown;
}

/** The statement an outbox record holds, built, or as far as it was built when it could not be. */
export function waitingStatement(record: OutboxRecord): unknown {
  return record.type === UNBUILT_RECORD ? (record.data as UnbuiltStatement).statement : record.data;
}

/** A statement as it waits in the outbox. */
export function statementRecord(statement: Statement): OutboxRecord {
  return { id: statement.id, type: STATEMENT_RECORD, at: Date.parse(statement.timestamp), data: statement };
}

/**
 * Builds statements, and turns a failure into an unbuilt record instead of an error: a bug of
 * the mapping must not refuse the seller's write (the client would take the refusal as final and
 * drop the answer) nor stop another channel. `fallbackId` names the record when the failure
 * came before the statement had an id; `at` is its time then.
 */
export function builtRecords(
  build: () => Statement | readonly Statement[] | undefined,
  fallback: { readonly id: string; readonly at: number },
): OutboxRecord[] {
  try {
    const built = build();
    return built === undefined ? [] : (Array.isArray(built) ? built : [built]).map(statementRecord);
  } catch (error) {
    const data: UnbuiltStatement =
      error instanceof InvalidStatement
        ? { error: error.message, statement: error.statement }
        : { error: `The xAPI statement could not be built: ${String(error)}` };
    return [
      error instanceof InvalidStatement
        ? { id: error.statement.id, type: UNBUILT_RECORD, at: Date.parse(error.statement.timestamp), data }
        : { id: fallback.id, type: UNBUILT_RECORD, at: fallback.at, data },
    ];
  }
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
  /** The time of a statement that failed before it had one. */
  readonly clock: () => number;
}

/**
 * The rules that write statements into the outbox with the engine write they describe (see
 * event-records.ts), each statement built and validated there: one that does not validate is
 * written as an unbuilt record (a failed delivery naming the field), and the write goes through.
 * An id derived from what a statement is about makes a record written again (a later write of
 * the same attempt, a retried request) one statement.
 */
export function statementRules(options: StatementRuleOptions): EventRule[] {
  const { source } = options;
  return guarded(options.clock, [
    {
      collection: COLLECTIONS.attempts,
      type: 'add',
      event: async (value) => {
        const attempt = value as Attempt;
        const challenge = await options.challengeOf(attempt);
        return challenge && about(attempt.sellerId, () => attemptedStatement(source(), attempt, challenge));
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
          ...(last ? [about(attempt.sellerId, () => answeredStatement(source(), attempt, challenge, last))] : []),
          ...(attempt.status === 'in-progress'
            ? []
            : [about(attempt.sellerId, () => closedStatements(source(), attempt, challenge))]),
        ];
      },
    },
    {
      // Reading a nugget counts once (its activity record is written only the first time).
      collection: COLLECTIONS.activity,
      type: 'put',
      event: (value) => {
        const read = value as ActivityRecord;
        return read.kind === 'nugget-read'
          ? about(read.sellerId, () => experiencedStatement(source(), read))
          : undefined;
      },
    },
    {
      collection: COLLECTIONS.ballots,
      type: 'put',
      event: (value) => {
        const ballot = value as StoredBallot;
        return about(ballot.sellerId, () => respondedStatement(source(), ballot));
      },
    },
    {
      // Marking an answer handled writes it again with its time: the same statement.
      collection: COLLECTIONS.responses,
      type: 'put',
      event: (value) => {
        const response = value as OpenQuestionResponse;
        return about(response.sellerId, () => respondedStatement(source(), response));
      },
    },
    {
      collection: COLLECTIONS.recordings,
      type: 'put',
      event: (value) => {
        const recording = value as Recording;
        return recording.status === 'submitted'
          ? about(recording.sellerId, () => submittedStatement(source(), recording))
          : undefined;
      },
    },
    // A review and a certification awarded: the events the webhook rules find, said in xAPI. Both
    // are about the event's seller, also when the actor is the coach (a review holds her score).
    ...EVENT_RULES.map((rule): StatementRule => ({
      ...rule,
      event: async (value, batch) => {
        const event = await rule.event(value, batch);
        if (!event || Array.isArray(event)) return undefined;
        return Object.assign(() => eventStatement(source(), event as OutboxRecord), eventPerson(event as OutboxRecord));
      },
    })),
  ]);
}

/** Builds statements; `personId` names whom they are about (the seller, also when a coach acts). */
type Build = (() => Statement | readonly Statement[] | undefined) & { readonly personId?: string };

/** `build`, about the seller `personId`: an erasure finds its records by that id alone. */
const about = (personId: string, build: () => Statement | readonly Statement[] | undefined): Build =>
  Object.assign(build, { personId });

/** A rule that says which statements a write causes, built later by {@link guarded}. */
interface StatementRule {
  readonly collection: string;
  readonly type: 'add' | 'put';
  readonly event: (
    value: unknown,
    batch: Parameters<EventRule['event']>[1],
  ) => Build | readonly Build[] | undefined | Promise<Build | readonly Build[] | undefined>;
}

/**
 * Event rules whose statements are each built apart, a failure becoming an unbuilt record. Each
 * record names whom it is about (`personId`, from its build), so an erasure finds it without the
 * directory: also when its actor is an e-mail (`mbox`), the channel is off, or it was never built.
 */
function guarded(clock: () => number, rules: readonly StatementRule[]): EventRule[] {
  return rules.map((rule) => ({
    collection: rule.collection,
    type: rule.type,
    outbox: STATEMENT_OUTBOX,
    event: async (value, batch) => {
      const builds = await rule.event(value, batch);
      const list = builds === undefined ? [] : typeof builds === 'function' ? [builds] : builds;
      // Named by the written record when the statement had no id yet: a retried write is one record.
      const fallback = (index: number) => ({
        id: statementId(`unbuilt\u0000${rule.collection}\u0000${index}\u0000${JSON.stringify(value)}`),
        at: clock(),
      });
      return list.flatMap((build, index) =>
        builtRecords(build, fallback(index)).map((record) =>
          build.personId === undefined ? record : { ...record, personId: build.personId },
        ),
      );
    },
  }));
}
