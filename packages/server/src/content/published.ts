import { createMemoryStorage, createMindshareHost, MindError, parseContentPack, parseDirectory } from '@mindshare/core';
import type { Database } from '../storage/database.js';

/** What can be published: the content pack or the directory. */
export type PublishedKind = 'pack' | 'directory';

/** The current pack and directory as the database holds them, with their publication numbers. */
export interface Published {
  readonly pack: unknown;
  readonly directory: unknown;
  readonly versions: Readonly<Record<PublishedKind, number>>;
}

const table = (database: Database) => `"${database.schema}"."server$published"`;

/** Reads the published pack and directory; `undefined` for a kind never published. */
export async function readPublished(
  database: Database,
): Promise<Partial<Record<PublishedKind, { body: unknown; version: number }>>> {
  const rows = await database.query<{ kind: PublishedKind; body: unknown; version: number }>(
    `SELECT kind, body, version FROM ${table(database)}`,
  );
  return Object.fromEntries(rows.map((row) => [row.kind, { body: row.body, version: Number(row.version) }]));
}

/** The publication numbers only: cheap enough to poll. */
export async function publishedVersions(database: Database): Promise<Partial<Record<PublishedKind, number>>> {
  const rows = await database.query<{ kind: PublishedKind; version: number }>(
    `SELECT kind, version FROM ${table(database)}`,
  );
  return Object.fromEntries(rows.map((row) => [row.kind, Number(row.version)]));
}

/** Stores a pack or directory as the current one; running servers pick it up on their next poll. */
export async function storePublished(database: Database, kind: PublishedKind, body: unknown): Promise<number> {
  const rows = await database.query<{ version: number }>(
    `INSERT INTO ${table(database)} (kind, version, body) VALUES ($1, 1, $2::jsonb)
     ON CONFLICT (kind) DO UPDATE SET version = ${table(database)}.version + 1, body = EXCLUDED.body, published_at = now()
     RETURNING version`,
    [kind, JSON.stringify(body)],
  );
  return Number(rows[0]!.version);
}

/**
 * Checks a pack and a directory together as a host would (every problem's path), on a throwaway
 * in-memory store: nothing is written anywhere when they are refused.
 * @throws MindError `MIND_INVALID_CONTENT` whose `problems` name every path.
 */
export async function validatePublication(pack: unknown, directory: unknown): Promise<void> {
  if (pack === undefined || directory === undefined)
    return validateHalf(pack === undefined ? 'directory' : 'pack', pack ?? directory);
  const host = await createMindshareHost({ storage: createMemoryStorage(), content: pack, directory });
  await host.close();
}

/**
 * Checks a pack or a directory on its own, when the other half is not published yet.
 * @throws MindError `MIND_INVALID_CONTENT` whose `problems` name every path.
 */
export function validateHalf(kind: PublishedKind, body: unknown): void {
  const parsed = kind === 'pack' ? parseContentPack(body) : parseDirectory(body);
  if (parsed.ok) return;
  throw new MindError(
    'MIND_INVALID_CONTENT',
    `The ${kind === 'pack' ? 'content pack' : 'directory'} has ${parsed.errors.length} problem(s).`,
    {
      problems: parsed.errors.map((problem) => ({ path: problem.path, message: problem.message })),
    },
  );
}

/** Parses JSON text, naming where it came from and the position of the problem. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new MindError('MIND_INVALID_INPUT', `${source} is not valid JSON: ${(error as Error).message}`, {
      path: [source],
    });
  }
}
