import { z } from './zod.js';

/**
 * An authored identifier: 1–128 characters, letters, digits and `. _ : -`, starting with a letter
 * or digit. Ids are stable across pack versions: progress and spaced repetition are keyed by them.
 */
export const IdSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(128),
    z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'expected an id of letters, digits and . _ : - (e.g. "q-pricing-1")'),
  );

/** An authored identifier (see {@link IdSchema}). */
export type Id = z.infer<typeof IdSchema>;
