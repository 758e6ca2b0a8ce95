// Byte counts of shipped files, shared by `npm run size` (budgets) and `npm run bench` (figures).
// Fixed compression levels, so the same file always gives the same numbers.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { root } from './process.mjs';

/** Files (relative to the root) matching `dir/name`, where name may hold one `*`; sorted. */
export function matchFiles(pattern) {
  const dir = join(root, dirname(pattern));
  if (!existsSync(dir)) return [];
  const [prefix, suffix = ''] = basename(pattern).split('*');
  const wildcard = basename(pattern).includes('*');
  return readdirSync(dir)
    .filter((name) => (wildcard ? name.startsWith(prefix) && name.endsWith(suffix) : name === prefix))
    .sort()
    .map((name) => join(dirname(pattern), name));
}

/** Minified (as stored), gzip level 9 and brotli quality 11 bytes of one file relative to the root. */
export function measureBytes(file) {
  const bytes = readFileSync(join(root, file));
  return {
    file,
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The sum of several {@link measureBytes} results. */
export function totalBytes(sizes) {
  return sizes.reduce(
    (sum, size) => ({ min: sum.min + size.min, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli }),
    { min: 0, gzip: 0, brotli: 0 },
  );
}
