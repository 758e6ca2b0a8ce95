// `npm run schema`: writes packages/core/content-pack.schema.json (shipped in the
// package) from ContentPackSchema, so authors get
// completion and checks in their editor. Cross-references are not expressible in JSON Schema;
// `parseContentPack` (and `npm run pack`) remain the authority.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { contentPackJsonSchema } from '../src/authoring/content-pack-json-schema.js';

const outFile = fileURLToPath(new URL('../content-pack.schema.json', import.meta.url));

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // Formatted as the repository's prettier would, so `prettier --check` passes on a fresh file.
  const options = (await resolveConfig(outFile)) ?? {};
  writeFileSync(outFile, await format(JSON.stringify(contentPackJsonSchema()), { ...options, filepath: outFile }));
  console.log(`wrote ${outFile}`);
}
