import { z } from '../content/zod.js';

// Field shapes shared by the reply schemas of the Mindshare API.

/**
 * A field the engine always returns, whose value may be `undefined`. JSON drops such keys, so a
 * reply may leave it out: an absent key parses as `undefined`, and the inferred type keeps the key
 * (`me: LeaderboardRow | undefined`), as the engine returns it. `null` is refused, like any other
 * value the schema does not accept.
 */
export function orUndefined<T extends z.ZodMiniType>(schema: T) {
  return z.prefault(z.optional(schema), undefined);
}

/** A list the API hands out read-only (`readonly T[]`); the parsed array is frozen. */
export function readonlyArray<T extends z.ZodMiniType>(schema: T) {
  return z.readonly(z.array(schema));
}
