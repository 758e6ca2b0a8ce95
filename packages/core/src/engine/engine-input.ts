import { MindError } from '../errors/mind-error.js';
import type { EngineContext } from './engine-context.js';

/** Checks an id argument of a public operation: a non-empty string, else `MIND_INVALID_INPUT` naming it. */
export function requireId(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `${name} must be a non-empty string, got ${JSON.stringify(value) ?? String(value)}.`,
      {
        path: [name],
      },
    );
  }
  return value;
}

/**
 * One field of an optional options argument of a public operation: `undefined` when the options
 * or the field are left out; `MIND_INVALID_INPUT` when the options are not an object (`example`
 * shows one).
 */
export function optionField(options: unknown, name: string, example: string): unknown {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== 'object') {
    throw new MindError('MIND_INVALID_INPUT', `options must be an object such as ${example}.`, { path: ['options'] });
  }
  return (options as Record<string, unknown>)[name];
}

/** Refuses with `MIND_FORBIDDEN` unless the viewer is a coach or a manager. */
export function requireStaff(context: EngineContext, what: string): void {
  if (context.viewer.role === 'seller') {
    throw new MindError('MIND_FORBIDDEN', `Only coaches and managers may ${what}.`);
  }
}

/** Refuses with `MIND_FORBIDDEN` unless the viewer is a manager or the seller themselves. */
export function requireSelfOrManager(context: EngineContext, sellerId: string, what: string): void {
  if (context.viewer.role !== 'manager' && context.viewer.id !== sellerId) {
    throw new MindError('MIND_FORBIDDEN', `Only a manager, or the seller themselves, may ${what}.`);
  }
}

/** A fresh id with a readable prefix; random enough to be unique per store, deterministic under an injected random source. */
export function newId(context: EngineContext, prefix: string): string {
  const random = Math.floor(context.random() * 0x100000000)
    .toString(36)
    .padStart(7, '0');
  return `${prefix}-${context.now().toString(36)}-${random}`;
}

/** Keeps only the keys whose value is defined, for optional properties under `exactOptionalPropertyTypes`. */
export function withoutUndefined<T extends Record<string, unknown>>(
  value: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
