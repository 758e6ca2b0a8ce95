import type { FetchLike } from './http-options.js';
import { contractBase, requestBasics, type RequestTarget } from './request.js';

/**
 * `GET /v1/viewer` already on its way, made by {@link sendViewerRequest} for one client to take
 * as its own (`createHttpClient({ …, viewerRequest })`).
 */
export interface SentRequest {
  /** Abandons the request (a page whose client will not be created after all). */
  readonly abort: () => void;
}

/** What {@link sendViewerRequest} needs of the client's options. */
export interface ViewerRequestOptions extends RequestTarget {
  /** `globalThis.fetch` by default. */
  readonly fetch?: FetchLike;
  /** Epoch ms; `Date.now` by default. Times how long the reply waited for its client. */
  readonly clock?: () => number;
}

/** @internal A sent request as its client takes it. */
export interface TakenRequest {
  readonly reply: Promise<Response>;
  readonly abort: () => void;
  /** How long ago the reply came, in ms; `undefined` while it has not. */
  readonly sinceArrival: () => number | undefined;
}

interface Sent extends TakenRequest {
  readonly baseUrl: string;
  readonly token: RequestTarget['token'];
  readonly signal: AbortSignal;
  taken: boolean;
}

/** The state of each request sent, out of reach of the page: only a client reads a reply. */
const sentRequests = new WeakMap<SentRequest, Sent>();

/**
 * Sends `GET /v1/viewer` now, for a client created later with it as `viewerRequest`: a page that
 * loads the client's code on demand asks for the viewer while that code downloads, one round trip
 * less before its first call. The CDN's `createHttpClient` does this by itself; from
 * `@mindshare/adapters/http`, holding this function without the rest of the client takes a
 * bundler that drops unused modules (the package has no side effects).
 *
 * @example
 * ```ts
 * const viewerRequest = sendViewerRequest({ baseUrl, token });
 * const { createHttpClient } = await import('@mindshare/adapters/http');
 * const api = await createHttpClient({ baseUrl, token, storage, viewerRequest });
 * ```
 */
export function sendViewerRequest(options: ViewerRequestOptions): SentRequest {
  const controller = new AbortController();
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const clock = options.clock ?? (() => Date.now());
  let arrivedAt: number | undefined;
  const reply = requestBasics(options, '/v1/viewer')
    .then(({ url, headers }) => {
      // Abandoned while the token was fetched: not sent at all.
      controller.signal.throwIfAborted();
      return send(new Request(url, { headers, signal: controller.signal }));
    })
    .then((response) => {
      arrivedAt = clock();
      return response;
    });
  // Read by the client; unread when the client's code never came, which is no error of its own.
  reply.catch(() => undefined);
  const abort = () => controller.abort();
  const handle: SentRequest = { abort };
  sentRequests.set(handle, {
    reply,
    abort,
    sinceArrival: () => (arrivedAt === undefined ? undefined : clock() - arrivedAt),
    baseUrl: options.baseUrl,
    token: options.token,
    signal: controller.signal,
    taken: false,
  });
  return handle;
}

/**
 * @internal Hands `sent` to the client of `target`: once, and only when it went to the same
 * server with the same token (the same string, or the same function) and was not abandoned.
 * Otherwise (taken already, abandoned, sent for another person or server, or made by another
 * copy of this module) it is abandoned and `undefined` returned: the client asks for its viewer
 * itself.
 */
export function takeSentRequest(sent: SentRequest, target: RequestTarget): TakenRequest | undefined {
  const state = sentRequests.get(sent);
  const usable =
    state !== undefined &&
    !state.taken &&
    !state.signal.aborted &&
    contractBase(state.baseUrl) === contractBase(target.baseUrl) &&
    state.token === target.token;
  if (!usable) {
    if (!state?.taken) sent.abort();
    return undefined;
  }
  state.taken = true;
  return state;
}
