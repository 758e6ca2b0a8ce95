import { MindError } from '../errors/mind-error.js';

/**
 * A board query's count (`limit`, `around`, `offset`): `fallback` when absent, else a whole number
 * from 0 to `max`; anything else is `MIND_INVALID_INPUT` naming the field. Shared by the
 * challenge and engagement boards, which take the same paging.
 */
export function boardCount(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `${name} must be a whole number from 0 to ${max}, got ${String(value)}.`,
      {
        path: [name],
      },
    );
  }
  return value;
}
