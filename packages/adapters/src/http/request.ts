/** One request of the contract. `body` is JSON unless it is binary (media upload). */
export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'HEAD' | 'DELETE';
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** The reply is bytes (media), handed over as an `ArrayBuffer`. */
  readonly binary?: boolean;
}

/** Where requests go and whose they are: the client's `baseUrl` and `token`. */
export interface RequestTarget {
  /** Where the Mindshare HTTP contract is served, e.g. `https://portal.example.com/mindshare`. */
  readonly baseUrl: string;
  /** The bearer token the portal issued, or a function called before every request for a fresh one. */
  readonly token: string | (() => string | Promise<string>);
}

/** `baseUrl` without its trailing slashes: `…/mindshare/` and `…/mindshare` are one server. */
export const contractBase = (baseUrl: string): string => baseUrl.replace(/\/+$/, '');

/**
 * The URL of `path` at `target` and the headers every request carries, with a fresh token: the
 * one place they are made, for the transport and for a request sent before the client exists
 * (`sendViewerRequest`, which a page holds before the client's code: kept small for it).
 */
export async function requestBasics(target: RequestTarget, path: string): Promise<{ url: URL; headers: Headers }> {
  const token = typeof target.token === 'function' ? await target.token() : target.token;
  return {
    url: new URL(contractBase(target.baseUrl) + path),
    headers: new Headers({ accept: 'application/json', authorization: `Bearer ${token}` }),
  };
}
