/**
 * Storage adapters for Mindshare. The IndexedDB adapter, the HTTP client and the conformance kit
 * are exported by subpath (`@mindshare/adapters/indexeddb`, `/http`, `/conformance`) as they land.
 */
export { VERSION } from '@mindshare/core';
