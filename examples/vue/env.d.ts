// main.ts imports App.vue: vue-tsc types it, and this tells plain tools what a .vue module is.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
