import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { pino } from 'pino';
import pg from 'pg';
import { main } from './cli.js';
import { SECRET, testServer } from './testing/test-server.js';

/** Runs the command line in this process, capturing what it prints. */
async function cli(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const { log, error, warn } = console;
  console.log = () => undefined;
  console.error = console.warn = (...parts: unknown[]) => void err.push(parts.join(' '));
  try {
    return { code: await main(args, env), err: err.join('\n') };
  } finally {
    Object.assign(console, { log, error, warn });
  }
}

/** The temporary folders made here, removed after the tests (a migration fills one with a database). */
const folders: string[] = [];
after(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

/** A data folder that does not exist yet: opening the embedded database would create it. */
async function unopenedDataDir(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'mindshare-start-'));
  folders.push(folder);
  return join(folder, 'data');
}

/** Serving with `flags` stops with exit code 1 and a message matching `named`, before the database is opened. */
async function refusedBeforeTheDatabase(flags: readonly string[], named: RegExp): Promise<string> {
  const data = await unopenedDataDir();
  const { code, err } = await cli(['--data-dir', data, ...flags]);
  assert.equal(code, 1, err);
  assert.match(err, named);
  assert.ok(!existsSync(data), `the embedded database was opened before refusing: ${err}`);
  return err;
}

const SECRET_FLAGS = ['--token-secret', SECRET];

describe('settings are checked before the database is opened', () => {
  it('refuses a port out of range or not whole, naming PORT', async () => {
    for (const port of ['99999', '1.5', '-1']) {
      await refusedBeforeTheDatabase(['--port', port, ...SECRET_FLAGS], /--port \(PORT\).*0 to 65535/);
    }
  });

  it('names the token secret when it is too short or missing, and refuses it beside a JWKS URL', async () => {
    await refusedBeforeTheDatabase(['--token-secret', 'short'], /--token-secret \(MINDSHARE_TOKEN_SECRET\).*32/);
    await refusedBeforeTheDatabase([], /MINDSHARE_TOKEN_SECRET.*MINDSHARE_JWKS_URL/);
    await refusedBeforeTheDatabase(
      [...SECRET_FLAGS, '--jwks-url', 'https://portal.example.com/.well-known/jwks.json'],
      /--token-secret \(MINDSHARE_TOKEN_SECRET\).*--jwks-url \(MINDSHARE_JWKS_URL\)/,
    );
  });

  it('warns of a store name PostgreSQL changes and Redis keeps, and still starts with it (deployments upgraded with one)', async () => {
    const data = await unopenedDataDir();
    const migrated = await cli(['migrate', '--data-dir', data, '--store-name', 'acme-q4']);
    assert.equal(migrated.code, 0, migrated.err);
    assert.match(
      migrated.err,
      /--store-name \(MINDSHARE_STORE\) "acme-q4" is stored in the PostgreSQL schema mindshare_acme_q4 but keeps its Redis keys as mindshare:acme-q4:/,
    );
    const kept = await cli(['migrate', '--data-dir', await unopenedDataDir(), '--store-name', 'acme_q4']);
    assert.deepEqual(kept, { code: 0, err: '' });
  });

  it('names each missing xAPI setting with what it expects, before the database is opened', async () => {
    const err = await refusedBeforeTheDatabase(
      [...SECRET_FLAGS, '--xapi-endpoint', 'https://lrs.example.com/xapi', '--xapi-key', 'k', '--xapi-secret', 's'],
      /MINDSHARE_XAPI_ACTIVITY_BASE: expected the base IRI of activity ids/,
    );
    assert.match(err, /MINDSHARE_XAPI_ACCOUNT_HOME_PAGE: expected the home page/);
    assert.doesNotMatch(err, /Invalid input/);
  });

  it('refuses an unknown log level, naming LOG_LEVEL and the levels it takes', async () => {
    await refusedBeforeTheDatabase(
      ['--log-level', 'loud', ...SECRET_FLAGS],
      /--log-level \(LOG_LEVEL\) must be one of fatal, error, warn, info, debug, trace, silent, not "loud"/,
    );
  });

  it('refuses --dev with a JWKS URL, whose tokens the development route could not mint', async () => {
    await refusedBeforeTheDatabase(
      ['--dev', '--jwks-url', 'https://portal.example.com/.well-known/jwks.json'],
      /--dev.*--jwks-url \(MINDSHARE_JWKS_URL\)/,
    );
  });

  it('creates no schema in PostgreSQL when a setting is bad', { skip: !process.env.DATABASE_URL }, async () => {
    const store = `badsecret_${process.pid}_${Date.now().toString(36)}`;
    const { code, err } = await cli([
      '--database-url',
      process.env.DATABASE_URL!,
      '--store-name',
      store,
      '--token-secret',
      'short',
    ]);
    assert.equal(code, 1, err);
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [`mindshare_${store}`]);
      assert.equal(rows.length, 0);
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS "mindshare_${store}" CASCADE`);
      await client.end();
    }
  });
});

describe('a database out of reach', () => {
  const cliFromSource = fileURLToPath(new URL('./testing/cli-from-source.ts', import.meta.url));

  it('stops the process with one line naming DATABASE_URL and the cause, password hidden, no stack', async () => {
    const child = spawn(
      process.execPath,
      [
        '--conditions=mindshare-source',
        '--import',
        'tsx',
        cliFromSource,
        'migrate',
        '--database-url',
        'postgresql://postgres:hunter2@127.0.0.1:1/test',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '' } },
    );
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    assert.equal(code, 1, stderr);
    assert.match(stderr, /--database-url \(DATABASE_URL\) postgresql:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/test/);
    assert.match(stderr, /ECONNREFUSED/);
    assert.doesNotMatch(stderr, /hunter2/);
    assert.doesNotMatch(stderr, /^\s+at /m, 'no stack trace');
  });

  it('names a database that does not exist', { skip: !process.env.DATABASE_URL }, async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = '/mindshare_no_such_database';
    const { code, err } = await cli(['migrate', '--database-url', url.href]);
    assert.equal(code, 1, err);
    assert.match(err, /DATABASE_URL.*mindshare_no_such_database.*does not exist/);
  });

  it('never shows a URL written without its scheme, whose password would read as its path', async () => {
    const { code, err } = await cli(['migrate', '--database-url', 'postgres:hunter2@127.0.0.1:1/test']);
    assert.equal(code, 1, err);
    assert.match(err, /DATABASE_URL/);
    assert.doesNotMatch(err, /hunter2/);
  });
});

describe('Redis out of reach', () => {
  it('keeps serving; readiness and the log name Redis and its address, password hidden', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) });
    const t = await testServer(['--redis-url', 'redis://:hunter2@127.0.0.1:1'], { logger });
    try {
      assert.equal((await t.call('GET', '/healthz')).status, 200);
      const ready = await t.call('GET', '/readyz');
      assert.equal(ready.status, 503);
      const { reason } = (await ready.json()) as { reason: string };
      // The reply is public: it names Redis and the variable, and leaves where it is to the log.
      assert.match(reason, /Redis \(REDIS_URL\) does not answer/);
      assert.doesNotMatch(reason, /127\.0\.0\.1/);
      const logged = lines.join('\n');
      assert.match(logged, /ECONNREFUSED/);
      assert.match(logged, /Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1/);
      assert.doesNotMatch(`${reason}\n${logged}`, /hunter2/);
    } finally {
      await t.close();
    }
  });
});
