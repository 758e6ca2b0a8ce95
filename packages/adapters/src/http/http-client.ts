import { Subscribable, type MindshareChange, type Viewer } from '@mindshare/core';
import { randomHex } from './backoff.js';
import { parseReply, type ClientContext } from './client-context.js';
import { directOperations } from './direct-operations.js';
import type { HttpClientOptions, HttpMindshareApi, Scheduler } from './http-options.js';
import { Outbox } from './outbox.js';
import { OUTBOX, outboxSchema, type ClientMeta } from './outbox-store.js';
import { resumeUpload, startUpload } from './recording-upload.js';
import { ViewerReplySchema } from './reply-schemas.js';
import { takeSentRequest } from './sent-request.js';
import { createTransport, type Delivery, type Transport } from './transport.js';
import { WRITE_REPLIES, outboxWrites } from './write-operations.js';

const globalScheduler: Scheduler = {
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

// Idempotency keys must not collide across devices: prefer the platform's CSPRNG to Math.random.
function cryptoRandom(): number {
  const crypto = (globalThis as { crypto?: { getRandomValues(array: Uint32Array): Uint32Array } }).crypto;
  if (!crypto) return Math.random();
  return crypto.getRandomValues(new Uint32Array(1))[0]! / 0x1_0000_0000;
}

interface ViewerCache {
  readonly id: 'viewer';
  readonly viewer: Viewer;
  readonly offset: number;
}

/** A reply, and the time on this device when it arrived. */
interface Arrival {
  readonly delivery: Delivery;
  readonly at: number;
}

/**
 * The viewer the server named, and the offset of its clock from this device's, taken when its reply
 * arrived (not when it is read: the outbox may take seconds to open); the cached one when the
 * server cannot be reached.
 */
async function fetchedViewer(
  request: Promise<Arrival>,
  cached: ViewerCache | undefined,
): Promise<{ viewer: Viewer; offset: number; fresh: boolean }> {
  const { delivery, at } = await request;
  if (!delivery.ok) {
    // Offline at start: the last viewer seen on this device lets queued writes and the UI go on.
    if (delivery.retryable && cached) return { viewer: cached.viewer, offset: cached.offset, fresh: false };
    throw delivery.error;
  }
  const reply = parseReply(ViewerReplySchema, delivery.body, 'GET /v1/viewer');
  return { viewer: reply.viewer, offset: reply.now - at, fresh: true };
}

/**
 * The Mindshare API over HTTP, for vendors whose server scores (answer keys and timing never reach
 * the browser). Reads go straight to the server; writes go through a write-ahead outbox kept in
 * `storage`, so an answer given offline or during a server hiccup is saved, sent in order with its
 * idempotency key when the server can be reached, and never applied twice. See `docs/http-api.md`
 * for the contract a server implements.
 *
 * @throws MindError `MIND_NETWORK` when the viewer cannot be fetched and none is cached;
 * `MIND_BAD_RESPONSE` when the server's reply does not match the contract.
 *
 * @example
 * ```ts
 * const api = await createHttpClient({
 *   baseUrl: 'https://portal.example.com/mindshare',
 *   token: () => portal.session.accessToken(),
 *   storage: createIndexedDbStorage(),
 * });
 * const outcome = await api.answer(attemptId, questionId, response); // verdict, or { status: 'pending' }
 * ```
 */
export async function createHttpClient(options: HttpClientOptions): Promise<HttpMindshareApi> {
  const clock = options.clock ?? (() => Date.now());
  const random = options.random ?? cryptoRandom;
  const scheduler = options.scheduler ?? globalScheduler;
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const transport = createTransport({
    baseUrl: options.baseUrl,
    token: options.token,
    fetch: fetchImpl,
    scheduler,
    timeoutMs: options.timeoutMs ?? 15_000,
  });
  const storeName = options.storeName ?? 'mindshare-http-outbox';
  const storage = options.storage;
  // Asked while the outbox opens rather than after: one wait less before the first call; a request
  // sent before the client existed is read as it is, its clock taken when its reply came. (`send`
  // never rejects: a failure is a delivery, read once the cached viewer is known.)
  const sent = options.viewerRequest && takeSentRequest(options.viewerRequest, options);
  if (options.viewer) sent?.abort();
  const viewerRequest = options.viewer
    ? undefined
    : transport
        .send({ method: 'GET', path: '/v1/viewer' }, sent)
        .then((delivery) => ({ delivery, at: clock() - (sent?.sinceArrival() ?? 0) }));
  try {
    await storage.open(outboxSchema(storeName));
  } catch (error) {
    // No client comes of it: the viewer's request is not left running.
    transport.abortAll();
    throw error;
  }
  try {
    const cached = await storage.get<ViewerCache>(OUTBOX.meta, 'viewer');
    const { viewer, offset, fresh } = viewerRequest
      ? await fetchedViewer(viewerRequest, cached)
      : { viewer: options.viewer!, offset: 0, fresh: false };
    if (fresh) await storage.put(OUTBOX.meta, { id: 'viewer', viewer, offset } satisfies ViewerCache);
    let meta = await storage.get<ClientMeta>(OUTBOX.meta, 'client');
    if (!meta) {
      meta = { id: 'client', clientId: randomHex(random), sequence: 0 };
      await storage.put(OUTBOX.meta, meta);
    }
    return assemble(options, { storage, transport, clock, random, scheduler, viewer, offset, meta, storeName });
  } catch (error) {
    transport.abortAll();
    await storage.close();
    throw error;
  }
}

function assemble(
  options: HttpClientOptions,
  parts: {
    storage: HttpClientOptions['storage'];
    transport: Transport;
    clock: () => number;
    random: () => number;
    scheduler: Scheduler;
    viewer: Viewer;
    offset: number;
    meta: ClientMeta;
    storeName: string;
  },
): HttpMindshareApi {
  const { storage, transport, clock, random, scheduler, viewer } = parts;
  const changes = new Subscribable<MindshareChange>();
  const retryBaseMs = options.retryBaseMs ?? 1_000;
  const retryMaxMs = options.retryMaxMs ?? 300_000;
  const outbox = new Outbox({
    storage,
    transport,
    clock,
    random,
    scheduler,
    viewerId: viewer.id,
    clientId: parts.meta.clientId,
    lockName: `mindshare-outbox-${parts.storeName}`,
    retryBaseMs,
    retryMaxMs,
    replies: WRITE_REPLIES,
    emit: (change) => changes.emit(change),
  });
  const context: ClientContext = {
    transport,
    outbox,
    random,
    clock,
    scheduler,
    retryBaseMs,
    retryMaxMs,
    emit: (change) => changes.emit(change),
  };
  const flushSoon = () => void outbox.flush(true).catch(() => undefined);
  const online = globalThis as { addEventListener?: (type: string, listener: () => void) => void };
  online.addEventListener?.('online', flushSoon);
  // Writes left by an earlier page or crash go out once the caller had a chance to subscribe.
  scheduler.setTimeout(flushSoon, 0);
  let closed = false;

  return {
    viewer,
    now: () => clock() + parts.offset,
    ...directOperations(context),
    ...outboxWrites(context),
    startRecording: (promptId, meta) => startUpload(context, promptId, meta),
    resumeRecording: (recordingId) => resumeUpload(context, recordingId),
    subscribe: (listener) => changes.subscribe(listener),
    flush: () => outbox.flush(true),
    outbox: () => outbox.status(),
    dismissRefused: (key) => outbox.dismiss(key),
    async close() {
      if (closed) return;
      closed = true;
      (globalThis as { removeEventListener?: (type: string, listener: () => void) => void }).removeEventListener?.(
        'online',
        flushSoon,
      );
      await outbox.close();
      await storage.close();
    },
  };
}
