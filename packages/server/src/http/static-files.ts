import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context } from 'hono';

/**
 * The Content-Security-Policy of the files served with `--static` (the demo portal). Still strict —
 * scripts and styles only from the server's own files, nothing inline, no plugins, no framing, DOM
 * sinks only through Lit's "lit-html" Trusted Types policy (the policy docs/getting-started.md
 * promises the elements work under) — but the portal's videos play from `blob:` (a take before it
 * is sent, a pitch under review) and images may be `data:` or `blob:`. API replies keep the
 * stricter policy of app.ts.
 */
export const STATIC_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Where `/` leads when the folder has no index.html of its own: the repository root, as `npm start` serves it. */
const PORTAL = '/examples/portal/';

/** Types the static handler does not know, which `X-Content-Type-Options: nosniff` would make unusable. */
const TYPES: Readonly<Record<string, string>> = { '.vtt': 'text/vtt; charset=utf-8' };

/**
 * Serves `root` for the paths no route took: the file, or undefined (the app answers 404). Paths
 * with a segment starting with a dot (`.git`, the embedded database in `.mindshare-demo/`) are
 * never served; a folder without its trailing slash is redirected to it, so the relative URLs of
 * its index.html resolve; `/` goes to the demo portal when the folder has no index.html.
 */
export function staticFiles(root: string): (c: Context) => Promise<Response | undefined> {
  const handler = serveStatic({ root });
  const toPortal = !existsSync(join(root, 'index.html')) && existsSync(join(root, PORTAL, 'index.html'));
  return async (c) => {
    const path = c.req.path;
    const query = new URL(c.req.url).search;
    if (path === '/' && toPortal) return c.redirect(`${PORTAL}${query}`);
    if (path.split('/').some((segment) => segment.startsWith('.'))) return undefined;
    if (!path.endsWith('/') && isFolder(join(root, path))) return c.redirect(`${path}/${query}`, 301);
    const response = await handler(c, async () => undefined);
    if (!(response instanceof Response)) return undefined;
    response.headers.set('content-security-policy', STATIC_CSP);
    const type = Object.entries(TYPES).find(([extension]) => path.endsWith(extension))?.[1];
    if (type) response.headers.set('content-type', type);
    return response;
  };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
