import { z } from './zod.js';

/** A BCP 47 language tag as authors write them: `en`, `fr`, `fr-CA`, `pt-BR`. */
export const LocaleSchema = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en", "fr" or "fr-CA"'));

/** A language tag (see {@link LocaleSchema}). */
export type Locale = z.infer<typeof LocaleSchema>;

/** Authored text in several languages: `{ "en": "Pricing", "fr": "Tarifs" }`; at least one. */
export const LocalizedTextSchema = z
  .record(LocaleSchema, z.string().check(z.minLength(1)))
  .check(z.refine((value) => Object.keys(value).length > 0, 'expected at least one language, e.g. { "en": "…" }'));

/** Authored text in several languages (see {@link LocalizedTextSchema}). */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
