// A lazy chunk's static imports are requested with it: the CDN build rewrites each dynamic import
// so a browser fetches the whole set in one round trip instead of discovering it chunk by chunk.
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { rollup } from 'rollup';
import { loadedTogether, loadTogetherPlugin } from './load-together.mjs';
import { root } from './process.mjs';

const sources = {
  'fixture/main.ts': `
    import { base } from './base.ts';
    export const quiz = () => import('./quiz.ts');
    export const board = () => import('./board.ts');
    export const lone = () => import('./lone.ts');
    export const plain = () => import('./plain.ts');
    export const ready = base;`,
  'fixture/base.ts': `export const base = { name: 'base' };`,
  // shared is the quiz's and the board's, deep theirs and the lone one's: two chunks, one importing the other.
  'fixture/shared.ts': `import { base } from './base.ts'; import { deep } from './deep.ts'; export const shared = () => base.name + deep();`,
  'fixture/deep.ts': `export const deep = () => 'deep';`,
  'fixture/quiz.ts': `
    import { shared } from './shared.ts';
    export const render = () => shared();
    export const attempt = () => import('./attempt.ts');`,
  'fixture/board.ts': `
    import { shared } from './shared.ts';
    import { extra } from './extra.ts';
    import { registered } from './registry.ts';
    export const render = () => shared() + extra() + registered + 'board';`,
  'fixture/lone.ts': `
    import { deep } from './deep.ts';
    import { registered } from './registry.ts';
    export const lone = () => deep() + registered;`,
  'fixture/attempt.ts': `
    import { shared } from './shared.ts';
    import { extra } from './extra.ts';
    import { registered } from './registry.ts';
    export const start = () => shared() + extra() + registered;`,
  'fixture/extra.ts': `export const extra = () => 'extra';`,
  // A module that runs a statement at its top level: its chunk is never imported ahead of order.
  // A statement that is not an expression runs too: `if`, loops, `try`.
  'fixture/registry.ts': `export const registered = []; if (!globalThis.registry) globalThis.registry = registered;`,
  'fixture/plain.ts': `export const plain = () => 'plain';`,
};

/** Bundles the fixture with the plugin; returns each chunk's code and static imports by module. */
async function build() {
  const bundle = await rollup({
    input: join(root, 'fixture/main.ts'),
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      {
        name: 'fixture',
        resolveId: (source, importer) => (importer ? resolve(dirname(importer), source) : source),
        load: (id) => sources[id.slice(root.length + 1)] ?? null,
      },
    ],
  });
  const { output } = await bundle.generate({
    format: 'es',
    chunkFileNames: 'chunks/[name]-[hash].js',
    plugins: [loadTogetherPlugin()],
  });
  await bundle.close();
  const byModule = (name) => output.find((chunk) => chunk.facadeModuleId?.endsWith(`fixture/${name}.ts`));
  const fileOf = (module) => output.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(`fixture/${module}.ts`)));
  return { output, byModule, fileOf };
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The file names a rewritten dynamic import of `target` (a file name) in `code` imports with it. */
function importedWith(code, target, from) {
  const name = target.slice(target.lastIndexOf('/') + 1);
  const site = new RegExp(`__mindLoadWith\\(import\\((['"])[^'"]*${escape(name)}\\1\\),\\s*\\[([^\\]]*)\\]\\)`).exec(
    code,
  );
  if (!site) return undefined;
  return [...site[2].matchAll(/import\((['"])([^'"]+)\1\)/g)].map((match) => join(dirname(from), match[2]));
}

describe('loadTogetherPlugin', () => {
  it('fetches a lazy chunk together with every chunk it imports statically, at any depth', async () => {
    const { byModule, fileOf } = await build();
    const main = byModule('main');
    const shared = fileOf('shared').fileName;
    const deep = fileOf('deep').fileName;
    assert.notEqual(shared, deep);
    assert.ok(fileOf('shared').imports.includes(deep));
    assert.deepEqual(importedWith(main.code, byModule('quiz').fileName, main.fileName)?.sort(), [deep, shared].sort());
    // The lone chunk also needs the registry, which runs a statement at its top level.
    assert.deepEqual(importedWith(main.code, byModule('lone').fileName, main.fileName), [deep]);
  });

  it('rewrites imports made from a chunk in another folder, relative to that chunk', async () => {
    const { byModule, fileOf } = await build();
    const quiz = byModule('quiz');
    assert.match(quiz.fileName, /^chunks\//);
    // The attempt needs shared (the quiz holds it) and extra (it does not): only extra comes along.
    assert.deepEqual(importedWith(quiz.code, byModule('attempt').fileName, quiz.fileName), [fileOf('extra').fileName]);
  });

  it('leaves out chunks that run statements at their top level, and imports with nothing to add', async () => {
    const { byModule, fileOf } = await build();
    const main = byModule('main');
    const registry = fileOf('registry').fileName;
    assert.notEqual(registry, byModule('attempt').fileName);
    assert.notEqual(registry, fileOf('extra').fileName);
    // Both imports are rewritten (their other chunks come with them), without the registry.
    const withAttempt = importedWith(byModule('quiz').code, byModule('attempt').fileName, byModule('quiz').fileName);
    const withBoard = importedWith(main.code, byModule('board').fileName, main.fileName);
    assert.ok(withAttempt && withBoard, 'the attempt and the board load with their chunks');
    assert.ok(!withAttempt.includes(registry));
    assert.ok(!withBoard.includes(registry));
    assert.equal(importedWith(main.code, byModule('plain').fileName, main.fileName), undefined);
    assert.match(main.code, new RegExp(`import\\((['"])\\./${escape(byModule('plain').fileName)}\\1\\)`));
    // The base is in the entry: no site names it.
    assert.ok(fileOf('base').isEntry);
    assert.doesNotMatch(main.code, /import\([^)]*base/);
  });
});

describe('loadedTogether', () => {
  const chunks = {
    'main.js': { imports: ['base.js'] },
    'base.js': { imports: [] },
    'a.js': { imports: ['shared.js', 'base.js'] },
    'shared.js': { imports: ['base.js', 'deep.js'] },
    'deep.js': { imports: [] },
  };

  it('names the static closure of the target, less the target and what the importer holds', () => {
    assert.deepEqual(loadedTogether(chunks, 'main.js', 'a.js'), ['deep.js', 'shared.js']);
    assert.deepEqual(loadedTogether(chunks, 'shared.js', 'a.js'), []);
    assert.deepEqual(loadedTogether(chunks, 'main.js', 'deep.js'), []);
  });
});
