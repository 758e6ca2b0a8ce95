// How a role's page is counted from the chunk graph: the engine operations the API object loads on
// first use are charged only to pages whose modules call a method they serve.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { budgetPage, catalogueLanguage, pageFiles, pageOperations } from './page-loads.mjs';

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

describe('budgetPage', () => {
  /**
   * The CDN entry holds the provider only; its embedded engine (the host and the API object with
   * its operations) is a chunk the provider imports when it builds one, and the HTTP client a
   * module of its own.
   */
  function lazyEngine() {
    const files = {};
    const modules = {};
    const file = (name, list, { isEntry = false, imports = [] } = {}) => {
      files[name] = { isEntry, facadeModule: list[0], imports, dynamicImports: [], modules: list };
      for (const module of list) modules[module] = { file: name, imports: [], dynamicImports: [] };
    };
    const lazy = (from, to) => {
      modules[from].dynamicImports.push(to);
      files[modules[from].file].dynamicImports.push(modules[to].file);
    };
    file('main.js', [el('bundle.ts'), el('provider/provider.define.ts')], { isEntry: true });
    file('engine.js', [el('engine.ts'), API, HOST], { imports: ['schemas.js'] });
    file('schemas.js', ['packages/core/src/content/zod.ts']);
    file('http.js', ['packages/adapters/src/http/index.ts'], { imports: ['schemas.js'] });
    file('tally.define.js', [el('tally/tally.define.ts')]);
    file('insight.js', [op('insight-operations')]);
    // An operation imports what it shares with the engine from the engine's chunk.
    file('privacy.js', [op('privacy-operations')], { imports: ['engine.js'] });
    lazy(el('provider/provider.define.ts'), el('engine.ts'));
    lazy(el('bundle.ts'), el('tally/tally.define.ts'));
    lazy(el('bundle.ts'), 'packages/adapters/src/http/index.ts');
    lazy(API, op('insight-operations'));
    lazy(API, op('privacy-operations'));
    modules[el('tally/tally.define.ts')].calls = ['tierReport'];
    const graph = { dir: 'dist', files, modules };
    graph.api = {
      module: API,
      methods: { tierReport: [op('insight-operations')], exportSellerData: [op('privacy-operations')] },
      everyPage: [],
    };
    return graph;
  }
  const budgets = [
    { name: 'HTTP client', module: 'packages/adapters/src/http/index.ts' },
    { name: 'privacy', module: op('privacy-operations'), after: [el('engine.ts')] },
  ];
  const tally = ['mind-provider', 'mind-tally'];
  const files = (graph, budget) => pageFiles(graph, budgetPage(graph, budget, budgets)).sort();

  it('counts the embedded engine on a page that builds it, and the HTTP client instead on one whose engine is on a server', () => {
    const graph = lazyEngine();
    assert.deepEqual(files(graph, { elements: tally }), [
      'engine.js',
      'insight.js',
      'main.js',
      'schemas.js',
      'tally.define.js',
    ]);
    const server = { elements: tally, loads: ['packages/adapters/src/http/index.ts'], skips: [el('engine.ts')] };
    assert.deepEqual(files(graph, server), ['http.js', 'main.js', 'schemas.js', 'tally.define.js']);
  });

  it('counts a module budgeted apart less what the modules it loads after hold', () => {
    const graph = lazyEngine();
    assert.deepEqual(files(graph, budgets[1]), ['privacy.js']);
    assert.deepEqual(files(graph, { ...budgets[1], after: [] }), ['engine.js', 'privacy.js', 'schemas.js']);
    assert.throws(() => budgetPage(graph, { ...budgets[1], after: [el('nowhere.ts')] }, budgets), /nowhere\.ts/);
    assert.deepEqual(files(graph, budgets[0]), ['http.js', 'schemas.js']);
  });
});

describe('catalogueLanguage', () => {
  it('reads the language of a catalogue in a strings/ folder, and of no other module', () => {
    assert.equal(catalogueLanguage(el('quiz/strings/fr.ts')), 'fr');
    assert.equal(catalogueLanguage(el('shared/i18n/strings/ar.ts')), 'ar');
    assert.equal(catalogueLanguage(el('leaderboard/strings/entity-board/pt.ts')), 'pt');
    assert.equal(catalogueLanguage(el('quiz/strings/en.ts')), 'en');
    assert.equal(catalogueLanguage(el('shared/i18n/ar-words.ts')), undefined);
    assert.equal(catalogueLanguage(el('quiz/quiz.define.ts')), undefined);
    assert.equal(catalogueLanguage('packages/core/src/strings/fr.ts'), undefined);
  });
});
