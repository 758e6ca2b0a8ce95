import { readFile } from 'node:fs/promises';
import { MindError } from '@mindshare/core';
import { parseDirectoryCsv } from './directory-csv.js';
import type { PublishedKind } from './published.js';
import { parseJson } from './published.js';

/**
 * The body of a publication: JSON, or for a directory CSV (a PRM export) when the content type or
 * the file name says so.
 */
export function parsePublication(kind: PublishedKind, text: string, typeOrName: string): unknown {
  // A file named .csv, or a body sent as text/csv: not any name that merely contains "csv".
  const csv = /\.csv$/i.test(typeOrName) || /^text\/csv\b/i.test(typeOrName);
  if (csv && kind !== 'directory') {
    throw new MindError('MIND_INVALID_INPUT', 'Only a directory can be published as CSV; a content pack is JSON.', {
      path: [typeOrName],
    });
  }
  return csv ? parseDirectoryCsv(text, typeOrName) : parseJson(text, typeOrName || kind);
}

/** Reads a pack or directory file (`.json`, or `.csv` for a directory). */
export async function readPublicationFile(kind: PublishedKind, path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new MindError('MIND_INVALID_INPUT', `Cannot read ${path}: ${(error as Error).message}`, {
      path: [path],
      cause: error,
    });
  }
  return parsePublication(kind, text, path);
}

/** Whether a JSON document looks like a directory (partners and sellers) rather than a pack. */
export function kindOf(body: unknown, path: string): PublishedKind {
  if (/\.csv$/i.test(path)) return 'directory';
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  return Array.isArray(record.sellers) && Array.isArray(record.partners) ? 'directory' : 'pack';
}
