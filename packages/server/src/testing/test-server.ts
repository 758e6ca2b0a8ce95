// A server for the server's own tests: in-memory PGlite, the scenario pack and directory, real
// tokens signed with a test secret, and a clock the test moves.
import { pino } from 'pino';
import { scenarioDirectory, scenarioPack, SCENARIO_TIME } from '@mindshare/core/testing';
import { signToken } from '../auth/tokens.js';
import { createMindshareServer, type MindshareServer, type ServerOverrides } from '../server.js';
import { parseCommandLine } from '../settings.js';
import { openDatabase } from '../storage/database.js';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SECRET = 'test-secret-of-at-least-thirty-two-characters';
export const BASE = 'http://mindshare.test';

/** A started test server and how to call it. */
export interface TestServer {
  readonly server: MindshareServer;
  readonly time: { now: number };
  /** A token for `id`, signed as the portal would. */
  token(
    id: string,
    options?: { expiresIn?: string | number; secret?: string; issuer?: string; audience?: string },
  ): Promise<string>;
  /** One request to the app; `as` signs a token for that person. */
  call(method: string, path: string, options?: CallOptions): Promise<Response>;
  close(): Promise<void>;
}

export interface CallOptions {
  readonly as?: string;
  readonly token?: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly key?: string;
}

let keys = 0;
/** A fresh Idempotency-Key. */
export const newKey = (): string => (++keys).toString(16).padStart(32, '0');

/** Starts a server over a new in-memory database; `flags` are command-line options. */
export async function testServer(flags: readonly string[] = [], overrides: ServerOverrides = {}): Promise<TestServer> {
  const folder = await mkdtemp(join(tmpdir(), 'mindshare-server-test-'));
  const packFile = join(folder, 'pack.json');
  const directoryFile = join(folder, 'directory.json');
  await writeFile(packFile, JSON.stringify(scenarioPack()));
  await writeFile(directoryFile, JSON.stringify(scenarioDirectory()));
  const { settings } = parseCommandLine(
    [
      '--in-memory',
      '--token-secret',
      SECRET,
      '--pack',
      packFile,
      '--directory',
      directoryFile,
      '--port',
      '0',
      ...flags,
    ],
    {},
  );
  const time = { now: SCENARIO_TIME.start };
  const database =
    overrides.database ?? (await openDatabase({ inMemory: true, storeName: settings.storeName ?? 'main' }));
  const server = await createMindshareServer(settings, {
    clock: () => time.now,
    logger: pino({ level: 'silent' }),
    ...overrides,
    database,
  });
  const token: TestServer['token'] = (id, options = {}) =>
    signToken(options.secret ?? SECRET, id, {
      expiresIn: options.expiresIn ?? '1h',
      issuer: options.issuer ?? settings.tokenIssuer,
      audience: options.audience ?? settings.tokenAudience,
    });
  return {
    server,
    time,
    token,
    async call(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      const bearer = options.token ?? (options.as ? await token(options.as) : undefined);
      if (bearer) headers.authorization = `Bearer ${bearer}`;
      if (method !== 'GET' && method !== 'HEAD' && !path.endsWith('/media'))
        headers['idempotency-key'] ??= options.key ?? newKey();
      let body: BodyInit | undefined;
      if (options.body instanceof Uint8Array) {
        body = options.body as Uint8Array<ArrayBuffer>;
        headers['content-type'] ??= 'application/octet-stream';
      } else if (options.body !== undefined) {
        body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
        headers['content-type'] ??= 'application/json';
      }
      return server.app.fetch(
        new Request(`${BASE}${path}`, { method, headers, ...(body === undefined ? {} : { body }) }),
      );
    },
    async close() {
      await server.close();
      if (!overrides.database) await database.close();
    },
  };
}
