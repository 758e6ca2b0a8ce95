// ESLint flat config: typescript-eslint for all TypeScript, eslint-plugin-lit for element templates.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import elementFolders from './scripts/eslint/element-folders.mjs';

const noAuthoredHtml = [
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'Authored text is never turned into HTML: render it with Lit templates.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Authored text is never turned into HTML: render it with Lit templates.',
  },
];
const noUnsafeHtml = { name: 'lit/directives/unsafe-html.js', message: 'Authored text is never turned into HTML.' };

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.size/**',
      'docs/api/**',
      'coverage/**',
      '.test-results/**',
      'examples/**/vendor/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['packages/elements/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `interface GlobalEventHandlersEventMap extends MindEventMap<…> {}` adds an element's events to
      // the DOM's map: only an interface merges into it, and it names no members of its own.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      'no-restricted-syntax': ['error', ...noAuthoredHtml],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noUnsafeHtml,
            { name: 'zod', message: "Import zod through the core's content/zod.ts (zod/mini, jitless)." },
          ],
        },
      ],
    },
  },
  {
    // Browser tests run in Chromium and Firefox: what only one of them understands fails the other.
    files: ['packages/*/src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...noAuthoredHtml,
        {
          selector: 'Property[key.name=/^(press|down|up)$/][value.value=/(^|\\+)Space$/]',
          message: "Firefox's keyboard knows no key named \"Space\": press ' '.",
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noUnsafeHtml,
            { name: 'zod', message: "Import zod through the core's content/zod.ts (zod/mini, jitless)." },
            {
              name: '@web/test-runner-commands',
              importNames: ['emulateMedia'],
              message:
                'Chrome-only: use emulateMedia from packages/elements/src/testing/media.ts, which drives Firefox too.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests too: a test that needs two elements together lives outside their folders.
    files: ['packages/elements/src/**/*.ts'],
    plugins: { mindshare: elementFolders },
    rules: { 'mindshare/element-folders': 'error' },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ignores: ['packages/elements/src/bundle.ts', 'packages/elements/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@mindshare/adapters', '@mindshare/adapters/*', '**/adapters/src/**'],
              message: 'Elements never import an adapter; only src/bundle.ts (the CDN composition root) may.',
            },
          ],
          paths: [noUnsafeHtml],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'packages/server/bin/**/*.js', 'packages/*/scripts/**/*.ts', 'packages/*/bench/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['examples/**/*.js', 'examples/**/*.mjs'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['bench/browser/pages/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
