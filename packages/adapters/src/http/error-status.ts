import type { MindErrorCode } from '@mindshare/core';

/**
 * The HTTP status a server answers with for each `MIND_*` code (the table of `docs/http-api.md`).
 * Exported so a server hosting the engine maps errors exactly as the client expects: a 4xx is a
 * verdict on the request (never retried), a 5xx is the server's trouble (retried with backoff).
 * `MIND_BAD_RESPONSE` and `MIND_NETWORK` are the client's own and never sent by a server.
 */
export const HTTP_STATUS_OF_CODE: Readonly<Record<MindErrorCode, number>> = {
  MIND_INVALID_INPUT: 400,
  MIND_FORBIDDEN: 403,
  MIND_NOT_FOUND: 404,
  MIND_NOT_IN_ATTEMPT: 404,
  MIND_CONFLICT: 409,
  MIND_ALREADY_ANSWERED: 409,
  MIND_ATTEMPT_FINISHED: 409,
  MIND_ATTEMPTS_EXHAUSTED: 409,
  MIND_DEADLINE_PASSED: 410,
  MIND_CLOSED: 410,
  MIND_NOT_OPEN: 422,
  MIND_INVALID_CONTENT: 500,
  MIND_SCHEMA_MISMATCH: 500,
  MIND_UNSUPPORTED: 501,
  MIND_STORAGE_UNAVAILABLE: 503,
  MIND_STORAGE_CLOSED: 503,
  // A process still running the previous release while another has upgraded the store: another
  // process (or this one, restarted) serves the retry.
  MIND_STALE: 503,
  MIND_STORAGE_FULL: 507,
  MIND_BAD_RESPONSE: 502,
  MIND_NETWORK: 503,
};
