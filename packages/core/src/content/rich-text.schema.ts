import { z } from './zod.js';
import { MediaUrlSchema, SafeUrlSchema } from './safe-url.schema.js';

/** Inline content of the rich-text token tree. Never HTML: elements render it with templates. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'image'; src: string; alt: string }
  | { type: 'break' };

/** Block content of the rich-text token tree. */
export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 2 | 3 | 4; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Block[][] };

// The recursive types are written out above because z.infer cannot name a recursive type; the
// schema below is checked against them (z.ZodMiniType<…>), so the two cannot drift apart.
/** An inline node of rich text: text, emphasis, strong, code, a safe link, an image with alt text, a line break. */
export const InlineSchema: z.ZodMiniType<Inline> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('text'), text: z.string() }),
    z.strictObject({ type: z.literal('emphasis'), children: z.array(InlineSchema) }),
    z.strictObject({ type: z.literal('strong'), children: z.array(InlineSchema) }),
    z.strictObject({ type: z.literal('code'), text: z.string() }),
    z.strictObject({ type: z.literal('link'), href: SafeUrlSchema, children: z.array(InlineSchema) }),
    z.strictObject({
      type: z.literal('image'),
      src: MediaUrlSchema,
      alt: z.string().check(z.minLength(1, 'expected alt text describing the image')),
    }),
    z.strictObject({ type: z.literal('break') }),
  ]),
);

/** A block of rich text: a paragraph, a heading (levels 2–4) or a list, each of inline nodes. */
export const BlockSchema: z.ZodMiniType<Block> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('paragraph'), children: z.array(InlineSchema) }),
    z.strictObject({
      type: z.literal('heading'),
      level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
      children: z.array(InlineSchema),
    }),
    z.strictObject({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(BlockSchema)) }),
  ]),
);

/**
 * Rich text as authored: plain text (blank lines separate paragraphs) or the compiled token tree,
 * a list of blocks (see `compileMarkdown`).
 */
export const RichTextSchema = z.union([z.string(), z.array(BlockSchema)]);

/** Rich text (see {@link RichTextSchema}). */
export type RichText = z.infer<typeof RichTextSchema>;

/** Rich text per language: `{ "en": …, "fr": … }`. */
export const LocalizedRichTextSchema = z
  .record(
    z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en"')),
    RichTextSchema,
  )
  .check(z.refine((value) => Object.keys(value).length > 0, 'expected at least one language, e.g. { "en": "…" }'));

/** Rich text per language (see {@link LocalizedRichTextSchema}). */
export type LocalizedRichText = z.infer<typeof LocalizedRichTextSchema>;
