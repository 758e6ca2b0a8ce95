import { MindError, type MindshareChange, type StorageAdapter } from '@mindshare/core';
import type * as z from 'zod/mini';
import { randomHex, retryDelay } from './backoff.js';
import type { FlushReport, OutboxStatus, Scheduler, WriteOperation } from './http-options.js';
import { withLock } from './outbox-lock.js';
import { OUTBOX, readOutbox, type ClientMeta, type OutboxRecord, type RefusedRecord } from './outbox-store.js';
import type { Transport } from './transport.js';

/** What became of a write submitted through the outbox, as its caller sees it. */
export type WriteResult =
  | { readonly kind: 'delivered'; readonly body: unknown }
  | { readonly kind: 'refused'; readonly error: MindError }
  | { readonly kind: 'queued'; readonly error: MindError };

export interface OutboxOptions {
  readonly storage: StorageAdapter;
  readonly transport: Transport;
  readonly clock: () => number;
  readonly random: () => number;
  readonly scheduler: Scheduler;
  readonly viewerId: string;
  readonly clientId: string;
  readonly lockName: string;
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  /** The reply each operation must match; a reply that does not is not an acknowledgement. */
  readonly replies: Readonly<Record<WriteOperation, z.ZodMiniType>>;
  readonly emit: (change: MindshareChange) => void;
}

function summary(error: MindError): { code: MindError['code']; message: string } {
  return { code: error.code, message: error.message };
}

/**
 * Areas only the server's state shows (a count it keeps): a queued write has not changed them yet,
 * so they are announced once it is delivered, not when it is queued (a view reading them then
 * would find the old count, or, offline, fail and show an error in place of what it showed).
 */
const SERVER_COUNTED: readonly MindshareChange['areas'][number][] = ['engagement'];

/**
 * The write-ahead outbox. A write is stored (with its idempotency key and sequence number) before
 * anything is sent, and deleted only once the server acknowledged it, so a crash, a reload or a
 * lost reply never loses it, and the key makes a second delivery harmless. One flusher at a time
 * sends the queue in sequence order.
 */
export class Outbox {
  readonly #options: OutboxOptions;
  /** Keys whose caller still awaits the outcome: their refusals go to the caller, not the refused list. */
  readonly #waiting = new Set<string>();
  readonly #outcomes = new Map<string, WriteResult>();
  #running: Promise<FlushReport> | undefined;
  #again: { force: boolean } | undefined;
  #timer: { handle: unknown; at: number } | undefined;
  #closed = false;

  constructor(options: OutboxOptions) {
    this.#options = options;
  }

