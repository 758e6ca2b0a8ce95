import {
  createMemoryDatabase,
  createMemoryStorage,
  createMindshare,
  isMindError,
  MindError,
  type MemoryDatabase,
  type MindshareApi,
  type RecordingSession,
} from '@mindshare/core';
import { seededRandom } from '@mindshare/core/testing';
import { getResponse, HttpResponse, type RequestHandler } from 'msw';
import { HTTP_STATUS_OF_CODE } from '../error-status.js';
import { mockDirectory, mockPack } from './mock-pack.js';
import { contractHandlers } from './mock-routes.js';

/** A fault the mock server injects into one request. */
export type Fault = 'network-error' | 'server-error' | 'timeout' | 'drop-reply' | 'malformed';

/** Options of {@link createMockServer}. */
export interface MockServerOptions {
  readonly baseUrl?: string;
  readonly clock: () => number;
  /** Questions of the `marathon` challenge (default 10). */
  readonly questions?: number;
  /** How many such challenges (`marathon`, `marathon-2`…; default 1). */
  readonly marathons?: number;
  /** Chooses a fault for each request, or none. */
  readonly faults?: (request: Request) => Fault | undefined;
  /**
   * A real server to answer instead of the mock's routes (the faults still apply in front of it),
   * so the client's tests run against it too: see {@link ContractBackend}.
   */
  readonly backend?: ContractBackend;
}

/**
 * A server of the contract for the client's tests: made on the first request, over the mock's pack
 * and directory and clock, accepting `Bearer token-<seller id>`, and calling `applied` each time it
 * applies a write (to count that none is applied twice).
 */
export type ContractBackend = (world: {
  readonly baseUrl: string;
  readonly clock: () => number;
  readonly pack: Record<string, unknown>;
  readonly directory: Record<string, unknown>;
  applied(authorization: string, key: string): void;
}) => Promise<(request: Request) => Promise<Response>>;

/** An upload in progress on the server: the engine's session and the bytes it committed. */
export interface ServerUpload {
  readonly session: RecordingSession;
  offset: number;
}

/**
 * A tiny server of the Mindshare HTTP contract for tests: routes (msw handlers) in front of core's
 * own engine, `createMindshare`, unchanged, one engine per viewer over one shared in-memory
 * database. It adds what the contract adds to the engine: bearer tokens (`token-<seller id>`),
 * idempotency keys (replay or 422), error statuses, and resumable media offsets.
 */
export class MockServer {
  readonly baseUrl: string;
  readonly database: MemoryDatabase = createMemoryDatabase();
  /** How many times each idempotency key's write was applied by the engine (keyed by token and key). */
  readonly applications = new Map<string, number>();
  /** Requests received, faults included. */
  requests = 0;
  /** Requests being handled right now (hung ones excluded), so a manual clock waits for them. */
  handling = 0;
  /** Faults injected, by kind. */
  readonly injected: Record<Fault, number> = {
    'network-error': 0,
    'server-error': 0,
    timeout: 0,
    'drop-reply': 0,
    malformed: 0,
  };
  faults: ((request: Request) => Fault | undefined) | undefined;
  readonly uploads = new Map<string, ServerUpload>();
  readonly #clock: () => number;
  readonly #pack: Record<string, unknown>;
  readonly #engines = new Map<string, Promise<MindshareApi>>();
  readonly #replies = new Map<string, { fingerprint: string; status: number; body: string }>();
  readonly #handlers: RequestHandler[];
  readonly #backend: ContractBackend | undefined;
  #backendFetch: Promise<(request: Request) => Promise<Response>> | undefined;
  #seed = 1;

  constructor(options: MockServerOptions) {
    this.baseUrl = options.baseUrl ?? 'https://mindshare.test';
    this.#clock = options.clock;
    this.#pack = mockPack(options.questions, options.marathons);
    this.faults = options.faults;
    this.#handlers = contractHandlers(this);
    this.#backend = options.backend;
  }

