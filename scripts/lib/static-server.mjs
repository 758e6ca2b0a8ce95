// A plain static server for benchmarks: files as stored, gzip-compressed (level 9, as a CDN would
// serve them and as `npm run size` counts them) for clients that accept it, with no transform and
// no injected script (unlike @web/dev-server), plus generated JSON answered from memory.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './process.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves the repository on a free loopback port. `generated` maps URL paths to functions that
 * return a JSON-able value, computed once on first request.
 * @param {{ generated?: Record<string, () => unknown> }} [options]
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function serveStatic({ generated = {} } = {}) {
  // Bodies by path and version (mtime), plain and compressed, so each is read and compressed once.
  const bodies = new Map();
  const body = (key, read) => {
    if (!bodies.has(key)) {
      const plain = read();
      bodies.set(key, { plain, gzip: gzipSync(plain, { level: 9 }) });
    }
    return bodies.get(key);
  };

  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let found;
    if (Object.hasOwn(generated, path)) {
      found = { type: types['.json'], ...body(path, () => Buffer.from(JSON.stringify(generated[path]()))) };
    } else {
      const file = normalize(join(root, path));
      try {
        if (!file.startsWith(root + sep)) throw new Error('outside the repository');
        const stat = statSync(file);
        if (!stat.isFile()) throw new Error('not a file');
        const type = types[extname(file)] ?? 'application/octet-stream';
        found = { type, ...body(`${file}@${stat.mtimeMs}`, () => readFileSync(file)) };
      } catch {
        response.writeHead(404, { 'cache-control': 'no-cache' }).end();
        return;
      }
    }
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const bytes = gzip ? found.gzip : found.plain;
    response.writeHead(200, {
      'cache-control': 'no-cache',
      'content-type': found.type,
      'content-length': bytes.length,
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(bytes);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
