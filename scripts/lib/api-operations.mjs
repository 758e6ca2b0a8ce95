// Which of the engine's lazy operations a page can call, read from the code (ESTree ASTs, as rollup
// parses them). The operations loaded on first use are dynamic imports of one module, the API object
// every engine holds (packages/core/src/engine/mindshare-api-object.ts): counted by that import alone,
// every page would pay for all of them, the seller's for the managers' tier report too. So the
// build records which import serves each API method ({@link lazyMethods}) and which of those
// methods each module calls ({@link calledMethods}); scripts/lib/page-loads.mjs then charges a page
// the imports of the methods its modules call.

/** The module of the API object, as the chunk graph names modules. */
export const API_MODULE = 'packages/core/src/engine/mindshare-api-object.ts';

/**
 * Calls `visit(node, parents)` for every node of an ESTree tree, parents outermost first (the same
 * array throughout, changed as the walk goes on: read it in the visitor, do not keep it).
 *
 * @param {any} node
 * @param {(node: any, parents: readonly any[]) => void} visit
 */
export function walk(node, visit, parents = []) {
  visit(node, parents);
  // One stack for the whole walk (visitors read it at once): a copy per node was quadratic.
  parents.push(node);
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && typeof child.type === 'string') walk(child, visit, parents);
    }
  }
  parents.pop();
}

/** The name of a non-computed property key, or of a computed one written as a string. */
function keyName(key, computed) {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

/**
 * Which dynamic imports serve which API methods in the API object's module. A loader is a top-level
 * constant whose value imports (`const insight = () => import('./insight-operations.js')`); the API
 * object is an object literal with methods written `name: lazy(loader, …)`; a method of it that
 * refers to a loader in any way (`lazy(loader, …)`, or `() => { void loader(); … }` to load it
 * early) may load what that loader imports. Every other import of the module — a loader used
 * outside the API object's methods or never, an `import()` written outside a loader — is in
 * `everyPage`: charged to every page, as the import alone would be. So a shape this does not know
 * over-counts, never under-counts.
 *
 * @param {any} ast the module's Program node
 * @param {(specifier: string) => string | undefined} resolve module name of an import's specifier
 * @returns {{ methods: Record<string, string[]>, everyPage: string[] }}
 */
export function lazyMethods(ast, resolve) {
  /** Loader name → the specifiers its value imports. */
  const loaders = new Map();
  const importsOf = (node) => {
    const specifiers = [];
    walk(node, (inner) => {
      if (inner.type === 'ImportExpression') specifiers.push(specifierOf(inner));
    });
    return specifiers;
  };
  const owned = new Set();
  for (const statement of ast.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
    for (const { id, init } of declaration.declarations) {
      if (id.type !== 'Identifier' || !init) continue;
      const specifiers = importsOf(init);
      if (specifiers.length === 0) continue;
      loaders.set(id.name, specifiers);
      walk(init, (inner) => inner.type === 'ImportExpression' && owned.add(inner));
    }
  }

  // The API objects: object literals with a method written `name: lazy(loader, …)`.
  const apiObjects = new Set();
  walk(ast, (node, parents) => {
    const [first] = node.type === 'CallExpression' ? node.arguments : [];
    const property = parents.at(-1);
    if (
      node.type === 'CallExpression' &&
      node.callee.type === 'Identifier' &&
      node.callee.name === 'lazy' &&
      first?.type === 'Identifier' &&
      loaders.has(first.name) &&
      property?.type === 'Property' &&
      property.value === node
    )
      apiObjects.add(parents.at(-2));
  });

  const methods = {};
  const everyPage = new Set();
  const served = new Set();
  walk(ast, (node, parents) => {
    // An import written outside a loader: its method cannot be told, so every page pays for it.
    if (node.type === 'ImportExpression' && !owned.has(node)) everyPage.add(specifierOf(node));
    if (node.type !== 'Identifier' || !loaders.has(node.name)) return;
    const parent = parents.at(-1);
    if (parent?.type === 'VariableDeclarator' && parent.id === node) return; // its declaration
    if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) return;
    if (parent?.type === 'Property' && parent.key === node && !parent.computed && !parent.shorthand) return;
    // The method of an API object whose value holds this reference, the innermost one.
    const at = parents.findLastIndex(
      (ancestor, i) => ancestor.type === 'Property' && apiObjects.has(parents[i - 1]) && ancestor.key !== node,
    );
    const name = at > 0 ? keyName(parents[at].key, parents[at].computed) : undefined;
    if (name === undefined) {
      for (const specifier of loaders.get(node.name)) everyPage.add(specifier);
      return;
    }
    served.add(node.name);
    methods[name] = [...new Set([...(methods[name] ?? []), ...loaders.get(node.name)])];
  });
  // A constant that imports but serves no method (a factory with an import inside, a loader kept
  // for later): its imports are made some other way.
  for (const [name, specifiers] of loaders) if (!served.has(name)) specifiers.forEach((s) => everyPage.add(s));
  // Specifiers to module names; one that names no module stays charged to every page by the graph.
  const names = (specifiers) => [...new Set(specifiers.flatMap((specifier) => resolve(specifier) ?? []))].sort();
  const resolved = Object.fromEntries(
    Object.keys(methods)
      .sort()
      .map((name) => [name, names(methods[name])]),
  );
  return { methods: resolved, everyPage: names([...everyPage]) };
}