  /** The engine acting as the seller whose token the request bears. */
  engineFor(request: Request): Promise<MindshareApi> {
    const token = /^Bearer token-(.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
    const people = (mockDirectory().sellers as { id: string }[]).map((person) => person.id);
    if (token === undefined || !people.includes(token)) {
      const error = new MindError('MIND_FORBIDDEN', 'Missing or unknown bearer token.');
      unauthenticated.add(error);
      throw error;
    }
    let engine = this.#engines.get(token);
    if (!engine) {
      engine = createMindshare({
        storage: createMemoryStorage({ database: this.database }),
        content: this.#pack,
        directory: mockDirectory(),
        viewer: { id: token },
        clock: this.#clock,
        random: seededRandom(this.#seed++),
      });
      this.#engines.set(token, engine);
      engine.catch(() => this.#engines.delete(token));
    }
    return engine;
  }

  now(): number {
    return this.#clock();
  }

  /**
   * Runs a write once per idempotency key: the same key and body replay the stored reply, the same
   * key with another body is refused (422 `MIND_CONFLICT`). Replies of 5xx are not stored, so
   * retrying them runs the write again.
   */
  async idempotent(request: Request, apply: () => Promise<Response>): Promise<Response> {
    const header = request.headers.get('idempotency-key');
    // Keys are scoped to the caller: another seller's key can neither replay nor block this write.
    if (!header || !/^[0-9a-f]{32}$/i.test(header)) {
      const refusal = new MindError(
        'MIND_INVALID_INPUT',
        'Writes need an Idempotency-Key header of 32 hexadecimal characters.',
        {
          path: ['Idempotency-Key'],
        },
      );
      return errorResponse(refusal);
    }
    const key = `${request.headers.get('authorization') ?? ''} ${header}`;
    const fingerprint = `${request.method} ${new URL(request.url).pathname} ${await request.clone().text()}`;
    const stored = this.#replies.get(key);
    if (stored) {
      if (stored.fingerprint !== fingerprint) {
        const error = new MindError('MIND_CONFLICT', 'This Idempotency-Key was used for another request.');
        return errorResponse(error, 422);
      }
      return new HttpResponse(stored.body, { status: stored.status, headers: { 'content-type': 'application/json' } });
    }
    const response = await apply();
    const body = await response.clone().text();
    if (response.status < 500) this.#replies.set(key, { fingerprint, status: response.status, body });
    if (response.ok) this.applications.set(key, (this.applications.get(key) ?? 0) + 1);
    return response;
  }

  /** `fetch` for the client under test, with the configured faults. */
  readonly fetch = async (request: Request): Promise<Response> => {
    this.requests += 1;
    this.handling += 1;
    try {
      return await this.#respond(request);
    } finally {
      this.handling -= 1;
    }
  };

  #backendOf(): Promise<(request: Request) => Promise<Response>> {
    return (this.#backendFetch ??= this.#backend!({
      baseUrl: this.baseUrl,
      clock: this.#clock,
      pack: this.#pack,
      directory: mockDirectory(),
      applied: (authorization, key) => {
        const id = `${authorization} ${key}`;
        this.applications.set(id, (this.applications.get(id) ?? 0) + 1);
      },
    }));
  }

  async #respond(request: Request): Promise<Response> {
    const fault = this.faults?.(request);
    if (fault) this.injected[fault] += 1;
    if (fault === 'network-error') throw new TypeError('Failed to fetch');
    if (fault === 'server-error') return errorResponse(new MindError('MIND_STORAGE_UNAVAILABLE', 'Injected 500.'), 500);
    if (fault === 'timeout') {
      // Hangs like a dead connection; only the client's abort ends it.
      this.handling -= 1;
      return new Promise<Response>((_, reject) => {
        request.signal.addEventListener('abort', () => {
          this.handling += 1;
          reject(new DOMException('Aborted', 'AbortError'));
        });
      });
    }
    const response = this.#backend
      ? await (
          await this.#backendOf()
        )(request)
      : ((await getResponse(this.#handlers, request)) ?? errorResponse(notFound(request), 404));
    if (fault === 'drop-reply') throw new TypeError('Connection reset after the server committed');
    if (fault === 'malformed') return HttpResponse.json({ unexpected: true });
    return response;
  }
}

function notFound(request: Request): MindError {
  return new MindError('MIND_NOT_FOUND', `No route ${request.method} ${new URL(request.url).pathname}.`);
}

// Errors that mean "who are you?" (401) rather than "not you" (403); both carry MIND_FORBIDDEN.
const unauthenticated = new WeakSet<object>();

/** The contract's error body for a `MindError` (anything else is a 500). */
export function errorResponse(error: unknown, status?: number): Response {
  if (typeof error === 'object' && error !== null && unauthenticated.has(error)) status ??= 401;
  const known = isMindError(error);
  const code = known ? error.code : 'MIND_STORAGE_UNAVAILABLE';
  const message = error instanceof Error ? error.message : String(error);
  const path = known && error.path ? { path: error.path } : {};
  const details = known && error.details ? { details: error.details } : {};
  return HttpResponse.json(
    { error: { code, message, ...path, ...details } },
    { status: status ?? (known ? HTTP_STATUS_OF_CODE[code] : 500) },
  );
}

/** A mock server over a fresh database. */
export function createMockServer(options: MockServerOptions): MockServer {
  return new MockServer(options);
}
