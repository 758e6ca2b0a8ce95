/**
 * Storage adapters for Mindshare: IndexedDB (the embedded default) and the in-memory reference.
 * Each is also a subpath (`@mindshare/adapters/indexeddb`, `/memory`); the conformance kit for
 * integrators is `@mindshare/adapters/conformance` and the HTTP client `/http` when it lands.
 */
export * from './indexeddb/index.js';
export * from './memory/index.js';
