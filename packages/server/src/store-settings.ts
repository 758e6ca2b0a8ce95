import { schemaNameOf } from '@mindshare/adapters/postgres';
import { MindError } from '@mindshare/core';
import { redactedUrl } from './redacted-url.js';
import type { ServerSettings } from './settings.js';

/**
 * A store name PostgreSQL and Redis both keep as it is: `mindshare_<name>` stays within
 * PostgreSQL's 63-character identifiers and needs no quoting to be the same schema in SQL.
 */
const STORE_NAME = /^[a-z0-9_]{1,53}$/;

/**
 * Refuses, before any connection, a store name that the PostgreSQL schema would change (so two
 * names would share one schema but not one set of Redis keys) and a database or Redis URL that
 * is not one, naming the flag and variable; a URL's password is never shown.
 */
export function checkStoreSettings(settings: Pick<ServerSettings, 'storeName' | 'databaseUrl' | 'redisUrl'>): void {
  const name = settings.storeName;
  if (name !== undefined && !STORE_NAME.test(name)) {
    const schema = schemaNameOf(name);
    const kept = schema.slice('mindshare_'.length);
    throw new MindError(
      'MIND_INVALID_INPUT',
      `--store-name (MINDSHARE_STORE) must be 1 to 53 lower-case letters, digits or "_" (it names the PostgreSQL schema ` +
        `mindshare_<name> and the Redis keys mindshare:<name>:…), not "${name}"` +
        (kept === '' ? '.' : `; to keep using the schema ${schema}, name the store "${kept}".`),
      { path: ['MINDSHARE_STORE'] },
    );
  }
  checkUrl(settings.databaseUrl, '--database-url (DATABASE_URL)', ['postgresql:', 'postgres:'], 'DATABASE_URL', {
    example: 'postgresql://user:password@host:5432/database',
  });
  checkUrl(settings.redisUrl, '--redis-url (REDIS_URL)', ['redis:', 'rediss:'], 'REDIS_URL', {
    example: 'redis://:password@host:6379',
  });
}

function checkUrl(
  value: string | undefined,
  names: string,
  protocols: readonly string[],
  variable: string,
  { example }: { example: string },
): void {
  if (value === undefined) return;
  const shown = redactedUrl(value);
  if (shown !== undefined && protocols.includes(new URL(value).protocol)) return;
  throw new MindError(
    'MIND_INVALID_INPUT',
    `${names} must be a ${protocols.map((protocol) => `${protocol}//`).join(' or ')} URL such as ${example}, ` +
      (shown === undefined ? 'and this one is not a URL.' : `not ${shown}.`),
    { path: [variable] },
  );
}
