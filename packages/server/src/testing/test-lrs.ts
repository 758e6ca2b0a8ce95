// A Learning Record Store for tests: a local HTTP server that takes `POST /xapi/statements` as
// xAPI 1.0.3 says an LRS must (version header, authorization, a repeated id with the same content
// is a no-op and with other content a 409), checks every statement against the xAPI statement
// JSON Schema, and can be told to fail.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import AjvModule from 'ajv';
import { listenLocally } from './local-server.js';

// ajv is CommonJS: its default export is the module object under Node's ESM loader.
const Ajv = (AjvModule as unknown as { default: typeof AjvModule }).default ?? AjvModule;
/** Checks a statement against the xAPI 1.0.3 statement JSON Schema (`validate.errors` says why not). */
export const validate = new Ajv({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(new URL('./xapi-statement.schema.json', import.meta.url), 'utf8')) as object,
);

export const TEST_LRS_KEY = 'mindshare-test';
export const TEST_LRS_SECRET = 'lrs-secret-of-the-tests';

/** A statement as the LRS stored it (JSON). */
export type StoredStatement = Record<string, unknown> & { id: string };

/** One request the LRS answered. */
export interface LrsRequest {
  readonly status: number;
  /** The ids of the statements it carried. */
  readonly ids: readonly string[];
  readonly body: string;
}

export interface TestLrs {
  /** The xAPI endpoint to configure (`--xapi-endpoint`). */
  readonly endpoint: string;
  /** Statements stored, in the order they were first stored. */
  readonly statements: StoredStatement[];
  /** Every request answered, in order. */
  readonly requests: LrsRequest[];
  /** What the JSON Schema (or the score's bounds) refused: a statement and why. */
  readonly invalid: { statement: unknown; errors: string }[];
  /** Answers the next `count` requests with `status` (503 by default), storing nothing. */
  failNext(count: number, status?: number): void;
  /** The command-line flags that point a test server at this LRS. */
  flags(): string[];
  close(): Promise<void>;
}

/** The xAPI rule JSON Schema cannot say: `raw` between `min` and `max` (Part Two, §2.4.5.1). */
function rawOutOfBounds(statement: StoredStatement): boolean {
  const score = (statement['result'] as { score?: { raw?: number; min?: number; max?: number } } | undefined)?.score;
  if (score?.raw === undefined) return false;
  return (score.min !== undefined && score.raw < score.min) || (score.max !== undefined && score.raw > score.max);
}

export async function startTestLrs(): Promise<TestLrs> {
  const statements: StoredStatement[] = [];
  const requests: LrsRequest[] = [];
  const invalid: TestLrs['invalid'] = [];
  let failing = { count: 0, status: 503 };
  const expected = `Basic ${Buffer.from(`${TEST_LRS_KEY}:${TEST_LRS_SECRET}`).toString('base64')}`;

  const answer = (body: string): { status: number; ids: string[] } => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return { status: 400, ids: [] };
    }
    const batch = (Array.isArray(parsed) ? parsed : [parsed]) as StoredStatement[];
    const ids = batch.map((statement) => statement.id);
    if (failing.count > 0) {
      failing.count--;
      return { status: failing.status, ids };
    }
    for (const statement of batch) {
      if (!validate(statement) || rawOutOfBounds(statement)) {
        invalid.push({ statement, errors: JSON.stringify(validate.errors ?? 'raw outside [min, max]') });
        return { status: 400, ids };
      }
    }
    if (new Set(ids).size !== ids.length) return { status: 400, ids };
    // The batch is stored whole or not at all: a known id with other content refuses it.
    const known = batch.map((statement) => statements.find((stored) => stored.id === statement.id));
    if (known.some((stored, index) => stored && !isDeepStrictEqual(stored, batch[index]))) return { status: 409, ids };
    batch.forEach((statement, index) => known[index] ?? statements.push(statement));
    return { status: 200, ids };
  };

  const server = await listenLocally((request, body, response) => {
    let reply: { status: number; ids: string[] };
    if (request.method !== 'POST' || request.url !== '/xapi/statements') reply = { status: 404, ids: [] };
    else if (!/^1\.0\.\d+$/.test(String(request.headers['x-experience-api-version'] ?? '')))
      reply = { status: 400, ids: [] };
    else if (request.headers.authorization !== expected) reply = { status: 401, ids: [] };
    else reply = answer(body);
    requests.push({ ...reply, body });
    response.writeHead(reply.status, { 'content-type': 'application/json', 'x-experience-api-version': '1.0.3' });
    response.end(reply.status === 200 ? JSON.stringify(reply.ids) : '');
  });

  const endpoint = `${server.origin}/xapi`;
  return {
    endpoint,
    statements,
    requests,
    invalid,
    failNext(count, status = 503) {
      failing = { count, status };
    },
    flags: () => [
      '--xapi-endpoint',
      endpoint,
      '--xapi-key',
      TEST_LRS_KEY,
      '--xapi-secret',
      TEST_LRS_SECRET,
      '--xapi-activity-base',
      'https://learning.northwind.example/mindshare',
      '--xapi-account-home-page',
      'https://partners.northwind.example',
    ],
    close: () => server.close(),
  };
}
