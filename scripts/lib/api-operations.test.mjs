// Which API methods each lazy engine operation serves, and which methods a module calls: the two
// facts `npm run size` charges pages by. Over-counting is allowed, under-counting is not.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { transformSync } from 'esbuild';
import { parseAst } from 'rollup/parseAst';
import { API_MODULE, calledMethods, lazyMethods } from './api-operations.mjs';
import { root } from './process.mjs';

const resolveIn = (specifier) => `engine/${specifier.replace(/^\.\//, '').replace(/\.js$/, '.ts')}`;
const methodsOf = (code) => lazyMethods(parseAst(code), resolveIn);
const callsIn = (code, names = ['feed', 'tierReport', 'recordings', 'directory', 'review']) =>
  calledMethods(parseAst(code), names);

describe('lazyMethods', () => {
  it('gives each method written name: lazy(loader, …) the module its loader imports', () => {
    const { methods, everyPage } = methodsOf(`
      const insight = () => import('./insight.js');
      const editorial = () => import('./feed.js');
      export function api(run, lazy) {
        return {
          challenges: () => run(list),
          feed: lazy(editorial, (module) => module.readFeed),
          vote: lazy(editorial, (module) => module.vote),
          'tierReport': lazy(insight, (module) => module.readTierReport),
        };
      }`);
    assert.deepEqual(methods, {
      feed: ['engine/feed.ts'],
      tierReport: ['engine/insight.ts'],
      vote: ['engine/feed.ts'],
    });
    assert.deepEqual(everyPage, []);
  });

  it('gives a method every loader its code refers to, such as one it starts early', () => {
    const { methods, everyPage } = methodsOf(`
      const attempts = () => import('./attempts.js');
      export const api = (run, lazy) => ({
        challenges: () => {
          void attempts();
          return run(list);
        },
        startAttempt: lazy(attempts, (module) => module.start),
        wrapped: once(lazy(attempts, (module) => module.read)),
      });`);
    assert.deepEqual(methods, {
      challenges: ['engine/attempts.ts'],
      startAttempt: ['engine/attempts.ts'],
      wrapped: ['engine/attempts.ts'],
    });
    assert.deepEqual(everyPage, []);
  });

  it('charges every page an import whose method it cannot tell', () => {
    const { methods, everyPage } = methodsOf(`
      const insight = () => import('./insight.js');
      const privacy = () => import('./privacy.js');
      const boards = async () => (await import('./boards.js')).Boards;
      const unused = () => import('./unused.js');
      warm(privacy);
      const helpers = { preload: () => boards() };
      export const api = (lazy) => ({
        tierReport: lazy(insight, (module) => module.read),
        exportData: async () => (await import('./export.js')).run(),
        mastery: lazy(insight, (module) => module.mastery),
        remove: lazy(privacy, (module) => module.remove),
      });
      export const factory = () => ({ load: () => import('./factory.js') });`);
    assert.deepEqual(methods, {
      mastery: ['engine/insight.ts'],
      remove: ['engine/privacy.ts'],
      tierReport: ['engine/insight.ts'],
    });
    assert.deepEqual(everyPage, [
      'engine/boards.ts',
      'engine/export.ts',
      'engine/factory.ts',
      'engine/privacy.ts',
      'engine/unused.ts',
    ]);
  });

  it('reads the API object of the engine: every operation loaded on first use serves its methods', () => {
    const source = readFileSync(join(root, API_MODULE), 'utf8');
    const { code } = transformSync(source, { loader: 'ts', format: 'esm', target: 'es2022' });
    const { methods, everyPage } = lazyMethods(parseAst(code), resolveIn);
    // An import the count cannot tie to a method would be charged to every page again.
    assert.deepEqual(everyPage, []);
    const imports = [...code.matchAll(/import\(["']([^"']+)["']\)/g)].map((match) => resolveIn(match[1]));
    assert.deepEqual([...new Set(Object.values(methods).flat())].sort(), [...new Set(imports)].sort());
    assert.deepEqual(methods.tierReport, ['engine/insight-operations.ts']);
    assert.deepEqual(methods.leaderboard, ['engine/leaderboards.ts']);
    assert.deepEqual(methods.review, ['engine/pitch-review-operations.ts']);
    assert.deepEqual(methods.answer, ['engine/attempt-operations.ts']);
    // Listing the challenges starts loading the attempt flow: a page that lists pays for it.
    assert.deepEqual(methods.challenges, ['engine/attempt-operations.ts']);
    // Operations in the entry are not lazy: no module to charge.
    assert.equal(methods.pitchPrompts, undefined);
  });
});

describe('calledMethods', () => {
  it('finds calls on any value, optional calls and bracketed names', () => {
    assert.deepEqual(callsIn('api.tierReport({ metric }); this.mindshare?.recordings({ view: "all" });'), [
      'recordings',
      'tierReport',
    ]);
    assert.deepEqual(callsIn('class A { #api; load() { return this.#api.feed(); } }'), ['feed']);
    assert.deepEqual(callsIn('host.api.feed?.(); x["review"](1);'), ['feed', 'review']);
    assert.deepEqual(callsIn('const read = source.directory.bind(source); read();'), ['directory']);
  });

  it('finds a method handed on uncalled from a value named for the API', () => {
    assert.deepEqual(callsIn('if (typeof api.directory === "function") later(api.feed);'), ['directory', 'feed']);
    assert.deepEqual(callsIn('task(this.api.recordings);'), ['recordings']);
  });

  it('finds a method destructured from the API, or destructured and called', () => {
    assert.deepEqual(callsIn('const { feed, other } = api;'), ['feed']);
    assert.deepEqual(callsIn('const run = ({ tierReport }) => tierReport({ budget });'), ['tierReport']);
  });

  it('does not count data that shares a method name', () => {
    assert.deepEqual(
      callsIn(`
        download('directory', options.directory);
        const { pack, directory } = current;
        use(directory);
        const total = entry.review?.total;
        const css = '.feed { color: red }';`),
      [],
    );
  });
});
