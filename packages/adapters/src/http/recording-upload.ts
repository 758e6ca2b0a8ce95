import {
  MindError,
  RecordingSchema,
  Subscribable,
  type BinaryChunk,
  type RecordingMeta,
  type ResumedRecording,
} from '@mindshare/core';
import { retryDelay } from './backoff.js';
import { call, parseReply, segment, writeHeaders, type ClientContext } from './client-context.js';
import { UploadOffsetSchema } from './reply-schemas.js';

/** Where an upload stands after each acknowledged chunk. */
export interface UploadProgress {
  readonly recordingId: string;
  /** Bytes the server has committed. */
  readonly uploaded: number;
  /** Chunks appended and acknowledged so far. */
  readonly chunks: number;
}

/** A recording whose media is uploaded chunk by chunk and resumes from the server's offset. */
export interface HttpRecordingSession extends ResumedRecording {
  /** Bytes the server has committed so far. */
  readonly uploaded: number;
  /** Calls `listener` after every chunk the server acknowledged. */
  onProgress(listener: (progress: UploadProgress) => void): () => void;
}

/** Tries per chunk before `append` gives up with the last network error. */
const MAX_TRIES = 6;

async function bytesOf(chunk: BinaryChunk): Promise<Uint8Array> {
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return new Uint8Array(await chunk.arrayBuffer());
}

/**
 * Starts a recording on the server (`POST /v1/recordings`) and returns a session whose `append`
 * resolves once the server committed the chunk. After a failure it asks the server how many bytes
 * it holds (`HEAD …/media`, `Upload-Offset` header) and sends only the rest.
 */
export async function startUpload(
  context: ClientContext,
  promptId: string,
  meta: RecordingMeta,
): Promise<HttpRecordingSession> {
  segment(promptId, 'promptId');
  const body = { promptId, mimeType: meta.mimeType, ...(meta.consent === undefined ? {} : { consent: meta.consent }) };
  const created = await call(
    context,
    { method: 'POST', path: '/v1/recordings', body, headers: writeHeaders(context) },
    UploadOffsetSchema,
  );
  context.emit({ origin: 'local', areas: ['pitch'] });
  return uploadSession(context, created.recordingId, created.offset);
}

/**
 * Reopens an upload left in progress (a reload mid-take): asks the server how many bytes it holds
 * (`HEAD …/media`) and continues from there.
 */
export async function resumeUpload(context: ClientContext, recordingId: string): Promise<HttpRecordingSession> {
  const path = `/v1/recordings/${segment(recordingId, 'recordingId')}/media`;
  const head = await context.transport.send({ method: 'HEAD', path });
  if (!head.ok) throw head.error;
  const committed = Number(head.headers.get('upload-offset'));
  if (!Number.isSafeInteger(committed) || committed < 0) {
    throw new MindError('MIND_BAD_RESPONSE', `HEAD ${path} gave no Upload-Offset.`);
  }
  return uploadSession(context, recordingId, committed);
}

function uploadSession(context: ClientContext, recordingId: string, committed: number): HttpRecordingSession {
  const base = `/v1/recordings/${segment(recordingId, 'recordingId')}`;
  const progress = new Subscribable<UploadProgress>();
  let offset = committed;
  let chunks = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const sleep = (ms: number) => new Promise<void>((resolve) => context.scheduler.setTimeout(resolve, ms));

  async function learnOffset(): Promise<void> {
    const head = await context.transport.send({ method: 'HEAD', path: `${base}/media` });
    const header = head.ok ? head.headers.get('upload-offset') : null;
    const committed = header === null ? Number.NaN : Number(header);
    if (Number.isSafeInteger(committed) && committed >= 0) offset = committed;
  }

  async function upload(bytes: Uint8Array): Promise<void> {
    const start = offset;
    const end = start + bytes.length;
    let tries = 0;
    while (offset < end) {
      const delivery = await context.transport.send({
        method: 'PUT',
        path: `${base}/media`,
        query: { offset },
        body: bytes.subarray(Math.max(0, offset - start)),
      });
      if (delivery.ok) {
        const reply = parseReply(UploadOffsetSchema, delivery.body, `PUT ${base}/media`);
        if (reply.offset < offset || reply.offset > end) {
          throw new MindError(
            'MIND_BAD_RESPONSE',
            `The server committed offset ${reply.offset}, outside ${offset}–${end}.`,
          );
        }
        offset = reply.offset;
        continue;
      }
      if (!delivery.retryable && delivery.error.code !== 'MIND_CONFLICT') throw delivery.error;
      tries += 1;
      if (tries >= MAX_TRIES) throw delivery.error;
      await sleep(retryDelay(tries, context.random, context.retryBaseMs, context.retryMaxMs));
      await learnOffset();
      if (offset < start)
        throw new MindError('MIND_CONFLICT', `The server lost bytes ${offset}–${start} of ${recordingId}.`);
    }
    chunks += 1;
    context.emit({ origin: 'local', areas: ['pitch'] });
    progress.emit({ recordingId, uploaded: offset, chunks });
  }

  // Chunks are sent one at a time, in order, whatever the caller awaits.
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    recordingId,
    get uploaded() {
      return offset;
    },
    get size() {
      return offset;
    },
    onProgress: (listener) => progress.subscribe(listener),
    append: (chunk) => serial(async () => upload(await bytesOf(chunk))),
    finish: (options) =>
      serial(async () => {
        const recording = await call(
          context,
          {
            method: 'POST',
            path: `${base}/finish`,
            body: { durationMs: options.durationMs, size: offset },
            headers: writeHeaders(context),
          },
          RecordingSchema,
        );
        // A take sent may earn engagement points and the first-pitch badge.
        context.emit({ origin: 'local', areas: ['pitch', 'engagement'] });
        return recording;
      }),
    abort: () =>
      serial(async () => {
        const delivery = await context.transport.send({ method: 'DELETE', path: base, headers: writeHeaders(context) });
        if (!delivery.ok) throw delivery.error;
        context.emit({ origin: 'local', areas: ['pitch'] });
      }),
  };
}
