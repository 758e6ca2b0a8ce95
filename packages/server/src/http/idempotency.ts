import { type AsyncLocalStorage } from 'node:async_hooks';
import { isMindError, MindError, type StorageAdapter } from '@mindshare/core';
import { REQUESTS, type PendingRequest, type RequestRecord } from '../storage/request-records.js';
import { errorResponse } from './errors.js';

const KEY = /^[0-9a-f]{32}$/i;

/** A reply the server can store and replay byte for byte. */
export interface StoredReply {
  readonly status: number;
  readonly body: string;
}

/** One write under an `Idempotency-Key`. */
export interface IdempotentWrite {
  readonly viewerId: string;
  readonly key: string;
  /** Method, path and a digest of the body. */
  readonly fingerprint: string;
  /** Applies the write; its first batch carries the key's record. */
  readonly apply: () => Promise<StoredReply>;
  /** Rebuilds the reply of a write committed at `since` whose reply was lost. */
  readonly recover: (since: number) => Promise<StoredReply>;
}

/** The stored form of an error reply. */
export async function replyOf(error: unknown): Promise<StoredReply> {
  const response = errorResponse(error);
  return { status: response.status, body: await response.text() };
}

/**
 * Runs each write once per viewer and `Idempotency-Key`. The key's record is committed in the same
 * transaction as the write (see `withRequestRecords`), then completed with the reply. A retry with
 * the same request replays the reply; with another request it is refused (422). A 5xx reply is not
 * kept. A record without a reply (the process died between the commit and the reply) is answered
 * by `recover`, which rebuilds the reply from what was written, never by applying the write again.
 */
export class Idempotency {
  /** The request being served, seen by `withRequestRecords` in the engine's writes. */
  readonly current: AsyncLocalStorage<PendingRequest>;
  readonly #storage: StorageAdapter;
  readonly #clock: () => number;
  /** Requests of this process in flight, by viewer and key: a retry waits for the first. */
  readonly #inFlight = new Map<string, Promise<StoredReply>>();
  /** Called after a write was applied (for tests that count applications). */
  onApplied: ((viewerId: string, key: string) => void) | undefined;

  /** `storage` is the store as given to the wrapper (its own writes carry no record). */
  constructor(storage: StorageAdapter, current: AsyncLocalStorage<PendingRequest>, clock: () => number) {
    this.#storage = storage;
    this.current = current;
    this.#clock = clock;
  }

  /** Checks the header: 32 hexadecimal characters. */
  static key(header: string | null | undefined): string {
    if (!header || !KEY.test(header)) {
      throw new MindError('MIND_INVALID_INPUT', 'Writes need an Idempotency-Key header of 32 hexadecimal characters.', {
        path: ['Idempotency-Key'],
      });
    }
    return header.toLowerCase();
  }

  /** Runs `write` once for its viewer and key (see the class). */
  async run(write: IdempotentWrite): Promise<StoredReply> {
    const id = `${write.viewerId}\u0000${write.key}`;
    // A retry reaching this process while the first is still in flight waits for it.
    await this.#inFlight.get(id)?.catch(() => undefined);
    const task = this.#run(write);
    this.#inFlight.set(id, task);
    try {
      return await task;
    } finally {
      if (this.#inFlight.get(id) === task) this.#inFlight.delete(id);
    }
  }

  async #run(write: IdempotentWrite): Promise<StoredReply> {
    const storage = this.#storage;
    const { viewerId, key, fingerprint } = write;
    const stored = await storage.get<RequestRecord>(REQUESTS, [viewerId, key]);
    if (stored) return this.#replay(stored, write);
    const pending: PendingRequest = { record: { viewerId, key, fingerprint, at: this.#clock() }, attached: false };
    let reply: StoredReply;
    let conflict = false;
    try {
      reply = await this.current.run(pending, write.apply);
    } catch (error) {
      conflict = isMindError(error) && error.code === 'MIND_CONFLICT';
      reply = await replyOf(error);
    }
    if (reply.status >= 500) return reply;
    if (!pending.attached) {
      // Nothing of ours committed. If another process committed this key meanwhile (our write then
      // lost as a conflict or a duplicate), its record is the truth: replay it.
      const winner = await storage.get<RequestRecord>(REQUESTS, [viewerId, key]);
      if (winner) return this.#replay(winner, write);
      // A conflict with a concurrent write is the moment's, not the request's verdict: a retry runs
      // the write again (a real conflict, such as a gap in an upload, is found again).
      if (conflict) return reply;
    }
    // The write committed with its record; a refusal (4xx) committed nothing, so it is added now.
    await storage.put(REQUESTS, { ...pending.record, reply } satisfies RequestRecord);
    if (pending.attached) this.onApplied?.(viewerId, key);
    return reply;
  }

  async #replay(stored: RequestRecord, write: IdempotentWrite): Promise<StoredReply> {
    if (stored.fingerprint !== write.fingerprint) {
      const conflict = new MindError('MIND_CONFLICT', 'This Idempotency-Key was used for another request.', {
        path: ['Idempotency-Key'],
      });
      const response = errorResponse(conflict, 422);
      return { status: response.status, body: await response.text() };
    }
    if (stored.reply) return stored.reply;
    const reply = await write.recover(stored.at).catch(replyOf);
    if (reply.status < 500) await this.#storage.put(REQUESTS, { ...stored, reply });
    return reply;
  }

  /**
   * Deletes every record of one viewer: their data was erased, and a record keeps what they sent
   * (a digest) and what they were told (verdicts, free text) for weeks.
   */
  async forget(viewerId: string): Promise<void> {
    const range = { lower: [viewerId, ''], upper: [viewerId, '\uffff'] };
    const records = await this.#storage.query<RequestRecord>(REQUESTS, { range });
    if (records.length === 0) return;
    await this.#storage.batch(
      records.map((record) => ({ type: 'delete' as const, collection: REQUESTS, key: [record.viewerId, record.key] })),
    );
  }

  /**
   * Deletes records older than `retentionMs`, a few hundred per batch.
   * @returns how many were deleted.
   */
  async purge(retentionMs: number): Promise<number> {
    const storage = this.#storage;
    const upper = this.#clock() - retentionMs;
    let deleted = 0;
    for (;;) {
      const old = await storage.query<RequestRecord>(REQUESTS, {
        index: 'byTime',
        range: { upper, upperOpen: true },
        limit: 500,
      });
      if (old.length === 0) return deleted;
      await storage.batch(
        old.map((record) => ({ type: 'delete' as const, collection: REQUESTS, key: [record.viewerId, record.key] })),
      );
      deleted += old.length;
    }
  }
}
