import type { BatchOperation, StorageAdapter } from '@mindshare/core';
import type { WebhookEvent } from '../webhooks/webhook-events.schema.js';
import { delegateStorage } from './delegate.js';

/**
 * The collection where webhook events wait, in the engine's own store, so an event is committed
 * in the same batch (one transaction) as the change that caused it; the dispatcher moves them to
 * the delivery queue.
 */
export const EVENT_OUTBOX = 'serverEvents';

/**
 * A rule that derives an event from a committed engine write: when a batch writes `collection`
 * with `type`, `event` is given the value and the whole batch (to read a sibling record).
 */
export interface EventRule {
  readonly collection: string;
  readonly type: 'add' | 'put';
  readonly event: (value: unknown, batch: readonly BatchOperation[]) => WebhookEvent | undefined;
}

/**
 * Wraps the engine's store so that each batch matching a rule carries the events it causes:
 * the change and its events commit together or not at all, so a crash can neither lose an event
 * of a committed change nor announce a change that was rolled back.
 */
export function withEventRecords(storage: StorageAdapter, rules: readonly EventRule[]): StorageAdapter {
  if (rules.length === 0) return storage;
  return delegateStorage(storage, {
    put: (collection, value) => withEvents([{ type: 'put', collection, value }]),
    batch: (operations) => withEvents(operations),
  });

  function withEvents(operations: readonly BatchOperation[]): Promise<void> {
    const events: BatchOperation[] = [];
    for (const operation of operations) {
      if (operation.type !== 'add' && operation.type !== 'put') continue;
      for (const rule of rules) {
        if (rule.collection !== operation.collection || rule.type !== operation.type) continue;
        const event = rule.event(operation.value, operations);
        if (event) events.push({ type: 'put', collection: EVENT_OUTBOX, value: event });
      }
    }
    return storage.batch(events.length === 0 ? operations : [...operations, ...events]);
  }
}
