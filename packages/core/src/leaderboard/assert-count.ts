import { MindError } from '../errors/mind-error.js';

/** Returns `value` when it is a whole number ≥ 0 (a limit, offset or radius), else throws `MIND_INVALID_INPUT` naming `name`. */
export function assertCount(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new MindError('MIND_INVALID_INPUT', `${name} must be a whole number ≥ 0, got ${String(value)}.`, {
      path: [name],
    });
  }
  return value;
}