  /** Stores a write, then delivers the queue; resolves with what the caller should be told. */
  async submit(
    operation: WriteOperation,
    path: string,
    body: unknown,
    areas: MindshareChange['areas'],
  ): Promise<WriteResult> {
    const entry = await this.#enqueue(operation, path, body, areas);
    const changed = areas.filter((area) => !SERVER_COUNTED.includes(area));
    if (changed.length > 0) this.#options.emit({ origin: 'local', areas: changed });
    this.#waiting.add(entry.key);
    try {
      await this.flush(false);
    } finally {
      this.#waiting.delete(entry.key);
    }
    const outcome = this.#outcomes.get(entry.key);
    this.#outcomes.delete(entry.key);
    if (outcome) return outcome;
    const queued = new MindError(
      'MIND_NETWORK',
      `The ${operation} is saved and will be sent when the server is reachable.`,
    );
    if (this.#closed) return { kind: 'queued', error: queued };
    const still = await this.#options.storage.get<OutboxRecord>(OUTBOX.entries, entry.key);
    if (still) return { kind: 'queued', error: queued };
    // Another tab delivered it: the same key asks the server for its original reply.
    const delivery = await this.#send(entry);
    if (delivery.kind === 'retry') return { kind: 'queued', error: delivery.error };
    return delivery.kind === 'delivered' ? delivery : { kind: 'refused', error: delivery.error };
  }

  /**
   * Sends the queue in order. `force` ignores backoff (an explicit retry); otherwise a write still
   * waiting out its delay stops the pass and a timer resumes it.
   */
  flush(force = true): Promise<FlushReport> {
    if (this.#running) {
      this.#again = { force: force || (this.#again?.force ?? false) };
      return this.#running;
    }
    const run = async (): Promise<FlushReport> => {
      let report = await withLock(this.#options.lockName, () => this.#pass(force));
      while (this.#again && !this.#closed) {
        const next = this.#again;
        this.#again = undefined;
        report = await withLock(this.#options.lockName, () => this.#pass(next.force));
      }
      return report;
    };
    this.#running = run().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  /** The current viewer's queued and refused writes, oldest first. */
  status(): Promise<OutboxStatus> {
    return readOutbox(this.#options.storage, this.#options.viewerId);
  }

  async dismiss(key: string): Promise<void> {
    await this.#options.storage.delete(OUTBOX.refused, key);
    this.#options.emit({ origin: 'local', areas: ['challenges'] });
  }

  /** Stops timers and deliveries; writes in flight stay queued for the next client. */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) this.#options.scheduler.clearTimeout(this.#timer.handle);
    this.#timer = undefined;
    this.#options.transport.abortAll();
    await this.#running?.catch(() => undefined);
  }

  #enqueue(
    operation: WriteOperation,
    path: string,
    body: unknown,
    areas: MindshareChange['areas'],
  ): Promise<OutboxRecord> {
    const { storage, clock, random, viewerId, clientId } = this.#options;
    // The sequence counter is read and bumped under a lock so two tabs never share a number.
    return withLock(`${this.#options.lockName}:sequence`, async () => {
      const meta = await storage.get<ClientMeta>(OUTBOX.meta, 'client');
      const sequence = (meta?.sequence ?? 0) + 1;
      const now = clock();
      const entry: OutboxRecord = {
        key: randomHex(random),
        viewerId,
        clientId,
        sequence,
        operation,
        path,
        body,
        areas,
        createdAt: now,
        tries: 0,
        nextTryAt: now,
      };
      await storage.batch([
        {
          type: 'put',
          collection: OUTBOX.meta,
          value: { id: 'client', clientId: meta?.clientId ?? clientId, sequence },
        },
        { type: 'add', collection: OUTBOX.entries, value: entry },
      ]);
      return entry;
    });
  }

  async #send(
    entry: OutboxRecord,
  ): Promise<
    { kind: 'delivered'; body: unknown } | { kind: 'refused'; error: MindError } | { kind: 'retry'; error: MindError }
  > {
    const delivery = await this.#options.transport.send({
      method: 'POST',
      path: entry.path,
      body: entry.body,
      headers: {
        'idempotency-key': entry.key,
        'mindshare-client': entry.clientId,
        'mindshare-sequence': String(entry.sequence),
      },
    });
    if (!delivery.ok) return { kind: delivery.retryable ? 'retry' : 'refused', error: delivery.error };
    const parsed = this.#options.replies[entry.operation].safeParse(delivery.body);
    if (parsed.success) return { kind: 'delivered', body: delivery.body };
    const error = new MindError('MIND_BAD_RESPONSE', `The reply to ${entry.operation} does not match the contract.`, {
      cause: parsed.error,
    });
    return { kind: 'retry', error };
  }

  async #pass(force: boolean): Promise<FlushReport> {
    const { storage, viewerId, clock } = this.#options;
    const report = { delivered: 0, refused: 0, pending: 0 };
    if (this.#closed) return report;
    const all = await storage.query<OutboxRecord>(OUTBOX.entries, { index: 'bySequence' });
    const queue = all.filter((entry) => entry.viewerId === viewerId);
    let index = 0;
    for (; index < queue.length && !this.#closed; index += 1) {
      const entry = queue[index]!;
      if (!force && entry.nextTryAt > clock()) {
        this.#schedule(entry.nextTryAt);
        break;
      }
      const result = await this.#send(entry);
      if (result.kind === 'delivered') {
        await storage.delete(OUTBOX.entries, entry.key);
        report.delivered += 1;
        this.#settle(entry.key, result);
        this.#options.emit({ origin: 'remote', areas: entry.areas });
      } else if (result.kind === 'refused') {
        await this.#refuse(entry, result.error);
        report.refused += 1;
        this.#settle(entry.key, result);
      } else {
        await this.#postpone(entry, result.error);
        this.#settle(entry.key, { kind: 'queued', error: result.error });
        break;
      }
    }
    report.pending = queue.length - report.delivered - report.refused;
    return report;
  }

  #settle(key: string, outcome: WriteResult): void {
    if (this.#waiting.has(key)) this.#outcomes.set(key, outcome);
  }

  async #refuse(entry: OutboxRecord, error: MindError): Promise<void> {
    const { storage, clock } = this.#options;
    if (this.#waiting.has(entry.key)) {
      // The caller is still there to be told; nothing needs keeping.
      await storage.delete(OUTBOX.entries, entry.key);
    } else {
      const { tries: _tries, nextTryAt: _next, lastError: _last, ...rest } = entry;
      const refused: RefusedRecord = { ...rest, refusedAt: clock(), error: summary(error) };
      await storage.batch([
        { type: 'delete', collection: OUTBOX.entries, key: entry.key },
        { type: 'put', collection: OUTBOX.refused, value: refused },
      ]);
    }
    this.#options.emit({ origin: 'remote', areas: entry.areas });
  }

  async #postpone(entry: OutboxRecord, error: MindError): Promise<void> {
    const { storage, clock, random, retryBaseMs, retryMaxMs } = this.#options;
    const tries = entry.tries + 1;
    const nextTryAt = clock() + retryDelay(tries, random, retryBaseMs, retryMaxMs);
    if (this.#closed) return;
    await storage.put(OUTBOX.entries, { ...entry, tries, nextTryAt, lastError: summary(error) });
    this.#schedule(nextTryAt);
  }

  #schedule(at: number): void {
    if (this.#closed || (this.#timer && this.#timer.at <= at)) return;
    if (this.#timer) this.#options.scheduler.clearTimeout(this.#timer.handle);
    const handle = this.#options.scheduler.setTimeout(
      () => {
        this.#timer = undefined;
        void this.flush(false).catch(() => undefined);
      },
      Math.max(0, at - this.#options.clock()),
    );
    this.#timer = { handle, at };
  }
}
