import type { FetchLike } from './http-options.js';
import { requestBasics, type RequestTarget } from './request.js';

/**
 * A request already on its way when the client is created: its reply (or failure), when that
 * reply came, and how to abandon it. Made by {@link sendViewerRequest}.
 */
export interface SentRequest {
  readonly reply: Promise<Response>;
  /** When the reply came, on the clock given to {@link sendViewerRequest}; `undefined` until then. */
  readonly arrivedAt: () => number | undefined;
  /** Abandons the request (the client does when it cannot start). */
  readonly abort: () => void;
}

/** What {@link sendViewerRequest} needs of the client's options. */
export interface ViewerRequestOptions extends RequestTarget {
  /** `globalThis.fetch` by default. */
  readonly fetch?: FetchLike;
  /** Epoch ms; `Date.now` by default: the client's own clock, so its offset from the server's holds. */
  readonly clock?: () => number;
}

/**
 * Sends `GET /v1/viewer` now, for a client created later with it as `viewerRequest`: a page that
 * loads the client's code on demand asks for the viewer while that code downloads, one round trip
 * less before its first call (the CDN's `createHttpClient` does so). This module imports next to
 * nothing, so a page can hold it before the client's code.
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
    .then(({ url, headers }) => send(new Request(url, { headers, signal: controller.signal })))
    .then((response) => {
      arrivedAt = clock();
      return response;
    });
  // Read by the client; unread when the client's code never came, which is no error of its own.
  reply.catch(() => undefined);
  return { reply, arrivedAt: () => arrivedAt, abort: () => controller.abort() };
}
