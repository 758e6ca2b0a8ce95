// The embedded engine, on its own: the CDN entry imports it on the first call of its
// `createMindshare`, so a page whose engine runs on a server (the HTTP client) never loads the
// engine, its schemas and zod (about 30 KiB gzip).
export { createMindshare } from '@mindshare/core';
