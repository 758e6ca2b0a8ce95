// Lit's hydration support, in a module of its own that the page runs before the elements' module:
// it must patch LitElement before any element class is defined, and in one bundle the shared Lit
// chunk would be evaluated before it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
