// The Custom Elements Manifest (`custom-elements.json`, written by `npm run build`): what editors,
// framework typings and docs read about every element. The analyzer reads the elements' JSDoc;
// the plugins below add what it cannot see, so the manifest is complete and points at what ships.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * What each design token of `src/shared/styles/tokens.ts` colours or sizes. Its defaults come from
 * that file (light, then dark): a token added there without a line here fails the build.
 */
const TOKEN_DESCRIPTIONS = {
  '--mind-color-accent': 'Primary buttons, selection, the viewer’s mark.',
  '--mind-color-on-accent': 'Text on the accent.',
  '--mind-color-surface': 'Backgrounds.',
  '--mind-color-surface-alt': 'Answers, alternate rows, cards.',
  '--mind-color-text': 'Text.',
  '--mind-color-text-muted': 'Secondary text.',
  '--mind-color-border': 'Borders and button outlines.',
  '--mind-color-success': 'Correct answers.',
  '--mind-color-danger': 'Wrong answers, errors, the recording dot.',
  '--mind-color-focus': 'The 3 px focus ring.',
  '--mind-font-family': 'All text.',
  '--mind-font-size': 'Base text size.',
  '--mind-space': 'The default gap (the elements’ own `…-gap` properties start from it).',
  '--mind-radius': 'Corners of buttons and boxes.',
};

/** `--_x: var(--mind-token, default);` lines of one `:host { … }` block of tokens.ts. */
function tokenDefaults(block) {
  const defaults = new Map();
  for (const [, token, fallback] of block.matchAll(/--_[\w-]+: var\((--mind-[\w-]+), ([^;]+)\);/g)) {
    defaults.set(token, fallback.replace(/\)$/, ''));
  }
  return defaults;
}

/** The design tokens with their light default, and the dark one where the dark scheme has its own. */
export function designTokens(source) {
  const [light, dark = ''] = source.split('@media (prefers-color-scheme: dark)');
  const darkDefaults = tokenDefaults(dark);
  return [...tokenDefaults(light)].map(([name, fallback]) => {
    const description = TOKEN_DESCRIPTIONS[name];
    if (!description) throw new Error(`custom-elements-manifest.config.mjs: describe the design token ${name}.`);
    const darkDefault = darkDefaults.get(name);
    return {
      name,
      default: fallback,
      description: `Design token: ${description}${darkDefault ? ` \`${darkDefault}\` in the dark scheme.` : ''}`,
    };
  });
}

/** A valid custom element name: lowercase, starting with a letter, with a hyphen. */
const TAG = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/**
 * Tags go through `defineElement('mind-quiz', MindQuiz)` in each `src/<folder>/<folder>.define.ts`
 * (which makes a second definition harmless), so the analyzer, which looks for
 * `customElements.define`, sees none but a bogus one in `defineElement` itself. This records one
 * `custom-element-definition` export per call, from the module that makes it, and drops exports
 * named like no custom element.
 */
function tagDefinitions() {
  return {
    name: 'mindshare-tag-definitions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      const imported = node
        .getSourceFile()
        .statements.filter(ts.isImportDeclaration)
        .find((statement) =>
          statement.importClause?.namedBindings?.elements?.some((binding) => binding.name.text === element.text),
        );
      const module = imported
        ? join(dirname(moduleDoc.path), imported.moduleSpecifier.text).replace(/\.js$/, '.ts')
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.exports = module.exports?.filter(
          (entry) => entry.kind !== 'custom-element-definition' || TAG.test(entry.name),
        );
      }
    },
  };
}

/** Every element carries the design tokens (its styles start from them), each with its default. */
function designTokenProperties() {
  return {
    name: 'mindshare-design-tokens',
    packageLinkPhase({ customElementsManifest }) {
      const tokens = designTokens(readFileSync(new URL('src/shared/styles/tokens.ts', import.meta.url), 'utf8'));
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (!declaration.customElement || !declaration.tagName) continue;
        const own = new Map((declaration.cssProperties ?? []).map((property) => [property.name, property]));
        // An element that documents a token itself keeps its words about it, with the token's default.
        const merged = tokens.map((token) => (own.has(token.name) ? { ...token, ...own.get(token.name) } : token));
        const rest = [...own.values()].filter((property) => !tokens.some((token) => token.name === property.name));
        declaration.cssProperties = [...rest, ...merged];
      }
    },
  };
}

/**
 * The analyzer names modules by source (`src/quiz/quiz.element.ts`); the package ships them built
 * (`dist/quiz/quiz.element.js`), which is what tools import. Rewrites every module path and
 * reference to the shipped file.
 */
function shippedPaths() {
  // Run after the build (npm run build does): a module of types only ships as its .d.ts, and the
  // CDN composition root (src/bundle.ts) as mindshare.min.js.
  const shipped = (path) => {
    if (path === 'src/bundle.ts') return 'dist/mindshare.min.js';
    const built = path.replace(/^src\/(.*)\.ts$/, 'dist/$1');
    return existsSync(new URL(`${built}.js`, import.meta.url)) ? `${built}.js` : `${built}.d.ts`;
  };
  const rewrite = (value) => {
    if (Array.isArray(value)) value.forEach(rewrite);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'module' || key === 'path') && typeof inner === 'string') value[key] = shipped(inner);
        else rewrite(inner);
      }
    }
  };
  return {
    name: 'mindshare-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/testing/**'],
  outdir: '.',
  litelement: true,
  plugins: [tagDefinitions(), designTokenProperties(), shippedPaths()],
};
