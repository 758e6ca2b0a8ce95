// An ESLint rule that keeps packages/elements/src readable from its folders: an element folder
// (one holding a `*.define.ts`) imports only its own files, `shared/` and packages, never another
// element's folder; `shared/` imports no element at all. A part two elements need moves to a named
// folder under `shared/`, so changing one element never silently changes another.
import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../packages/elements/src');

/** The element folders: those holding a `*.define.ts`, so a new element needs no edit here. */
export function elementFolders(src = SRC) {
  return readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .filter((entry) => readdirSync(join(src, entry.name)).some((file) => file.endsWith('.define.ts')))
    .map((entry) => entry.name);
}

/** The first folder of `file` below src/, or `undefined` for a file outside src/ or at its top. */
function topFolder(file) {
  const path = relative(SRC, file);
  if (path.startsWith('..')) return undefined;
  const parts = path.split(sep);
  return parts.length > 1 ? parts[0] : undefined;
}

const elements = new Set(elementFolders());

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Element folders import only themselves and shared/; shared/ imports no element.' },
    messages: {
      otherElement:
        "'{{source}}' is in the folder of <mind-{{target}}>: an element imports only its own folder and shared/. Move what both need to a named folder under shared/.",
      sharedToElement:
        "'{{source}}' is in the folder of <mind-{{target}}>: shared/ serves every element and imports none. Pass what it needs in, or move it to shared/.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const own = topFolder(file);
    if (own === undefined || (own !== 'shared' && !elements.has(own))) return {};
    const check = (node) => {
      const source = node?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = topFolder(resolve(dirname(file), source));
      if (target === undefined || target === own || !elements.has(target)) return;
      context.report({
        node,
        messageId: own === 'shared' ? 'sharedToElement' : 'otherElement',
        data: { source, target },
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { 'element-folders': rule } };
