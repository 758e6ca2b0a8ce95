import { defineConfig } from 'vite';

// The two modules of the server-rendered page, each built alone so neither shares a chunk with the
// other: `--mode support` builds Lit's hydration support, which the page runs first (it patches
// LitElement before any element class exists); the default mode builds the elements (hydrate.js),
// which the page runs next. In one build, a shared Lit chunk would be evaluated before the support.
export default defineConfig(({ mode }) => ({
  root: import.meta.dirname,
  build: {
    outDir: 'dist',
    emptyOutDir: mode === 'support',
    lib: {
      entry: mode === 'support' ? 'hydrate-support.js' : 'hydrate.js',
      formats: ['es'],
      fileName: () => (mode === 'support' ? 'hydrate-support.js' : 'hydrate.js'),
    },
  },
}));
