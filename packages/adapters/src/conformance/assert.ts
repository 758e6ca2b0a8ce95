import { isMindError, type BinaryChunk, type MindError } from '@mindshare/core';

/**
 * A few assertions that throw plain `Error`s, so the kit runs under any test runner in Node and in
 * browsers without dragging an assertion library into a shipped module.
 */
export class AssertionError extends Error {
  /** A failed check of the kit, `message` saying what was expected and what came. */
  constructor(message: string) {
    super(message);
    this.name = 'AssertionError';
  }
}

const show = (value: unknown): string => {
  try {
    const text = JSON.stringify(value, (_key, item: unknown) =>
      typeof item === 'number' && !Number.isFinite(item) ? String(item) : item,
    );
    return text === undefined ? String(value) : text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return String(value);
  }
};

/** Fails unless `condition` is truthy. */
export function ok(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

/** Fails unless `actual` and `expected` are the same value (`Object.is`). */
export function equal(actual: unknown, expected: unknown, message = 'values differ'): void {
  if (!Object.is(actual, expected)) {
    throw new AssertionError(`${message}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

const bytesOfView = (value: ArrayBuffer | ArrayBufferView): Uint8Array =>
  value instanceof ArrayBuffer
    ? new Uint8Array(value)
    : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);

/**
 * Structural equality that knows what storage keys and records hold: dates compare by time,
 * binary data by bytes, arrays by element and objects by their own enumerable keys, whatever their
 * order (a store may rebuild an object with its keys in another order).
 */
export function isDeepEqual(actual: unknown, expected: unknown): boolean {
  if (Object.is(actual, expected)) return true;
  if (actual instanceof Date || expected instanceof Date) {
    return actual instanceof Date && expected instanceof Date && Object.is(actual.getTime(), expected.getTime());
  }
  const binary = (value: unknown) => value instanceof ArrayBuffer || ArrayBuffer.isView(value);
  if (binary(actual) || binary(expected)) {
    if (!binary(actual) || !binary(expected)) return false;
    const left = bytesOfView(actual as ArrayBuffer);
    const right = bytesOfView(expected as ArrayBuffer);
    return left.length === right.length && left.every((byte, i) => byte === right[i]);
  }
  if (Array.isArray(actual) || Array.isArray(expected)) {
    if (!Array.isArray(actual) || !Array.isArray(expected) || actual.length !== expected.length) return false;
    return actual.every((item, i) => isDeepEqual(item, expected[i]));
  }
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) return false;
  const leftKeys = Object.keys(actual).sort();
  const rightKeys = Object.keys(expected).sort();
  if (!isDeepEqual(leftKeys, rightKeys)) return false;
  return leftKeys.every((key) =>
    isDeepEqual((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key]),
  );
}

/** Fails unless `actual` and `expected` are deeply equal (see {@link isDeepEqual}). */
export function deepEqual(actual: unknown, expected: unknown, message = 'values differ'): void {
  if (!isDeepEqual(actual, expected)) {
    throw new AssertionError(`${message}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

/** Fails unless `action` rejects (or throws) a `MindError` with this stable `code`. */
export async function rejectsWithCode(
  action: Promise<unknown> | (() => Promise<unknown>),
  code: MindError['code'],
  message = 'expected a rejection',
): Promise<void> {
  let outcome: { error: unknown } | undefined;
  try {
    await (typeof action === 'function' ? action() : action);
  } catch (error) {
    outcome = { error };
  }
  if (!outcome) throw new AssertionError(`${message}: expected ${code}, but it resolved`);
  if (!isMindError(outcome.error, code)) {
    const error = outcome.error as { name?: unknown; code?: unknown; message?: unknown } | null;
    throw new AssertionError(
      `${message}: expected ${code}, got ${String(error?.name)} ${String(error?.code ?? '')}: ${String(error?.message)}`,
    );
  }
}

/** The bytes of a stored chunk, whatever form it comes back in (a `Blob` in browsers). */
export async function bytesOf(chunk: BinaryChunk): Promise<Uint8Array> {
  if (chunk instanceof ArrayBuffer || ArrayBuffer.isView(chunk)) return bytesOfView(chunk).slice();
  return new Uint8Array(await chunk.arrayBuffer());
}

/** Waits until `condition()` holds, polling, or fails after `timeout` milliseconds. */
export async function eventually(condition: () => boolean, message: string, timeout = 2000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeout) throw new AssertionError(`${message} (after ${timeout} ms)`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Lets pending deliveries (a `BroadcastChannel` message, a timer) run before checking a negative. */
export const settle = (ms = 100): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
