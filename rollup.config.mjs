// One config that builds every package: ESM per package for npm (one file per module, so
// consumers' bundlers tree-shake and `sideEffects` stays exact), and the CDN entry of the
// elements with its lazy chunks. Types come from `tsc -b` (scripts/build.mjs); esbuild only
// transpiles, because @rollup/plugin-typescript was 5× slower here and ignored `sideEffects`.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { catalogueImportsPlugin, catalogueOf } from './scripts/lib/catalogue-imports.mjs';
import { chunkGraphPlugin } from './scripts/lib/chunk-graph.mjs';
import { loadTogetherPlugin } from './scripts/lib/load-together.mjs';

const packages = {
  core: { entries: ['src/index.ts', 'src/authoring/index.ts', 'src/testing/index.ts'] },
  adapters: { entries: ['src/index.ts', 'src/*/index.ts'] },
  elements: { entries: ['src/index.ts', 'src/**/*.define.ts'] },
  // Node only: its dependencies (hono, pg, PGlite…) stay external, installed beside it.
  server: { entries: ['src/index.ts', 'src/cli.ts'] },
};

/** Expands the simple patterns above (`src/x.ts`, `src/*\/index.ts`, `src/**\/*.define.ts`). */
function expand(dir, pattern) {
  if (!pattern.includes('*')) {
    return existsSync(join(dir, pattern)) ? [join(dir, pattern)] : [];
  }
  const suffix = pattern.split('*').pop();
  const recursive = pattern.includes('**');
  return readdirSync(join(dir, 'src'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(suffix) && !file.endsWith('.test.ts'))
    .filter((file) => recursive || file.split('/').length === 2)
    .map((file) => join(dir, 'src', file));
}

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/**
 * `chunks/quiz.fr-<hash>.min.js` for the catalogue `src/quiz/strings/fr.ts` (and for a part below
 * it, were one a chunk of its own), rather than one of fourteen `fr-<hash>`; the shared catalogue
 * (`src/shared/i18n/strings/fr.ts`) stays `fr-<hash>`.
 */
function chunkFileName({ facadeModuleId }) {
  const owner = catalogueOf(facadeModuleId ?? '')?.owner;
  return `chunks/${owner && !owner.includes('/') ? `${owner}.` : ''}[name]-[hash].min.js`;
}

const npmBuilds = Object.entries(packages).map(([name, { entries }]) => {
  const dir = `packages/${name}`;
  return {
    input: entries.flatMap((pattern) => expand(dir, pattern)),
    external: isBare,
    plugins: [
      esbuild({ target: 'es2022', tsconfig: `${dir}/tsconfig.json`, sourceMap: true }),
      // After esbuild, which it needs to parse: literal imports of each element's catalogues.
      ...(name === 'elements' ? [catalogueImportsPlugin()] : []),
    ],
    output: {
      dir: `${dir}/dist`,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: `${dir}/src`,
      sourcemap: true,
    },
  };
});

const cdn = {
  input: 'packages/elements/src/bundle.ts',
  // Lazy chunks import shared code from the entry itself, rather than from a second shared chunk
  // that would cost every page one more request.
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    nodeResolve({ exportConditions: ['mindshare-source', 'browser', 'production'], browser: true }),
    esbuild({ target: 'es2022', tsconfig: 'packages/elements/tsconfig.json' }),
    // One lazy chunk per catalogue, imported by a literal the load-together plugin below reads.
    catalogueImportsPlugin(),
  ],
  output: {
    dir: 'packages/elements/dist',
    format: 'es',
    entryFileNames: 'mindshare.min.js',
    // A chunk is named for its module (`nugget-feed.define`, `pitch-operations`, `quiz.fr`, `http`):
    // which page loads it follows from the chunk graph, not from its name (scripts/size.mjs).
    chunkFileNames: chunkFileName,
    sourcemap: true,
    plugins: [
      // Before terser: a lazy chunk's own static imports are requested with it, not after it.
      loadTogetherPlugin(),
      terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
      // After terser, so the graph names the files as shipped. Written outside dist: not shipped.
      chunkGraphPlugin({ dir: 'packages/elements/dist' }),
    ],
  },
};

export default [...npmBuilds, cdn];
