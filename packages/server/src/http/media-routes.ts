import { isMindError, MindError, type MindshareApi } from '@mindshare/core';
import { badRequest } from './errors.js';
import type { ContractRoute } from './contract-routes.js';
import { noContent, recording, startedTake } from './recover.js';
import type { Handler } from './route-kit.js';

/** What the server accepts as pitch media. */
export interface MediaPolicy {
  /** Largest recording, in bytes. */
  readonly maxBytes: number;
  /** Accepted media types (`video/webm`…); parameters such as `codecs` are allowed after them. */
  readonly types: readonly string[];
}

function checkType(policy: MediaPolicy, mimeType: unknown): string {
  if (typeof mimeType !== 'string')
    throw badRequest('mimeType must be a string such as "video/webm".', ['body', 'mimeType']);
  const base = mimeType.split(';')[0]!.trim().toLowerCase();
  if (!policy.types.includes(base)) {
    throw badRequest(`Media type "${base}" is not accepted; accepted: ${policy.types.join(', ')}.`, [
      'body',
      'mimeType',
    ]);
  }
  return mimeType;
}

/**
 * The upload routes of the contract, stateless: each chunk reopens the take from storage
 * (`resumeRecording`), so any process behind the load balancer, or this one after a restart,
 * continues an upload another began.
 */
export function uploadRoutes(policy: MediaPolicy): ContractRoute[] {
  const start: Handler = async ({ engine, body }) => {
    const input = await body();
    const mimeType = checkType(policy, input.mimeType);
    if (typeof input.promptId !== 'string') throw badRequest('promptId must be a string.', ['body', 'promptId']);
    const consent = input.consent === undefined ? {} : { consent: input.consent === true };
    const session = await engine.startRecording(input.promptId, { mimeType, ...consent });
    return { recordingId: session.recordingId, offset: 0 };
  };
  const append: Handler = async ({ engine, param, query, request }) => {
    const id = param('id');
    const offset = Number(query('offset'));
    if (!Number.isSafeInteger(offset) || offset < 0)
      throw badRequest('offset must be a non-negative integer.', ['query', 'offset']);
    const session = await engine.resumeRecording(id);
    if (offset > session.size)
      throw new MindError('MIND_CONFLICT', `The server holds ${session.size} bytes of "${id}"; send from there.`);
    const bytes = new Uint8Array(await request.arrayBuffer());
    // Bytes before what is held were received already (a reply was lost): skip them.
    const fresh = bytes.subarray(session.size - offset);
    if (session.size + fresh.length > policy.maxBytes) {
      throw badRequest(`A recording may hold at most ${policy.maxBytes} bytes.`, ['body']);
    }
    if (fresh.length > 0) await session.append(fresh.slice());
    return { recordingId: id, offset: session.size };
  };
  const finish: Handler = async ({ engine, param, body }) => {
    const input = await body();
    const session = await engine.resumeRecording(param('id'));
    if (input.size !== session.size)
      throw new MindError('MIND_CONFLICT', `The server holds ${session.size} bytes, not ${String(input.size)}.`);
    if (typeof input.durationMs !== 'number') throw badRequest('durationMs must be a number.', ['body', 'durationMs']);
    return session.finish({ durationMs: input.durationMs });
  };
  const abort: Handler = async ({ engine, param }) => {
    const session = await engine.resumeRecording(param('id'));
    await session.abort();
  };
  return [
    { method: 'POST', path: '/v1/recordings', handler: start, recover: startedTake },
    { method: 'PUT', path: '/v1/recordings/:id/media', handler: append },
    { method: 'POST', path: '/v1/recordings/:id/finish', handler: finish, recover: recording },
    { method: 'DELETE', path: '/v1/recordings/:id', handler: abort, recover: noContent },
  ];
}

/** `Upload-Offset` of a take in progress, for `HEAD …/media`. */
export async function uploadOffset(engine: MindshareApi, recordingId: string): Promise<number> {
  return (await engine.resumeRecording(recordingId)).size;
}

/** A byte range of a `Range: bytes=…` header, or `undefined` for the whole; `null` when unsatisfiable. */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | undefined | null {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined; // multiple or odd ranges: the whole
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return null;
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || start > end) return null;
  return { start, end };
}

/** The media of a recording, whole or the range asked for, so a player can seek. */
export async function mediaResponse(
  engine: MindshareApi,
  recordingId: string,
  range: string | undefined,
): Promise<Response> {
  const blob = (await engine.recordingMedia(recordingId)) as Blob;
  const size = blob.size;
  const headers: Record<string, string> = {
    'content-type': blob.type || 'application/octet-stream',
    'accept-ranges': 'bytes',
    'cache-control': 'private, max-age=0',
  };
  const wanted = byteRange(range, size);
  if (wanted === null)
    return new Response(null, { status: 416, headers: { ...headers, 'content-range': `bytes */${size}` } });
  if (wanted === undefined) return new Response(blob, { headers: { ...headers, 'content-length': String(size) } });
  const part = blob.slice(wanted.start, wanted.end + 1);
  return new Response(part, {
    status: 206,
    headers: {
      ...headers,
      'content-length': String(part.size),
      'content-range': `bytes ${wanted.start}-${wanted.end}/${size}`,
    },
  });
}

/** Whether an error means "no such take in progress" (HEAD answers 404 then). */
export function isMissingTake(error: unknown): boolean {
  return isMindError(error) && (error.code === 'MIND_NOT_FOUND' || error.code === 'MIND_CONFLICT');
}
