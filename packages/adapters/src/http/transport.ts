import { MIND_ERROR_CODES, MindError } from '@mindshare/core';
import * as z from 'zod/mini';
import type { FetchLike, Scheduler } from './http-options.js';
import { requestBasics, type HttpRequest } from './request.js';
import type { TakenRequest } from './sent-request.js';

export type { HttpRequest } from './request.js';

/**
 * What became of a request: the server's reply, or a failure that says whether trying again may
 * help. `retryable` failures leave the outcome unknown (the server may have committed), which is
 * why writes carry an idempotency key.
 */
export type Delivery =
  | { readonly ok: true; readonly status: number; readonly body: unknown; readonly headers: Headers }
  | { readonly ok: false; readonly error: MindError; readonly retryable: boolean; readonly status: number | undefined };

/** Sends requests of the contract; never throws, every outcome is a {@link Delivery}. */
export interface Transport {
  /**
   * Sends `request`; or, given `sent` (this very request, sent before the client existed: see
   * `sendViewerRequest`), reads its reply instead, within the time limit counted from now.
   */
  send(request: HttpRequest, sent?: TakenRequest): Promise<Delivery>;
  /** Abandons requests in flight (their deliveries become retryable `MIND_NETWORK`). */
  abortAll(): void;
}

export interface TransportOptions {
  readonly baseUrl: string;
  readonly token: string | (() => string | Promise<string>);
  readonly fetch: FetchLike;
  readonly scheduler: Scheduler;
  readonly timeoutMs: number;
}

const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(MIND_ERROR_CODES),
    message: z.string(),
    path: z.optional(z.array(z.union([z.string(), z.number()]))),
    details: z.optional(z.record(z.string(), z.string())),
  }),
});

// Token refresh, throttling and timeouts are transient: the same write may well pass later.
const TRANSIENT_STATUSES = new Set([401, 408, 429]);

function isBinary(body: unknown): body is ArrayBuffer | Uint8Array {
  return body instanceof ArrayBuffer || body instanceof Uint8Array;
}

async function buildRequest(options: TransportOptions, request: HttpRequest, signal: AbortSignal): Promise<Request> {
  const { url, headers } = await requestBasics(options, request.path);
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);
  let body: BodyInit | undefined;
  if (isBinary(request.body)) {
    headers.set('content-type', 'application/octet-stream');
    body = request.body instanceof Uint8Array ? request.body.slice() : request.body;
  } else if (request.body !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(request.body);
  }
  return new Request(url, { method: request.method, headers, signal, ...(body === undefined ? {} : { body }) });
}

/** Creates the transport over an injected `fetch`, with a timeout on the injected scheduler. */
export function createTransport(options: TransportOptions): Transport {
  const inFlight = new Set<AbortController>();

  async function exchange(request: HttpRequest, sent: TakenRequest | undefined): Promise<Response> {
    const controller = new AbortController();
    inFlight.add(controller);
    if (sent) controller.signal.addEventListener('abort', sent.abort, { once: true });
    let timer: unknown;
    // A fetch that ignores its signal must not hang the caller: race it against the abort.
    const aborted = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
      timer = options.scheduler.setTimeout(() => controller.abort(), options.timeoutMs);
    });
    try {
      return await Promise.race([
        sent ? sent.reply : buildRequest(options, request, controller.signal).then((built) => options.fetch(built)),
        aborted,
      ]);
    } finally {
      options.scheduler.clearTimeout(timer);
      inFlight.delete(controller);
    }
  }

  async function send(request: HttpRequest, sent?: TakenRequest): Promise<Delivery> {
    let response: Response;
    try {
      response = await exchange(request, sent);
    } catch (cause) {
      const error = new MindError(
        'MIND_NETWORK',
        `${request.method} ${request.path}: the server could not be reached.`,
        {
          cause,
        },
      );
      return { ok: false, error, retryable: true, status: undefined };
    }
    if (request.binary && response.ok) {
      try {
        return { ok: true, status: response.status, body: await response.arrayBuffer(), headers: response.headers };
      } catch (cause) {
        const error = new MindError('MIND_NETWORK', `${request.method} ${request.path}: the reply was cut off.`, {
          cause,
        });
        return { ok: false, error, retryable: true, status: response.status };
      }
    }
    let text: string;
    try {
      text = request.method === 'HEAD' ? '' : await response.text();
    } catch (cause) {
      const error = new MindError('MIND_NETWORK', `${request.method} ${request.path}: the reply was cut off.`, {
        cause,
      });
      return { ok: false, error, retryable: true, status: response.status };
    }
    let body: unknown;
    let parsed = true;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = false;
    }
    if (response.ok) {
      if (parsed) return { ok: true, status: response.status, body, headers: response.headers };
      const error = new MindError('MIND_BAD_RESPONSE', `${request.method} ${request.path}: the reply is not JSON.`);
      return { ok: false, error, retryable: true, status: response.status };
    }
    // 501 will not change on retry; other 5xx are the server's passing trouble.
    const retryable = (response.status >= 500 && response.status !== 501) || TRANSIENT_STATUSES.has(response.status);
    const problem = ErrorBodySchema.safeParse(body);
    if (problem.success) {
      const { code, message, path, details } = problem.data.error;
      const error = new MindError(code, message, {
        ...(path === undefined ? {} : { path }),
        ...(details === undefined ? {} : { details }),
      });
      return { ok: false, error, retryable, status: response.status };
    }
    // A status with no contract body comes from a proxy or a crash, not from the engine's verdict.
    const error = retryable
      ? new MindError('MIND_NETWORK', `${request.method} ${request.path}: the server answered ${response.status}.`)
      : new MindError(
          'MIND_BAD_RESPONSE',
          `${request.method} ${request.path}: status ${response.status} without an error body.`,
        );
    // A 4xx without the contract's body (a wrong baseUrl, a firewall) will not heal by retrying.
    return { ok: false, error, retryable, status: response.status };
  }

  return {
    send,
    abortAll() {
      for (const controller of inFlight) controller.abort();
    },
  };
}
