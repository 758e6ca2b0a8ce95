import { z } from '../content/zod.js';
import { ContentPackSchema } from '../content/content-pack.schema.js';
import { LocalizedTextSchema } from '../content/localized-text.schema.js';
import { BlockSchema, InlineSchema, LocalizedRichTextSchema, RichTextSchema } from '../content/rich-text.schema.js';

/**
 * Where the generated schema is published: it ships in `@mindshare/core` as
 * `content-pack.schema.json`, so any npm CDN serves it. Packs point their `$schema` at this URL, or at
 * `./node_modules/@mindshare/core/content-pack.schema.json` in a project that installs the package.
 */
export const CONTENT_PACK_SCHEMA_ID = 'https://cdn.jsdelivr.net/npm/@mindshare/core/content-pack.schema.json';

/**
 * The JSON Schema (draft 2020-12) of a content pack as authored, generated from
 * {@link ContentPackSchema} so the two cannot disagree. It describes shapes only: refinements (safe
 * URLs, unique ids, references) are left to `parseContentPack`, which authors run via `npm run pack`.
 */
export function contentPackJsonSchema(): Record<string, unknown> {
  // A local registry rather than zod's global one, so naming the shared definitions has no side
  // effect on the runtime schemas; named definitions give editors readable hover text.
  const metadata = z.registry<{ id: string; description: string }>();
  metadata.add(LocalizedTextSchema, {
    id: 'LocalizedText',
    description: 'Text per language: { "en": "Pricing", "fr": "Tarifs" }.',
  });
  metadata.add(LocalizedRichTextSchema, {
    id: 'LocalizedRichText',
    description: 'Rich text per language: { "en": …, "fr": … }.',
  });
  metadata.add(RichTextSchema, {
    id: 'RichText',
    description: 'Plain text (blank lines separate paragraphs) or compiled blocks (npm run pack).',
  });
  metadata.add(BlockSchema, { id: 'Block', description: 'A paragraph, heading (levels 2–4) or list.' });
  metadata.add(InlineSchema, {
    id: 'Inline',
    description: 'Text, emphasis, strong, code, link (https, http, mailto), image (alt required) or line break.',
  });
  // io 'input': describe what authors write (defaulted fields optional). unrepresentable 'any':
  // refinements have no JSON Schema form and would otherwise make the generator throw.
  const generated = z.toJSONSchema(ContentPackSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
    metadata,
  });
  const { $schema, ...rest } = generated as Record<string, unknown>;
  return {
    $schema,
    $id: CONTENT_PACK_SCHEMA_ID,
    title: 'Mindshare content pack',
    description:
      'A vendor content pack: topics, resources, tier policy, challenges, the editorial line (nuggets and schedules) and pitch prompts, with localised text.',
    ...rest,
  };
}
