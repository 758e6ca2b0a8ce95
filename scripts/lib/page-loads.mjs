// What a page loads, read from the chunk graph (scripts/lib/chunk-graph.mjs), for `npm run size`
// and scripts/size-breakdown.mjs. Followed module by module rather than file by file: when the
// entry holds an element (it held the quiz until issue 15), a file-level walk would charge its lazy
// views to a page that does not show it; a module-level walk charges a dynamic import only to pages whose modules can make it.
// The engine's operations loaded on first use are all dynamic imports of the one API object of the
// engine, so for them the walk goes further: a page pays for an operation's module only when one of
// its modules calls an API method that module serves (scripts/lib/api-operations.mjs).
import { catalogueOf } from './catalogue-imports.mjs';
import { staticImports } from './load-together.mjs';

const DEFINE = /^packages\/elements\/src\/([^/]+)\/\1\.define\.ts$/;

/** The tag a `src/<folder>/<folder>.define.ts` module registers (`mind-<folder>`), else undefined. */
export function definedTag(module) {
  const folder = DEFINE.exec(module)?.[1];
  return folder && `mind-${folder}`;
}

/** The define module of a tag, if the build has it. */
export function defineModule(graph, tag) {
  const module = `packages/elements/src/${tag.replace(/^mind-/, '')}/${tag.replace(/^mind-/, '')}.define.ts`;
  return graph.modules[module]?.file ? module : undefined;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * The base language of a string catalogue of the elements (`quiz/strings/fr.ts`, `strings/fr-CA.ts`
 * → `fr`; the path read by `catalogueOf`), else undefined.
 */
export function catalogueLanguage(module) {
  const code = catalogueOf(module)?.language;
  return code && languageNames.of(code) ? code.split('-')[0] : undefined;
}

/** The English name of a language code (`fr` → French). */
export const languageName = (code) => languageNames.of(code) ?? code;

/** Every language besides English whose catalogues the build loads lazily, sorted. */
export function lazyLanguages(graph) {
  const languages = new Set();
  for (const { dynamicImports } of Object.values(graph.modules)) {
    for (const target of dynamicImports) {
      const language = catalogueLanguage(target);
      if (language && language !== 'en') languages.add(language);
    }
  }
  return [...languages].sort();
}

/**
 * The files (relative to the output directory) a page loads, each once, when it starts from the
 * files of `roots` (module ids) and shows the elements `tags`, in `language` besides English: those
 * files, the files they import statically, and the files their modules import dynamically — but
 * not from the folder of an element the page does not show (were an element in the entry, its
 * lazy views would not be another page's), not into such a folder (the lazy definitions of other elements),
 * not catalogues of another language, not the modules in `apart` (budgeted on their own, like
 * the HTTP client), and not the API object's imports of engine operations that no module of the
 * page calls (see {@link pageOperations}). Files, not module edges, carry static loads, because
 * tree-shaking drops re-exports a module-level walk would follow. Files in `given` count as loaded
 * already: neither listed nor followed.
 *
 * @param {{ roots: string[], tags: string[], language?: string, apart?: string[], given?: string[] }} page
 */
export function pageFiles(graph, page) {
  return pageWalk(graph, page).files;
}

/**
 * The lazy API methods a page's modules may call (`calls`, with the modules that call each) and
 * the engine operation modules the API object loads for them (`operations`), as {@link pageFiles}
 * charges them. Calls are read from the modules of every file the page loads, except those of
 * elements it does not show; loading an operation's file can add calls, so the walk repeats until
 * nothing changes.
 *
 * @returns {{ calls: Record<string, string[]>, operations: string[] }}
 */
export function pageOperations(graph, page) {
  const { calls, operations } = pageWalk(graph, page);
  return { calls, operations: [...operations].sort() };
}

function pageWalk(graph, { roots, tags, language, apart = [], given = [] }) {
  const absent = Object.keys(graph.modules)
    .filter((module) => graph.modules[module].file && definedTag(module) && !tags.includes(definedTag(module)))
    .map((module) => module.slice(0, module.lastIndexOf('/') + 1));
  const foreign = (module) => absent.some((folder) => module.startsWith(folder));
  const follows = (target) => {
    const lang = catalogueLanguage(target);
    return !apart.includes(target) && !foreign(target) && !(lang && lang !== 'en' && lang !== language);
  };
  // The API object's imports that serve methods: followed only for a method the page calls. An
  // import of the API object that serves no method, or every page, is followed like any other.
  const api = graph.api;
  const gated = new Set(api ? Object.values(api.methods).flat() : []);
  for (const target of api?.everyPage ?? []) gated.delete(target);

  let operations = new Set();
  for (;;) {
    const files = new Set();
    const load = (file) => {
      if (files.has(file) || given.includes(file)) return;
      files.add(file);
      const { imports, dynamicImports, modules } = graph.files[file];
      imports.forEach(load);
      for (const module of modules.filter((id) => !foreign(id))) {
        for (const target of graph.modules[module]?.dynamicImports ?? []) {
          if (module === api?.module && gated.has(target) && !operations.has(target)) continue;
          const loaded = graph.modules[target]?.file;
          // A dynamic import tree-shaking dropped from the file is not a load.
          if (
            loaded &&
            follows(target) &&
            (dynamicImports.includes(loaded) || files.has(loaded) || given.includes(loaded))
          )
            load(loaded);
        }
      }
    };
    for (const root of roots) if (graph.modules[root]?.file) load(graph.modules[root].file);

    const calls = {};
    for (const file of files) {
      for (const module of graph.files[file].modules) {
        if (foreign(module)) continue;
        for (const name of graph.modules[module]?.calls ?? []) (calls[name] ??= []).push(module);
      }
    }
    const needed = new Set(Object.keys(calls).flatMap((name) => api?.methods[name] ?? []));
    if ([...needed].every((target) => operations.has(target))) {
      const sortedCalls = Object.fromEntries(
        Object.keys(calls)
          .sort()
          .map((name) => [name, [...new Set(calls[name])].sort()]),
      );
      return { files: [...files].sort(), calls: sortedCalls, operations: needed };
    }
    operations = new Set([...operations, ...needed]);
  }
}

/** The files `file` imports statically, directly or not (the browser fetches them with it). */
export function staticFiles(graph, file) {
  return [...staticImports(graph.files, file)];
}

/** The entry file of the graph. */
export function entryFile(graph) {
  const entries = Object.keys(graph.files).filter((file) => graph.files[file].isEntry);
  if (entries.length !== 1) throw new Error(`The chunk graph has ${entries.length} entries; expected one.`);
  return entries[0];
}

/**
 * How a budget of size-budgets.json walks the graph: the entry alone (`entry`), a role's page
 * (`elements`, less those the build does not have yet, listed in `missing`), or a module budgeted
 * apart (`module`: what it loads besides the entry, and besides the modules of `after`, which it
 * is loaded after, with what they import statically). A page may also load modules of its own
 * (`loads`: the HTTP client of a page whose engine runs on a server) and never load others
 * (`skips`: that page's embedded engine). Give the result to {@link pageFiles}, or for the entry
 * alone take `[entry, ...staticFiles(graph, entry)]`.
 *
 * @param {{ entry?: boolean, elements?: string[], module?: string, after?: string[], loads?: string[], skips?: string[] }} budget
 * @param {readonly { module?: string }[]} budgets all of them, for the modules budgeted apart
 */
export function budgetPage(graph, budget, budgets) {
  const entry = entryFile(graph);
  const apart = budgets.flatMap((other) => (other.module ? [other.module] : []));
  const withStatic = (file) => [file, ...staticFiles(graph, file)];
  if (budget.module) {
    const after = (budget.after ?? []).flatMap((module) => {
      const file = graph.modules[module]?.file;
      if (!file) throw new Error(`${budget.name ?? budget.module}: no file holds ${module}, which it loads after`);
      return withStatic(file);
    });
    return { roots: [budget.module], tags: [], apart, given: [...withStatic(entry), ...after], missing: [] };
  }
  const elements = budget.elements ?? [];
  const missing = elements.filter((tag) => !defineModule(graph, tag));
  const roots = [
    graph.files[entry].facadeModule,
    ...elements.flatMap((tag) => defineModule(graph, tag) ?? []),
    ...(budget.loads ?? []),
  ];
  return {
    roots,
    tags: elements.filter((tag) => !missing.includes(tag)),
    apart: [...apart, ...(budget.skips ?? [])],
    given: [],
    missing,
  };
}
