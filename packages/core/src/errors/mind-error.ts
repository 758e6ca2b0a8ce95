/**
 * Stable error codes. Integrators and tests match on these, never on message text, so a code is
 * never renamed once released; new failure kinds get new codes.
 */
export const MIND_ERROR_CODES = [
  'MIND_INVALID_INPUT',
  'MIND_INVALID_CONTENT',
  'MIND_NOT_FOUND',
  'MIND_CONFLICT',
  'MIND_FORBIDDEN',
  'MIND_NOT_OPEN',
  'MIND_CLOSED',
  'MIND_DEADLINE_PASSED',
  'MIND_ALREADY_ANSWERED',
  'MIND_NOT_IN_ATTEMPT',
  'MIND_ATTEMPTS_EXHAUSTED',
  'MIND_ATTEMPT_FINISHED',
  'MIND_STORAGE_FULL',
  'MIND_STORAGE_UNAVAILABLE',
  'MIND_STORAGE_CLOSED',
  /** This page's code is older than the store it talks to (another tab upgraded it): reload the page. */
  'MIND_STALE',
  'MIND_SCHEMA_MISMATCH',
  'MIND_BAD_RESPONSE',
  'MIND_NETWORK',
  'MIND_UNSUPPORTED',
] as const;

/** One of the stable {@link MIND_ERROR_CODES}. */
export type MindErrorCode = (typeof MIND_ERROR_CODES)[number];

/** Options of a {@link MindError}. */
export interface MindErrorOptions {
  /** Where the problem is: a JSON path into the input (`['challenges', 0, 'id']`). */
  readonly path?: readonly (string | number)[];
  /** The lower-level error that caused this one, kept for debugging. */
  readonly cause?: unknown;
  /** Every problem found, when there are several (an invalid content pack): each with its path. */
  readonly problems?: readonly { readonly path: readonly (string | number)[]; readonly message: string }[];
  /**
   * Facts a program may act on without reading the message, by name (a review claim's holder:
   * `{ coachId, coachName }`). Plain strings, so they cross the HTTP contract as they are.
   */
  readonly details?: Readonly<Record<string, string>>;
}

/**
 * The one error type Mindshare throws or rejects with. `code` is stable API; `message` names what
 * was wrong, where, and how to fix it, for a human reading a console.
 *
 * @example
 * ```ts
 * try { await api.answer(attemptId, questionId, response); }
 * catch (error) { if (isMindError(error, 'MIND_DEADLINE_PASSED')) showDeadlinePassed(); }
 * ```
 */
export class MindError extends Error {
  /** The stable code to branch on. */
  readonly code: MindErrorCode;
  /** Where in the input the problem is, when it is about a piece of input. */
  readonly path: readonly (string | number)[] | undefined;
  /** Every problem found, when the input had several (see {@link MindErrorOptions.problems}). */
  readonly problems: readonly { readonly path: readonly (string | number)[]; readonly message: string }[];
  /** Facts about the refusal by name, when it has any (see {@link MindErrorOptions.details}). */
  readonly details: Readonly<Record<string, string>> | undefined;

  /** A refusal with its stable `code` (branch on it), a message for developers, and where and why. */
  constructor(code: MindErrorCode, message: string, options: MindErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MindError';
    this.code = code;
    this.path = options.path;
    this.problems = options.problems ?? [];
    this.details = options.details;
  }
}

/**
 * Whether `error` is a {@link MindError}, optionally with the given code. Works across bundles
 * (two copies of the library on one page) because it checks the shape, not the class identity.
 */
export function isMindError(error: unknown, code?: MindErrorCode): error is MindError {
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as { name?: unknown; code?: unknown };
  if (candidate.name !== 'MindError' || typeof candidate.code !== 'string') return false;
  return code === undefined || candidate.code === code;
}
