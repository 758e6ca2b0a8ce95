// Checks the Custom Elements Manifest the build just wrote (packages/elements/custom-elements.json)
// against the schema tools read it with (custom-elements-manifest 2.1.0), and against what the
// package ships: one definition per element folder, every module a shipped file, no test module,
// every CSS custom property with its default. Run by `npm run build`, so `npm test` fails on a
// manifest that editors or generated typings would misread.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { root } from './lib/process.mjs';

const elements = join(root, 'packages/elements');
const manifest = JSON.parse(readFileSync(join(elements, 'custom-elements.json'), 'utf8'));
const schema = JSON.parse(readFileSync(join(root, 'node_modules/custom-elements-manifest/schema.json'), 'utf8'));
const problems = [];

const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
if (!validate(manifest)) {
  for (const error of validate.errors ?? []) problems.push(`schema: ${error.instancePath || '/'} ${error.message}`);
}

const defined = new Map();
for (const module of manifest.modules) {
  if (!existsSync(join(elements, module.path))) problems.push(`${module.path}: no such file in the package`);
  if (/\.(test|fixtures)\.|\/testing\//.test(module.path)) problems.push(`${module.path}: a test module`);
  for (const entry of module.exports ?? []) {
    if (entry.kind === 'custom-element-definition') defined.set(entry.name, entry.declaration);
  }
  for (const declaration of module.declarations ?? []) {
    for (const property of declaration.cssProperties ?? []) {
      if (property.default === undefined) {
        problems.push(`${module.path}: ${declaration.tagName ?? declaration.name} ${property.name} has no default`);
      }
    }
  }
}

// Every element folder (src/<folder>/<folder>.define.ts) defines `mind-<folder>`.
const folders = readdirSync(join(elements, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(elements, 'src', entry.name, `${entry.name}.define.ts`)))
  .map((entry) => entry.name);
for (const folder of folders) {
  const declaration = defined.get(`mind-${folder}`);
  const module = declaration && manifest.modules.find((candidate) => candidate.path === declaration.module);
  const found = module?.declarations?.find((candidate) => candidate.name === declaration.name);
  if (!found) problems.push(`mind-${folder}: no custom-element-definition that names its class`);
  else if (found.tagName !== `mind-${folder}`)
    problems.push(`mind-${folder}: its class says @tagname ${found.tagName}`);
}

if (problems.length) {
  console.error(`custom-elements.json:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`✓ custom-elements.json: valid (schema 2.1.0), ${defined.size} elements, every path shipped`);