function specifierOf(node) {
  const { source } = node;
  if (source.type === 'Literal' && typeof source.value === 'string') return source.value;
  if (source.type === 'TemplateLiteral' && source.expressions.length === 0) return source.quasis[0].value.cooked;
  return '';
}

/**
 * Which of `names` a module may call, over-approximated from its AST: a call of a property of that
 * name on any value (`api.tierReport(…)`, `this.#api?.recordings(…)`, `api['feed'](…)`,
 * `api.feed?.()`), a `.bind`, `.call` or `.apply` of it, any read of it from a value whose name says
 * it is the API (`api`, `mindshare`, `this.api`, `typeof api.directory`), which covers a method
 * handed on uncalled, and a destructuring that takes it from such a value (`const { feed } = api`)
 * or binds it to a name the module calls (`({ feed }) => feed()`). A property of that name read from
 * anything else (`options.directory`, an entry's `review`, `const { directory } = current` never
 * called) is data, not a call, and is not counted.
 *
 * @param {any} ast the module's Program node
 * @param {Iterable<string>} names the API methods to look for
 * @returns {string[]} the names found, sorted
 */
export function calledMethods(ast, names) {
  const wanted = new Set(names);
  const found = new Set();
  /** Local names bound by destructuring a wanted method, with the method. */
  const bound = [];
  const calledNames = new Set();
  walk(ast, (node, parents) => {
    if (node.type === 'MemberExpression') {
      const name = keyName(node.property, node.computed);
      if (name === undefined || !wanted.has(name)) return;
      let parent = parents.at(-1);
      let self = node;
      // `api.feed?.()` and `api?.feed()` wrap the call in a ChainExpression.
      if (parent?.type === 'ChainExpression') {
        self = parent;
        parent = parents.at(-2);
      }
      const called = parent?.type === 'CallExpression' && parent.callee === self;
      const handed =
        parent?.type === 'MemberExpression' &&
        parent.object === self &&
        ['bind', 'call', 'apply'].includes(keyName(parent.property, parent.computed));
      if (called || handed || isApiValue(node.object)) found.add(name);
    } else if (node.type === 'CallExpression' && node.callee.type === 'Identifier') {
      calledNames.add(node.callee.name);
    } else if (node.type === 'ObjectPattern') {
      const parent = parents.at(-1);
      const source =
        parent?.type === 'VariableDeclarator' && parent.id === node
          ? parent.init
          : parent?.type === 'AssignmentExpression' && parent.left === node
            ? parent.right
            : undefined;
      for (const property of node.properties) {
        const name = property.type === 'Property' ? keyName(property.key, property.computed) : undefined;
        if (name === undefined || !wanted.has(name)) continue;
        if (source && isApiValue(source)) found.add(name);
        const local = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
        if (local.type === 'Identifier') bound.push([local.name, name]);
      }
    }
  });
  for (const [local, name] of bound) if (calledNames.has(local)) found.add(name);
  return [...found].sort();
}

/** Whether an expression names the API by convention: `api`, `mindshare`, `this.api`, `this.#api`, `host.mindshare`. */
function isApiValue(node) {
  const name =
    node.type === 'Identifier'
      ? node.name
      : node.type === 'MemberExpression'
        ? node.property.type === 'PrivateIdentifier'
          ? node.property.name
          : keyName(node.property, node.computed)
        : undefined;
  return name !== undefined && /^(api|mindshare)$/i.test(name);
}
