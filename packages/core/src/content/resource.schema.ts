import { z } from './zod.js';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localized-text.schema.js';
import { SafeUrlSchema } from './safe-url.schema.js';

/** What a resource is, so elements can show a fitting icon and label. */
export const ResourceKindSchema = z.enum(['article', 'video', 'document', 'course', 'link']);

/** Something a seller can open at once to learn more: a datasheet, a video, a course. */
export const ResourceSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  url: SafeUrlSchema,
  kind: ResourceKindSchema,
});

/** A resource (see {@link ResourceSchema}). */
export type Resource = z.infer<typeof ResourceSchema>;

/** A subject that questions are tagged with and mastery is measured on ("pricing", "security"). */
export const TopicSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
});

/** A topic (see {@link TopicSchema}). */
export type Topic = z.infer<typeof TopicSchema>;
