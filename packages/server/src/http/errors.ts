import { isMindError, MindError } from '@mindshare/core';
import { HTTP_STATUS_OF_CODE } from '@mindshare/adapters/http';
import { Unauthenticated } from '../auth/tokens.js';

/** The contract's error body, `{ error: { code, message, path?, details? } }`. */
export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly path?: readonly (string | number)[];
    readonly details?: Readonly<Record<string, string>>;
  };
}

/**
 * The status and body the contract gives an error: a `MindError` by its code's status (401 for a
 * missing or invalid token), anything else a 500 that says no more than that (the details go to
 * the log, not to the caller).
 */
export function errorReply(error: unknown, status?: number): { status: number; body: ErrorBody } {
  if (!isMindError(error)) {
    return {
      status: status ?? 500,
      body: { error: { code: 'MIND_STORAGE_UNAVAILABLE', message: 'Internal error; it was logged.' } },
    };
  }
  const path = error.path ? { path: error.path } : {};
  const details = error.details ? { details: error.details } : {};
  return {
    status: status ?? (error instanceof Unauthenticated ? 401 : HTTP_STATUS_OF_CODE[error.code]),
    body: { error: { code: error.code, message: error.message, ...path, ...details } },
  };
}

/** A JSON `Response` of {@link errorReply}. */
export function errorResponse(error: unknown, status?: number, headers: Record<string, string> = {}): Response {
  const reply = errorReply(error, status);
  return Response.json(reply.body, { status: reply.status, headers });
}

/** Refuses a malformed request, naming the part. */
export function badRequest(message: string, path: readonly (string | number)[]): MindError {
  return new MindError('MIND_INVALID_INPUT', message, { path: [...path] });
}
