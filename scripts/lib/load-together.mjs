// A rollup output plugin: a dynamic import also fetches, at the same time, the chunks its target
// imports statically. Without it a browser learns of those chunks only once the target has arrived
// and been parsed, so a lazy element costs a waterfall of round trips: entry → `quiz.define` →
// (its base class, question views, formats…). On slow 4G that was 240 ms more before the first
// question (npm run bench, browser/quiz-slow-4g) once the quiz left the entry. Vite does the same
// with `<link rel=modulepreload>`; here each dependency is imported in parallel instead, which
// needs no DOM and no extra Content-Security-Policy: a module is fetched and evaluated once
// whoever asks first, and evaluating a dependency before its importer is the order ES modules use.
// Written for this build because rollup has no such option and the plugins that do (Vite's) come
// with their bundler.
import { posix } from 'node:path';
import MagicString from 'magic-string';
import { walk } from './api-operations.mjs';

/**
 * The chunks a dynamic import of `target` from `from` should fetch beside it: every chunk `target`
 * reaches through static imports, less `from` and what `from` itself reaches statically (already
 * loaded when its code runs).
 *
 * @param {Record<string, { imports: readonly string[] }>} chunks by file name
 * @param {string} from the importing chunk's file name
 * @param {string} target the imported chunk's file name
 * @returns {string[]} file names, in a stable order
 */
export function loadedTogether(chunks, from, target) {
  const loaded = staticImports(chunks, from);
  return [...staticImports(chunks, target)]
    .filter((file) => file !== target && file !== from && !loaded.has(file))
    .sort();
}

/**
 * Every chunk `start` reaches through static imports, itself left out unless a cycle leads back to
 * it: what a browser fetches before `start` runs. For this plugin and for the size count alike.
 *
 * @param {Record<string, { imports: readonly string[] }>} chunks by file name
 * @param {string} start a file name
 * @returns {Set<string>}
 */
export function staticImports(chunks, start) {
  const seen = new Set();
  const queue = [start];
  while (queue.length > 0) {
    const name = queue.pop();
    const chunk = chunks[name];
    // A file the graph does not hold would be left out of a page's count, not merely of this walk.
    if (!chunk) throw new Error(`${name} is imported but is not a chunk of the build.`);
    for (const next of chunk.imports) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/**
 * Rewrites each `import('./chunk.js')` of a chunk into one that also imports, in parallel, the
 * chunks {@link loadedTogether} names, and resolves to the target's namespace as before. Runs in
 * `renderChunk`, where file names still hold rollup's hash placeholders, so the hashes it writes
 * afterwards cover the rewritten code. Place it before the minifier.
 *
 * Each added import is a literal, so a bundler that takes `mindshare.min.js` in sees every chunk,
 * and optional: one that fails leaves the target's own static import of it to fail (or to find it
 * later), as without this plugin. Chunks holding a module with side effects are left out, since
 * parallel imports evaluate siblings in the order they arrive, not in the target's import order.
 *
 * @returns {import('rollup').OutputPlugin}
 */
export function loadTogetherPlugin() {
  return {
    name: 'mindshare-load-together',
    renderChunk(code, chunk, options, { chunks }) {
      if (code.includes(LOAD)) this.error(`${chunk.fileName} already uses the name ${LOAD}`);
      const rewritten = new MagicString(code);
      // Judged once per file: the same shared chunks come with most of a file's imports.
      const judged = new Map();
      const pure = (file) => {
        if (!judged.has(file))
          judged.set(
            file,
            (chunks[file]?.moduleIds ?? []).every((id) => !runsStatements(this.getModuleInfo(id))),
          );
        return judged.get(file);
      };
      walk(this.parse(code), (node) => {
        if (node.type !== 'ImportExpression' || node.source.type !== 'Literal') return;
        const specifier = node.source.value;
        if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
        const target = posix.join(posix.dirname(chunk.fileName), specifier);
        if (!chunks[target]) return;
        const together = loadedTogether(chunks, chunk.fileName, target).filter(pure);
        if (together.length === 0) return;
        const imports = together.map((file) => `import(${JSON.stringify(relativeSpecifier(chunk.fileName, file))})`);
        rewritten.prependLeft(node.start, `${LOAD}(`);
        rewritten.appendRight(node.end, `,[${imports.join(',')}])`);
      });
      if (!rewritten.hasChanged()) return null;
      // A function declaration, hoisted: callable even from code that runs before this line.
      rewritten.prepend(
        `function ${LOAD}(lazy,together){` +
          `return Promise.all([lazy,...together.map((loading)=>loading.catch(()=>undefined))]).then((loaded)=>loaded[0])}\n`,
      );
      return {
        code: rewritten.toString(),
        map: options.sourcemap ? rewritten.generateMap({ hires: 'boundary' }) : null,
      };
    },
  };
}

// A name no module of ours uses (checked); the minifier shortens it.
const LOAD = '__mindLoadWith';

/** Top-level statements that only declare: imports, exports, functions, classes, variables. */
const DECLARES = new Set([
  'ImportDeclaration',
  'ExportNamedDeclaration',
  'ExportDefaultDeclaration',
  'ExportAllDeclaration',
  'FunctionDeclaration',
  'ClassDeclaration',
  'VariableDeclaration',
  'EmptyStatement',
]);

/**
 * Whether a module runs a statement for its effect at its top level (`customElements.define(…)`,
 * `z.config(…)`, an `if`, a loop, a `try`): rollup's `moduleSideEffects` cannot tell, being true for
 * every module no `sideEffects` field covers. Anything but a declaration (or a directive) counts:
 * declarations run nothing that another chunk could observe in our code.
 */
function runsStatements(info) {
  if (!info?.ast) return true;
  return info.ast.body.some((node) => !DECLARES.has(node.type) && !node.directive);
}

function relativeSpecifier(from, file) {
  const path = posix.relative(posix.dirname(from), file);
  return path.startsWith('.') ? path : `./${path}`;
}
