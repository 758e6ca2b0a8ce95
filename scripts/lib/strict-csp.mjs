// The Content-Security-Policy the demo portal is served under by `npm run start:browser` and the
// end-to-end tests (issue 14, item 4): what docs/getting-started.md promises the elements work
// under — nothing inline, no eval, DOM sinks only through Lit's "lit-html" Trusted Types policy —
// plus `blob:` media, since the recorder plays a take back before it is sent. The Mindshare
// server's `--static` policy (packages/server/src/http/static-files.ts) holds every directive here.
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
  "media-src 'self' blob:",
].join('; ');
