// One config that builds every package: ESM per package for npm (one file per module, so
// consumers' bundlers tree-shake and `sideEffects` stays exact), and the CDN entry of the
// elements with its lazy chunks. Types come from `tsc -b` (scripts/build.mjs); esbuild only
// transpiles, because @rollup/plugin-typescript was 5× slower here and ignored `sideEffects`.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

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

const npmBuilds = Object.entries(packages).map(([name, { entries }]) => {
  const dir = `packages/${name}`;
  return {
    input: entries.flatMap((pattern) => expand(dir, pattern)),
    external: isBare,
    plugins: [esbuild({ target: 'es2022', tsconfig: `${dir}/tsconfig.json`, sourceMap: true })],
    output: {
      dir: `${dir}/dist`,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: `${dir}/src`,
      sourcemap: true,
    },
  };
});

// Lazy chunks are named for who needs them, so size-budgets.json can budget each group:
// `coach-*` for coach and manager views and operations and the French strings, `seller-*` for
// seller features loaded on first use (and any chunk the two share), `http-*` for the HTTP client,
// which only a page whose engine runs on a server loads.
const coachModules =
  /packages\/(elements\/src\/(pitch-review|pitch-gallery|mastery-map|tier-report)\/|elements\/src\/i18n\/fr\.ts|elements\/src\/[\w-]+\/[\w-]+\.fr\.ts|core\/src\/engine\/(insight|privacy|pitch-review)-operations\.ts)/;
const httpModules = /packages\/adapters\/src\/http\//;
function chunkGroup(chunk) {
  const modules = chunk.facadeModuleId ? [chunk.facadeModuleId] : chunk.moduleIds;
  if (modules.length > 0 && modules.every((id) => httpModules.test(id))) return 'http';
  return modules.length > 0 && modules.every((id) => coachModules.test(id)) ? 'coach' : 'seller';
}

const cdn = {
  input: 'packages/elements/src/bundle.ts',
  // Lazy chunks import shared code from the entry itself, rather than from a second shared chunk
  // that would cost every page one more request.
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    nodeResolve({ exportConditions: ['mindshare-source', 'browser', 'production'], browser: true }),
    esbuild({ target: 'es2022', tsconfig: 'packages/elements/tsconfig.json' }),
  ],
  output: {
    dir: 'packages/elements/dist',
    format: 'es',
    entryFileNames: 'mindshare.min.js',
    chunkFileNames: (chunk) => `chunks/${chunkGroup(chunk)}-[name]-[hash].min.js`,
    sourcemap: true,
    plugins: [terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } })],
  },
};

export default [...npmBuilds, cdn];
