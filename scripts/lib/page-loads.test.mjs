// How a role's page is counted from the chunk graph: the engine operations the API object loads on
// first use are charged only to pages whose modules call a method they serve.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageFiles, pageOperations } from './page-loads.mjs';

const API = 'packages/core/src/engine/mindshare-api-object.ts';
const HOST = 'packages/core/src/engine/create-host.ts';
const el = (path) => `packages/elements/src/${path}`;
const op = (name) => `packages/core/src/engine/${name}.ts`;

/**
 * A small build: the entry holds the provider, the quiz (which calls `mastery`), the host (which
 * imports the leaderboards itself) and the API object; `<mind-board>` calls nothing itself but its
 * lazy view calls `feed`; `<mind-tally>` calls `tierReport`.
 */
function build({ api = true } = {}) {
  const files = {};
  const modules = {};
  const file = (name, list, { imports = [], isEntry = false } = {}) => {
    files[name] = { isEntry, facadeModule: list[0], imports, dynamicImports: [], modules: list };
    for (const module of list) modules[module] = { file: name, imports: [], dynamicImports: [] };
  };
  file('main.js', [el('bundle.ts'), el('provider/provider.define.ts'), el('quiz/quiz.define.ts'), API, HOST], {
    isEntry: true,
  });
  file('board.define.js', [el('board/board.define.ts')]);
  file('board-view.js', [el('board/board-view.ts')]);
  file('tally.define.js', [el('tally/tally.define.ts')]);
  file('feed.js', [op('feed-operations')]);
  file('insight.js', [op('insight-operations')]);
  file('boards.js', [op('leaderboards')]);
  file('privacy.js', [op('privacy-operations')]);
  const lazy = (from, to) => {
    modules[from].dynamicImports.push(to);
    files[modules[from].file].dynamicImports.push(modules[to].file);
  };
  lazy(el('bundle.ts'), el('board/board.define.ts'));
  lazy(el('bundle.ts'), el('tally/tally.define.ts'));
  lazy(el('board/board.define.ts'), el('board/board-view.ts'));
  for (const name of ['feed-operations', 'insight-operations', 'leaderboards', 'privacy-operations'])
    lazy(API, op(name));
  lazy(HOST, op('leaderboards'));
  modules[el('board/board-view.ts')].calls = ['feed'];
  modules[el('tally/tally.define.ts')].calls = ['tierReport'];
  modules[el('quiz/quiz.define.ts')].calls = ['mastery'];
  const graph = { dir: 'dist', files, modules };
  if (api) {
    graph.api = {
      module: API,
      methods: {
        feed: [op('feed-operations')],
        leaderboard: [op('leaderboards')],
        mastery: [op('insight-operations')],
        tierReport: [op('insight-operations')],
        exportSellerData: [op('privacy-operations')],
      },
      everyPage: [],
    };
  }
  return graph;
}

/** A page that shows the provider and the elements of `folders` (the entry holds the provider and the quiz). */
const page = (...folders) => ({
  roots: [el('bundle.ts'), ...folders.filter((f) => f !== 'quiz').map((f) => el(`${f}/${f}.define.ts`))],
  tags: ['mind-provider', ...folders.map((folder) => `mind-${folder}`)],
});

describe('pageFiles with the engine operations of the API object', () => {
  it('charges an operation a lazy view of the page calls, found by walking again', () => {
    const graph = build();
    const files = pageFiles(graph, page('board'));
    assert.deepEqual(files, ['board-view.js', 'board.define.js', 'boards.js', 'feed.js', 'main.js']);
    assert.deepEqual(pageOperations(graph, page('board')), {
      calls: { feed: [el('board/board-view.ts')] },
      operations: [op('feed-operations')],
    });
  });

  it('charges the operations of the elements shown, not those of the others', () => {
    const graph = build();
    const files = pageFiles(graph, page('tally'));
    assert.deepEqual(files, ['boards.js', 'insight.js', 'main.js', 'tally.define.js']);
  });

  it("counts calls of an element the entry holds only on pages that show it (the quiz's mastery)", () => {
    const graph = build();
    const without = pageFiles(graph, page());
    const withQuiz = pageFiles(graph, page('quiz'));
    assert.equal(without.includes('insight.js'), false);
    assert.equal(withQuiz.includes('insight.js'), true);
  });

  it('still counts an operation another module imports (the host loads the leaderboards)', () => {
    const graph = build();
    assert.equal(pageFiles(graph, page()).includes('boards.js'), true);
  });

  it('charges every page an import the API object makes for no method it can tell', () => {
    const graph = build();
    graph.api.everyPage = [op('privacy-operations')];
    assert.equal(pageFiles(graph, page()).includes('privacy.js'), true);
  });

  it('charges every operation to every page when the graph does not say which method they serve', () => {
    const files = pageFiles(build({ api: false }), page());
    assert.deepEqual(files, ['boards.js', 'feed.js', 'insight.js', 'main.js', 'privacy.js']);
  });
});
