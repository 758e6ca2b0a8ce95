import type { BatchOperation, StorageAdapter } from '@mindshare/core';
import { delegateStorage } from './delegate.js';

/**
 * The collection where webhook events wait, in the engine's own store, so a record is committed
 * in the same batch (one transaction) as the change that caused it; the dispatcher moves them to
 * the delivery queue.
 */
export const EVENT_OUTBOX = 'serverEvents';

/**
 * The collection where xAPI statements wait, as webhook events do in {@link EVENT_OUTBOX}. Apart
 * from it because a process of a release before statements, still running during a rolling
 * deploy, sends everything in `serverEvents` to the webhook endpoints whose filter matches
 * (`*` matches anything) and deletes it: statements there would reach webhook receivers, with
 * people's data, and never the LRS.
 */
export const STATEMENT_OUTBOX = 'serverStatements';

/**
 * What waits in an outbox: a webhook event (`type` one of the webhook event types) or an xAPI
 * statement (`type` `xapi.statement`), with a stable id and the time of what happened.
 */
export interface OutboxRecord {
  readonly id: string;
  readonly type: string;
  /** Epoch ms of what happened. */
  readonly at: number;
  readonly data: unknown;
  /** Whom it is about, when its data does not say it the usual way (a coach's review of a seller's pitch). */
  readonly personId?: string;
}

/**
 * A rule that derives outgoing records from a committed engine write: when a batch writes
 * `collection` with `type`, `event` is given the value and the whole batch (to read a sibling
 * record), and returns the record(s) the write causes, if any. It may read (async) what it needs.
 */
export interface EventRule {
  readonly collection: string;
  /** The outbox its records go to: {@link EVENT_OUTBOX} unless said. */
  readonly outbox?: string;
  readonly type: 'add' | 'put';
  readonly event: (
    value: unknown,
    batch: readonly BatchOperation[],
  ) => OutboxRecord | readonly OutboxRecord[] | undefined | Promise<OutboxRecord | readonly OutboxRecord[] | undefined>;
}

/**
 * Wraps the engine's store so that each batch matching a rule carries the records it causes:
 * the change and its records commit together or not at all, so a crash can neither lose a record
 * of a committed change nor announce a change that was rolled back. A rule that throws (a record
 * that does not validate is a bug) fails the write whole.
 */
export function withEventRecords(storage: StorageAdapter, rules: readonly EventRule[]): StorageAdapter {
  if (rules.length === 0) return storage;
  return delegateStorage(storage, {
    put: (collection, value) => withEvents([{ type: 'put', collection, value }]),
    batch: (operations) => withEvents(operations),
  });

  async function withEvents(operations: readonly BatchOperation[]): Promise<void> {
    const events: BatchOperation[] = [];
    for (const operation of operations) {
      if (operation.type !== 'add' && operation.type !== 'put') continue;
      for (const rule of rules) {
        if (rule.collection !== operation.collection || rule.type !== operation.type) continue;
        const caused = await rule.event(operation.value, operations);
        for (const event of caused === undefined ? [] : Array.isArray(caused) ? caused : [caused])
          events.push({ type: 'put', collection: rule.outbox ?? EVENT_OUTBOX, value: event });
      }
    }
    return storage.batch(events.length === 0 ? operations : [...operations, ...events]);
  }
}
