/**
 * Storage adapters for Mindshare: IndexedDB (the embedded default) and the in-memory reference.
 * Each is also a subpath (`@mindshare/adapters/indexeddb`, `/memory`); the HTTP client for
 * vendors' backends is `@mindshare/adapters/http` and the conformance kit for integrators
 * `@mindshare/adapters/conformance`.
 */
export * from './indexeddb/index.js';
export * from './memory/index.js';
