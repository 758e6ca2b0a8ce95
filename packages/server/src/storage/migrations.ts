import { MindError } from '@mindshare/core';
import type { PostgresQueryable } from '@mindshare/adapters/postgres';
import type { Database } from './database.js';
import { deliveryTables, webhookTables } from '../delivery/delivery-tables.js';

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The views reporting tools read: dropped before the store opens and made again after (see {@link dropReportViews}). */
export function reportViews(s: string): string[] {
  return [
    // The engine keeps records as JSON; these views give SQL tools plain columns.
    `CREATE OR REPLACE VIEW ${s}.report_scores AS SELECT value->>'challengeId' AS challenge_id, value->>'sellerId' AS seller_id, value->>'attemptId' AS attempt_id, (value->>'score')::float8 AS score, to_timestamp((value->>'completedAt')::float8 / 1000) AS completed_at FROM ${s}."scores"`,
    `CREATE OR REPLACE VIEW ${s}.report_attempts AS SELECT value->>'id' AS attempt_id, value->>'challengeId' AS challenge_id, value->>'sellerId' AS seller_id, value->>'status' AS status, (value->>'score')::float8 AS score, jsonb_array_length(value->'answers') AS answered, jsonb_array_length(value->'questionIds') AS questions, to_timestamp((value->>'startedAt')::float8 / 1000) AS started_at, to_timestamp((value->>'finishedAt')::float8 / 1000) AS finished_at FROM ${s}."attempts"`,
    `CREATE OR REPLACE VIEW ${s}.report_answers AS SELECT a.value->>'id' AS attempt_id, a.value->>'challengeId' AS challenge_id, a.value->>'sellerId' AS seller_id, x.value->>'questionId' AS question_id, (x.value->>'points')::float8 AS points, (x.value->>'correct')::boolean AS correct, (x.value->>'timedOut')::boolean AS timed_out, (x.value->>'elapsedMs')::float8 AS elapsed_ms, to_timestamp((x.value->>'answeredAt')::float8 / 1000) AS answered_at FROM ${s}."attempts" AS a CROSS JOIN LATERAL jsonb_array_elements(a.value->'answers') AS x(value)`,
  ];
}

/**
 * Drops the reporting views, which depend on the engine's tables: the storage adapter may drop
 * and remake a table when the engine's schema changes, and a view on it would block that.
 */
export async function dropReportViews(database: Database): Promise<void> {
  const s = ident(database.schema);
  await underLock(database, async (tx) => {
    await tx.query(`DROP VIEW IF EXISTS ${s}.report_answers, ${s}.report_attempts, ${s}.report_scores`);
  });
}

/** Runs `work` in a transaction under the lock migrations take, so processes starting together take turns. */
function underLock(database: Database, work: (tx: PostgresQueryable) => Promise<void>): Promise<void> {
  return database.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`mindshare-migrate:${database.schema}`]);
    await work(tx);
  });
}

/** Makes the reporting views again over the tables as they are now. */
export async function createReportViews(database: Database): Promise<void> {
  await underLock(database, async (tx) => {
    for (const statement of reportViews(ident(database.schema))) await tx.query(statement);
  });
}

/**
 * The server's own schema changes, in order; never edit one that shipped, add the next. The
 * engine's tables are versioned by the storage adapter when the host opens the store; these are
 * what the server adds beside them: published content, and views that reporting tools read.
 */
const MIGRATIONS: readonly {
  readonly version: number;
  readonly name: string;
  readonly sql: (schema: string) => string[];
}[] = [
  {
    version: 1,
    name: 'published content',
    sql: (s) => [
      `CREATE TABLE ${s}."server$published" (kind text PRIMARY KEY CHECK (kind IN ('pack', 'directory')), version int NOT NULL, body jsonb NOT NULL, published_at timestamptz NOT NULL DEFAULT now())`,
    ],
  },
  {
    version: 2,
    name: 'reporting views over scores and attempts',
    sql: (s) => reportViews(s),
  },
  {
    version: 3,
    name: 'webhook events, deliveries and the scheduler cursor',
    sql: (s) => webhookTables(s),
  },
  {
    version: 4,
    name: 'xAPI statements and their deliveries',
    sql: (s) => deliveryTables(s, 'xapi'),
  },
];

/** The newest migration this code knows. */
export const LATEST_MIGRATION = MIGRATIONS.at(-1)!.version;

/**
 * Brings the server's tables to {@link LATEST_MIGRATION}, in one transaction under an advisory
 * lock (two processes starting together apply each once). Refuses a database
 * migrated by a newer server with `MIND_SCHEMA_MISMATCH`: old code must not write over new tables.
 * Needs the engine's tables: open the store first.
 * @returns the migrations applied now (empty when already up to date).
 */
export async function migrate(database: Database): Promise<string[]> {
  const s = ident(database.schema);
  return database.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`mindshare-migrate:${database.schema}`]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${s}."server$migrations" (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const { rows } = await tx.query(`SELECT coalesce(max(version), 0) AS version FROM ${s}."server$migrations"`);
    const current = Number((rows[0] as { version: number }).version);
    if (current > LATEST_MIGRATION) {
      throw new MindError(
        'MIND_SCHEMA_MISMATCH',
        `The database "${database.schema}" is at server migration ${current}; this server knows up to ${LATEST_MIGRATION}: run a newer server.`,
      );
    }
    const applied: string[] = [];
    for (const migration of MIGRATIONS.filter((candidate) => candidate.version > current)) {
      for (const statement of migration.sql(s)) await tx.query(statement);
      await tx.query(`INSERT INTO ${s}."server$migrations" (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
      applied.push(`${migration.version} ${migration.name}`);
    }
    return applied;
  });
}
