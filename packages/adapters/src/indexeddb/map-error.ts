import { MindError, isMindError, type MindErrorCode } from '@mindshare/core';

/** IndexedDB `DOMException` names and the stable codes they become. */
const codes: Readonly<Record<string, MindErrorCode>> = {
  QuotaExceededError: 'MIND_STORAGE_FULL',
  ConstraintError: 'MIND_CONFLICT',
  DataError: 'MIND_INVALID_INPUT',
  DataCloneError: 'MIND_INVALID_INPUT',
  VersionError: 'MIND_SCHEMA_MISMATCH',
  NotFoundError: 'MIND_NOT_FOUND',
};

const hints: Partial<Record<MindErrorCode, string>> = {
  MIND_STORAGE_FULL: 'the browser refused more data for this site (quota exceeded); free space or ask for persistence',
  MIND_CONFLICT: 'a record with this key or unique index key exists',
  MIND_INVALID_INPUT: 'a key or value IndexedDB cannot store',
  MIND_SCHEMA_MISMATCH: 'the database has a newer version than this schema: open it with a newer build',
  MIND_NOT_FOUND: 'no such object store or index',
  MIND_STORAGE_UNAVAILABLE:
    'IndexedDB is unavailable here (private browsing, storage blocked for this page, or the browser failed)',
};

const nameOf = (value: unknown): string | undefined => {
  const name = (value as { name?: unknown } | null | undefined)?.name;
  return typeof name === 'string' ? name : undefined;
};

/**
 * The error that explains `error`. An aborted transaction reports a bare `AbortError`; the reason
 * (a full disk, a violated constraint) is on `transaction.error` or on the error's `cause`.
 */
export function rootCause(error: unknown, transaction?: { readonly error: unknown } | null): unknown {
  if (nameOf(error) !== 'AbortError' && nameOf(error) !== 'UnknownError') return error;
  for (const candidate of [transaction?.error, (error as { cause?: unknown } | null)?.cause]) {
    if (candidate && nameOf(candidate) !== nameOf(error)) return candidate;
  }
  return error;
}

/**
 * Turns what IndexedDB threw or rejected with into a `MindError` with a stable code. Anything
 * unrecognised (InvalidStateError, SecurityError, UnknownError…) means the store cannot be used:
 * `MIND_STORAGE_UNAVAILABLE`, with the original error as `cause`.
 */
export function toMindError(
  error: unknown,
  where: string,
  transaction?: { readonly error: unknown } | null,
): MindError {
  if (isMindError(error)) return error;
  const cause = rootCause(error, transaction);
  const name = nameOf(cause) ?? 'Error';
  const code = codes[name] ?? 'MIND_STORAGE_UNAVAILABLE';
  const detail = (cause as { message?: unknown } | null)?.message;
  return new MindError(
    code,
    `${where}: ${hints[code] ?? name} (${name}${typeof detail === 'string' && detail ? `: ${detail}` : ''}).`,
    { cause },
  );
}
