/// <reference types="node" />
// The conformance kit under node:test over PostgreSQL: always in PGlite (in process), and over a
// real server when DATABASE_URL is set. Each store is a fresh PostgreSQL schema of this run; the
// run drops every one it made at the end.
import { randomBytes } from 'node:crypto';
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { StorageAdapter } from '@mindshare/core';
import { runConformance } from '../conformance/index.js';
import { createPostgresStorage, type PostgresStorageOptions } from './index.js';

const run = `mindshare_test_${randomBytes(4).toString('hex')}`;

let databases = 0;

function conformanceOver(name: string, connect: () => Promise<PostgresStorageOptions & { end(): Promise<void> }>) {
  let connecting: ReturnType<typeof connect> | undefined;
  const database = () => (connecting ??= connect());
  const prefix = `${run}_${databases++}`;
  const schemas: string[] = [];
  const stores = new WeakMap<StorageAdapter, string>();
  const over = async (schema: string) => {
    const { end: _end, ...options } = await database();
    const storage = createPostgresStorage({ ...options, schema });
    stores.set(storage, schema);
    return storage;
  };
  after(async () => {
    if (!connecting) return;
    const db = await connecting;
    const target = db.pool ?? db.client ?? db.pglite!;
    for (const schema of schemas) await target.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await db.end();
  });
  runConformance({
    name,
    describe,
    it,
    factory: () => {
      const schema = `${prefix}_${schemas.length}`;
      schemas.push(schema);
      return over(schema);
    },
    reopen: (previous) => over(stores.get(previous)!),
  });
}

conformanceOver('postgres (PGlite)', async () => {
  const pglite = await PGlite.create();
  return { pglite, end: () => pglite.close() };
});

const url = process.env['DATABASE_URL'];
if (url) {
  conformanceOver('postgres (pg)', async () => {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    return { pool, end: () => pool.end() };
  });
  conformanceOver('postgres (one pg.Client)', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return { client, end: () => client.end() };
  });
}

describe(
  'postgres (pg): puts of one key from several connections at once',
  { skip: url ? false : 'needs DATABASE_URL' },
  () => {
    it('all succeed, the last one stands, and its index rows alone remain', async () => {
      const pool = new pg.Pool({ connectionString: url, max: 8 });
      const schema = `${run}_race`;
      try {
        const storage = createPostgresStorage({ pool, schema });
        await storage.open({
          name: 'race',
          version: 1,
          collections: [{ name: 'snapshots', keyPath: 'id', indexes: [{ name: 'byOwner', keyPath: 'owner' }] }],
        });
        const puts = Array.from({ length: 16 }, (_, i) => storage.put('snapshots', { id: 'one', owner: `o${i % 2}` }));
        const outcomes = await Promise.allSettled(puts);
        assert.deepEqual(
          outcomes.filter((outcome) => outcome.status === 'rejected'),
          [],
        );
        const stored = (await storage.get<{ owner: string }>('snapshots', 'one'))!;
        const byOwner = await storage.query('snapshots', { index: 'byOwner', range: { only: stored.owner } });
        const other = await storage.query('snapshots', {
          index: 'byOwner',
          range: { only: stored.owner === 'o0' ? 'o1' : 'o0' },
        });
        assert.deepEqual([byOwner.length, other.length], [1, 0]);
        await storage.close();
      } finally {
        await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await pool.end();
      }
    });
  },
);
