import {
  COLLECTIONS,
  parseContentPack,
  parseDirectory,
  type Attempt,
  type Challenge,
  type ChallengeSnapshot,
  type ContentPack,
  type Directory,
  type StorageAdapter,
} from '@mindshare/core';
import { DeliveryQueue } from '../delivery/delivery-queue.js';
import type { QueueEntry } from '../delivery/delivery-queue.js';
import type { ChannelOptions, DeliveryChannel } from '../delivery/outbound.js';
import { postDelivery } from '../delivery/post-delivery.js';
import { STATEMENT_OUTBOX, type EventRule, type OutboxRecord } from '../storage/event-records.js';
import { eventPerson } from '../webhooks/webhook-event.js';
import type { Statement } from './statement.schema.js';
import {
  builtRecords,
  eventStatement,
  STATEMENT_RECORD,
  statementRules,
  UNBUILT_RECORD,
  type UnbuiltStatement,
  waitingStatement,
} from './statement-rules.js';
import { statementId } from './statement-id.js';
import { agentPerson, type StatementSource } from './statements.js';
import type { XapiConfig } from './xapi-config.js';

/** The one destination of statements: the configured LRS. */
export const LRS = 'lrs';

/** The xAPI version every request declares, and every statement follows. */
export const XAPI_VERSION = '1.0.3';

/** What sending learning records needs (from the settings and the server). */
export interface LearningRecordOptions extends ChannelOptions {
  readonly config: XapiConfig;
  /** The engine's store as given, read lazily (challenge snapshots): the rules exist before it does. */
  readonly storage: () => StorageAdapter;
}

/** Learning records: the rules that write statements with engine writes, and the channel that sends them. */
export interface LearningRecords {
  /** The LRS's xAPI endpoint (for the admin routes). */
  readonly endpoint: string;
  readonly rules: readonly EventRule[];
  readonly channel: DeliveryChannel;
  /** Names activities and finds people in the pack and directory published now (validated by the host first). */
  update(published: { readonly pack?: unknown; readonly directory?: unknown }): void;
}

/**
 * Whom an outbox record of a statement is about, without the directory: as its record says (a
 * review is about the seller), else its actor's account name; `undefined` for an `mbox` actor.
 * `statement` is the record's statement, built or as far as it was built.
 */
export function statementPerson(record: OutboxRecord, statement: unknown): string | undefined {
  if (record.personId !== undefined) return record.personId;
  const name = (statement as { actor?: { account?: { name?: unknown } } } | undefined)?.actor?.account?.name;
  return typeof name === 'string' ? name : undefined;
}

/** {@link statementPerson} of a record as it waits in the outbox, built or not. */
export function waitingStatementPerson(record: OutboxRecord): string | undefined {
  return statementPerson(record, waitingStatement(record));
}

/**
 * Statements to a Learning Record Store: `POST {endpoint}/statements` with a JSON array of one
 * statement, Basic (or the configured) authorization and `X-Experience-API-Version: 1.0.3`. A
 * `409 Conflict` means the LRS already holds a statement with that id: since the id is derived
 * from what the statement is about, that one is recorded, and resending would never succeed, so
 * it counts as delivered (its status, 409, stays visible in the admin routes).
 */
export function learningRecords(options: LearningRecordOptions): LearningRecords {
  const { config } = options;
  let pack: ContentPack | undefined;
  let directory: Directory | undefined;
  const source = (): StatementSource => ({ config, pack: pack!, directory: directory! });
  const queue = new DeliveryQueue(
    options.database,
    'xapi',
    [{ id: LRS, wants: () => true }],
    options.policy,
    options.clock,
    options.random,
  );

  const challengeOf = async (attempt: Attempt): Promise<Challenge | undefined> => {
    const current = pack!.challenges.find((challenge) => challenge.id === attempt.challengeId);
    if (current && attempt.packVersion === pack!.version) return current;
    const snapshot = await options
      .storage()
      .get<ChallengeSnapshot>(COLLECTIONS.challengeSnapshots, [attempt.challengeId, attempt.packVersion]);
    return snapshot?.challenge ?? current;
  };

  /**
   * Whom a statement is about: as its record says (every record written since records name their
   * seller), else its actor, by account name, or by e-mail when sent with `mbox`, read with
   * today's directory (a record queued before).
   */
  const personOf = (record: OutboxRecord, statement: unknown): { personId?: string } => {
    const personId =
      statementPerson(record, statement) ??
      agentPerson((statement as { actor?: unknown } | undefined)?.actor, directory);
    return personId === undefined ? {} : { personId };
  };

  const entry = (record: OutboxRecord): QueueEntry => {
    if (record.type === STATEMENT_RECORD) {
      const statement = record.data as Statement;
      return {
        id: statement.id,
        type: statement.verb.display['en']!,
        at: record.at,
        body: JSON.stringify([statement]),
        ...personOf(record, statement),
      };
    }
    // Unbuilt: kept as a failed delivery that says why, with the statement as far as it was built.
    const { error, statement } = record.data as UnbuiltStatement;
    const verb = (statement as { verb?: { display?: { en?: string } } } | undefined)?.verb?.display?.en;
    return {
      id: record.id,
      type: verb ?? 'unbuilt',
      at: record.at,
      body: JSON.stringify([statement ?? {}]),
      error,
      ...personOf(record, statement),
    };
  };

  return {
    endpoint: config.endpoint,
    rules: statementRules({ source, challengeOf, clock: options.clock }),
    channel: {
      name: 'xapi',
      queue,
      outbox: STATEMENT_OUTBOX,
      entries: (records) =>
        records.flatMap((record) => {
          if (record.type === STATEMENT_RECORD || record.type === UNBUILT_RECORD) return [entry(record)];
          // Badges are found by the scheduler (their events never wait in the outbox).
          if (record.type !== 'badge.earned') return [];
          // About the event's seller, as every rule's statement is, not whoever its actor names.
          return builtRecords(() => eventStatement(source(), record), {
            id: statementId(`unbuilt\u0000${record.id}`),
            at: record.at,
          }).map((built) => entry({ ...built, ...eventPerson(record) }));
        }),
      async send(claim) {
        const outcome = await postDelivery(`${config.endpoint}/statements`, {
          headers: {
            'content-type': 'application/json',
            authorization: config.authorization,
            'x-experience-api-version': XAPI_VERSION,
            'user-agent': 'mindshare-xapi',
          },
          body: claim.body,
          timeoutMs: options.timeoutMs,
        });
        return outcome.status === 409 ? { ok: true, status: 409 } : outcome;
      },
    },
    update(published) {
      if (published.pack !== undefined) {
        const parsed = parseContentPack(published.pack);
        if (parsed.ok) pack = parsed.pack;
      }
      if (published.directory !== undefined) {
        const parsed = parseDirectory(published.directory);
        if (parsed.ok) directory = parsed.directory;
      }
    },
  };
}
