import { comparePaths } from './input-path.js';

/** A path into the input, as JSON would name it: `['challenges', 0, 'questions', 2, 'id']`. */
export type InputPath = (string | number)[];

/** One problem found in an input: where it is and what was expected there. */
export interface InputProblem {
  /** Where the problem is: object keys and array indexes from the root of the input. */
  path: InputPath;
  /** What was wrong and what was expected, for a human; never empty. */
  message: string;
}

/**
 * The result of validating untrusted input: `{ ok: true, [key]: value }` with the typed value, or
 * `{ ok: false, errors }` with every problem found, sorted by path.
 */
export type ParseResult<K extends string, T> =
  ({ ok: true } & { [key in K]: T }) | { ok: false; errors: InputProblem[] };

/** Sorts problems in document order (see {@link comparePaths}), in place, and returns them. */
export function sortProblems(problems: InputProblem[]): InputProblem[] {
  return problems.sort((a, b) => comparePaths(a.path, b.path));
}

/**
 * The problem reported when the validator itself fails on an input that is not JSON-like (a
 * getter that throws, a proxy, a cycle too deep to walk), so parsers never throw.
 */
export function unreadableInput(error: unknown): InputProblem {
  const reason = error instanceof Error && error.message ? error.message : 'unknown error';
  return { path: [], message: `could not read the input as JSON data (${reason})` };
}
