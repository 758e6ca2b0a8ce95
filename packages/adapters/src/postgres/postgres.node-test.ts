/// <reference types="node" />
// The conformance kit under node:test over PostgreSQL: always in PGlite (in process), and over a
// real server when DATABASE_URL is set. Each store is a fresh PostgreSQL schema of this run; the
// run drops every one it made at the end.
import { randomBytes } from 'node:crypto';
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
