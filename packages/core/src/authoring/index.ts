// The `@mindshare/core/authoring` entry: tools for building packs at authoring time. Kept apart
// from the main entry because it pulls in `marked`, which must never reach a page's bundle.
export { compileMarkdown } from './compile-markdown.js';
export { buildPack, LANG_PLACEHOLDER } from './build-pack.js';
export type { ReadSource } from './build-pack.js';
export { contentPackJsonSchema, CONTENT_PACK_SCHEMA_ID } from './content-pack-json-schema.js';
