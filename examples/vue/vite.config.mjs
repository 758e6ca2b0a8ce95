import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // The mind-* tags are custom elements, not Vue components to resolve.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mind-') } } })],
  build: { outDir: 'dist', emptyOutDir: true },
});
