// The chunk graph rollup writes for `npm run size`, built here from a few modules in memory: which
// dynamic import of the API object serves which method, and which methods each module calls.
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { rollup } from 'rollup';
import { chunkGraph } from './chunk-graph.mjs';
import { pageFiles } from './page-loads.mjs';
import { root } from './process.mjs';

const sources = {
  'fixture/bundle.ts': `
    import { api } from './api.ts';
    export const ready = api;
    export const board = () => import('./board.ts');`,
  'fixture/api.ts': `
    const insight = () => import('./insight.js');
    const editorial = () => import('./feed.js');
    const lazy = (load, pick) => async (...args) => pick(await load())(...args);
    export const api = {
      feed: lazy(editorial, (module) => module.readFeed),
      tierReport: lazy(insight, (module) => module.readTierReport),
    };`,
  'fixture/board.ts': `
    import { ready } from './bundle.ts';
    export const show = () => ready.feed().then((items) => items.length);`,
  'fixture/feed.ts': `export const readFeed = () => [1, 2];`,
  'fixture/insight.ts': `export const readTierReport = () => ({ tiers: [] });`,
};

/** Bundles the fixture and returns its chunk graph. */
async function buildGraph() {
  const bundle = await rollup({
    input: join(root, 'fixture/bundle.ts'),
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      {
        name: 'fixture',
        // Relative imports in the sources, `./x.js` naming `x.ts` as in the repository's code.
        resolveId: (source, importer) =>
          importer ? resolve(dirname(importer), source.replace(/\.js$/, '.ts')) : source,
        load: (id) => sources[id.slice(root.length + 1)] ?? null,
      },
    ],
  });
  let graph;
  await bundle.generate({
    format: 'es',
    plugins: [
      {
        name: 'graph',
        generateBundle(_options, output) {
          graph = chunkGraph('dist', output, (id) => this.getModuleInfo(id), { apiModule: 'fixture/api.ts' });
        },
      },
    ],
  });
  await bundle.close();
  return graph;
}

describe('chunkGraph', () => {
  it('records the module each lazy API method loads and the methods each module calls', async () => {
    const graph = await buildGraph();
    assert.deepEqual(graph.api, {
      module: 'fixture/api.ts',
      methods: { feed: ['fixture/feed.ts'], tierReport: ['fixture/insight.ts'] },
      everyPage: [],
    });
    assert.deepEqual(graph.modules['fixture/board.ts'].calls, ['feed']);
    assert.equal(graph.modules['fixture/bundle.ts'].calls, undefined);
    // Followed from the entry, the board's call charges the feed but not the tier report.
    const files = pageFiles(graph, { roots: ['fixture/bundle.ts'], tags: [] }).map(
      (file) => graph.files[file].facadeModule,
    );
    assert.deepEqual(files.sort(), ['fixture/board.ts', 'fixture/bundle.ts', 'fixture/feed.ts']);
  });
});
