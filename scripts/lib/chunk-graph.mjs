// The CDN build's chunk graph: which file holds which module, and which module imports which,
// statically or dynamically. Rollup writes it on each build (the plugin below); `npm run size`
// reads it to count what each role's page loads. It lives outside every package's dist, so it is
// neither published to npm nor served from the CDN. It also records which dynamic import of the API
// object serves which API method, and which of those methods each module calls
// (scripts/lib/api-operations.mjs), so a page is charged only the engine operations it can call.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { API_MODULE, calledMethods, lazyMethods } from './api-operations.mjs';
import { root } from './process.mjs';

/** Where the last build's graph is, relative to the root (ignored by git, prettier and eslint). */
export const CHUNK_GRAPH_FILE = '.size/chunk-graph.json';

/** A module id as the graph names it: relative to the root, dependencies from `node_modules/`. */
function moduleName(id) {
  if (id.startsWith('\0')) return id;
  const dependency = id.lastIndexOf('/node_modules/');
  return dependency >= 0 ? id.slice(dependency + 1) : relative(root, id);
}

const sorted = (ids) => [...new Set(ids.map(moduleName))].sort();

const withoutExtension = (path) => path.replace(/\.[cm]?[jt]sx?$/, '');

/**
 * The module a relative dynamic import of `info` names, among those it imports dynamically
 * (`./x.js` is `x.ts` in the sources), else undefined.
 */
function dynamicTarget(info, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const wanted = withoutExtension(resolve(dirname(info.id), specifier));
  const id = info.dynamicallyImportedIds.find((target) => withoutExtension(target) === wanted);
  return id && moduleName(id);
}

/**
 * The graph of one generated bundle: for each output file its static and dynamic imports (file
 * names) and its modules; for each module its file (`null` when tree-shaking left none of its code),
 * the modules it imports statically and dynamically, and the lazy API methods it may call
 * (`calls`, only when there are some); and `api`: the API object's module, which of its dynamic
 * imports serves each API method, and those it makes for every page (`null` when the bundle does
 * not hold that module).
 *
 * @param {string} dir the output directory, relative to the root
 * @param {import('rollup').OutputBundle} bundle
 * @param {import('rollup').PluginContext['getModuleInfo']} getModuleInfo
 * @param {{ apiModule?: string }} [options] the API object's module, relative to the root
 */
export function chunkGraph(dir, bundle, getModuleInfo, { apiModule = API_MODULE } = {}) {
  const files = {};
  const fileOf = new Map();
  for (const chunk of Object.values(bundle).sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    if (chunk.type !== 'chunk') continue;
    files[chunk.fileName] = {
      isEntry: chunk.isEntry,
      facadeModule: chunk.facadeModuleId ? moduleName(chunk.facadeModuleId) : null,
      imports: [...new Set(chunk.imports)].sort(),
      dynamicImports: [...new Set(chunk.dynamicImports)].sort(),
      modules: sorted(chunk.moduleIds),
    };
    for (const id of chunk.moduleIds) fileOf.set(id, chunk.fileName);
  }
  const modules = {};
  const ids = new Set(fileOf.keys());
  // Walk from the bundled modules through the ones tree-shaking emptied (re-exporting indexes),
  // so a path through them is still a path.
  for (const id of ids) {
    const info = getModuleInfo(id);
    if (!info || info.isExternal) continue;
    for (const next of [...info.importedIds, ...info.dynamicallyImportedIds]) ids.add(next);
    modules[moduleName(id)] = {
      file: fileOf.get(id) ?? null,
      imports: sorted(info.importedIds),
      dynamicImports: sorted(info.dynamicallyImportedIds),
    };
  }
  const apiInfo = [...ids]
    .map((id) => getModuleInfo(id))
    .find((info) => info?.ast && moduleName(info.id) === apiModule);
  const api = apiInfo
    ? { module: apiModule, ...lazyMethods(apiInfo.ast, (specifier) => dynamicTarget(apiInfo, specifier)) }
    : null;
  if (api) {
    const names = Object.keys(api.methods);
    for (const id of ids) {
      const info = getModuleInfo(id);
      const calls = info?.ast && !info.isExternal ? calledMethods(info.ast, names) : [];
      if (calls.length > 0) modules[moduleName(id)].calls = calls;
    }
  }
  const byName = Object.fromEntries(Object.entries(modules).sort(([a], [b]) => a.localeCompare(b)));
  return { dir, files, modules: byName, api };
}

/**
 * A rollup output plugin that writes the bundle's {@link chunkGraph} to `file` (relative to the
 * root), or hands it to `onGraph` instead.
 *
 * @param {{ dir: string, file?: string, apiModule?: string, onGraph?: (graph: ReturnType<typeof chunkGraph>) => void }} options
 * @returns {import('rollup').Plugin}
 */
export function chunkGraphPlugin({ dir, file = CHUNK_GRAPH_FILE, apiModule, onGraph }) {
  return {
    name: 'mindshare-chunk-graph',
    generateBundle(_options, bundle) {
      const graph = chunkGraph(dir, bundle, (id) => this.getModuleInfo(id), { apiModule });
      if (onGraph) return onGraph(graph);
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), `${JSON.stringify(graph, null, 2)}\n`);
    },
  };
}

/** The last build's graph, or `undefined` when there is none. */
export function readChunkGraph(file = CHUNK_GRAPH_FILE) {
  const path = join(root, file);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}
