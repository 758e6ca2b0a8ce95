import type { MindErrorCode, MindshareApi, StorageAdapter, Viewer } from '@mindshare/core';
import type { SentRequest } from './sent-request.js';

/** Timers the client waits on (retries, request timeouts); injected so tests control time. */
export interface Scheduler {
  /** Calls `callback` after `delayMs` (on the scheduler's own clock). */
  setTimeout(callback: () => void, delayMs: number): unknown;
  /** Cancels a call planned by {@link setTimeout}; unknown handles are ignored. */
  clearTimeout(handle: unknown): void;
}

/** The part of `fetch` the client uses, so any implementation (msw, undici, a test double) fits. */
export type FetchLike = (request: Request) => Promise<Response>;

/** Options of {@link createHttpClient}. */
export interface HttpClientOptions {
  /** Where the Mindshare HTTP contract is served, e.g. `https://portal.example.com/mindshare`. */
  readonly baseUrl: string;
  /** The bearer token the portal issued, or a function called before every request for a fresh one. */
  readonly token: string | (() => string | Promise<string>);
  /**
   * Where the outbox (writes not yet acknowledged) survives reloads and crashes: IndexedDB in a
   * browser, any adapter elsewhere. The client opens it.
   */
  readonly storage: StorageAdapter;
  /** `globalThis.fetch` by default. */
  readonly fetch?: FetchLike;
  /** Epoch ms; `Date.now` by default. Drives backoff deadlines and `now()`. */
  readonly clock?: () => number;
  /** Uniform in [0, 1); `crypto.getRandomValues` by default. Drives idempotency keys and retry jitter. */
  readonly random?: () => number;
  /** Timers; the global `setTimeout` by default. */
  readonly scheduler?: Scheduler;
  /**
   * The viewer, when the portal already knows it: skips `GET /v1/viewer` at start (and the
   * server clock offset that reply carries).
   */
  readonly viewer?: Viewer;
  /**
   * `GET /v1/viewer` sent before the client was created ({@link sendViewerRequest}), read instead
   * of asking again: the viewer came while the client's code downloaded. Taken by one client, and
   * only when sent with the same `baseUrl` and `token` (the same string, or the same function) and
   * not abandoned; otherwise abandoned, and asked again.
   */
  readonly viewerRequest?: SentRequest;
  /** A request without a reply after this long is abandoned as a network failure (default 15 000). */
  readonly timeoutMs?: number;
  /** First retry delay of the outbox (default 1 000); doubled per failure, with jitter. */
  readonly retryBaseMs?: number;
  /** Longest retry delay (default 300 000). */
  readonly retryMaxMs?: number;
  /** Name of the outbox store (default `mindshare-http-outbox`); one per backend. */
  readonly storeName?: string;
}

/** A write waiting in the outbox for the server to acknowledge it. */
export interface PendingWrite {
  /** The `Idempotency-Key` the write is sent with, every time. */
  readonly key: string;
  readonly operation: WriteOperation;
  readonly sequence: number;
  readonly createdAt: number;
  /** Failed deliveries so far. */
  readonly tries: number;
  /** When the next automatic delivery is due (epoch ms). */
  readonly nextTryAt: number;
  readonly lastError: { readonly code: MindErrorCode; readonly message: string } | undefined;
}

/** A queued write the server refused when it finally arrived: kept until the app dismisses it. */
export interface RefusedWrite {
  readonly key: string;
  readonly operation: WriteOperation;
  /** The request's path and body, so the app can tell the seller what was refused. */
  readonly path: string;
  readonly body: unknown;
  readonly createdAt: number;
  readonly refusedAt: number;
  readonly error: { readonly code: MindErrorCode; readonly message: string };
}

/** The writes that go through the outbox (`showQuestion` only as queued by earlier clients). */
export type WriteOperation =
  'answer' | 'showQuestion' | 'finishAttempt' | 'markSeen' | 'vote' | 'respond' | 'answerPractice';

/** What the outbox holds for the current viewer. */
export interface OutboxStatus {
  readonly pending: readonly PendingWrite[];
  readonly refused: readonly RefusedWrite[];
}

/** What one {@link HttpMindshareApi.flush} achieved. */
export interface FlushReport {
  readonly delivered: number;
  readonly refused: number;
  /** Writes still waiting (the server could not be reached, or answered 5xx). */
  readonly pending: number;
}

/** The Mindshare API over HTTP, with the outbox made visible. */
export interface HttpMindshareApi extends MindshareApi {
  /** Sends every queued write now, in order, ignoring backoff; resolves when this pass ends. */
  flush(): Promise<FlushReport>;
  /** Writes still queued and writes the server refused. */
  outbox(): Promise<OutboxStatus>;
  /** Forgets a refused write once the seller has been told. */
  dismissRefused(key: string): Promise<void>;
}
