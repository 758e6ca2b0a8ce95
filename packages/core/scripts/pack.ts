// `npm run pack -- <folder> [--out <file>]`: builds <folder>/pack.json (with its `$md` references
// compiled) into <folder>/dist/pack.json, or prints every problem with its JSON path and exits 1.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPack } from '../src/authoring/build-pack.js';
import { formatPath } from '../src/content/input-path.js';
import type { InputProblem } from '../src/content/input-problem.js';

/** What packing a folder produced: the file written, or the problems found. */
export type PackOutcome = { ok: true; outFile: string; bytes: number } | { ok: false; errors: InputProblem[] };

/** Builds the pack of `folder` and writes it to `outFile` (default `<folder>/dist/pack.json`). */
export function packFolder(folder: string, outFile = join(folder, 'dist', 'pack.json')): PackOutcome {
  const root = resolve(folder);
  const skeletonFile = join(root, 'pack.json');
  if (!existsSync(skeletonFile)) return { ok: false, errors: [{ path: [], message: `no pack.json in ${root}` }] };
  let skeleton: unknown;
  try {
    skeleton = JSON.parse(readFileSync(skeletonFile, 'utf8'));
  } catch (error) {
    return { ok: false, errors: [{ path: [], message: `pack.json is not valid JSON: ${(error as Error).message}` }] };
  }
  const result = buildPack(skeleton, (relativePath) => {
    const file = join(root, relativePath);
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  });
  if (!result.ok) return result;
  const json = `${JSON.stringify(result.pack)}\n`;
  mkdirSync(dirname(resolve(outFile)), { recursive: true });
  writeFileSync(outFile, json);
  return { ok: true, outFile, bytes: Buffer.byteLength(json) };
}

function main(argv: readonly string[]): number {
  const args = [...argv];
  const outIndex = args.indexOf('--out');
  const out = outIndex === -1 ? undefined : args.splice(outIndex, 2)[1];
  const [folder, ...rest] = args;
  if (!folder || rest.length > 0 || (outIndex !== -1 && !out)) {
    console.error('usage: npm run pack -- <folder> [--out <file>]');
    return 2;
  }
  const outcome = packFolder(folder, out);
  if (!outcome.ok) {
    for (const problem of outcome.errors) console.error(`${formatPath(problem.path)}: ${problem.message}`);
    console.error(`${outcome.errors.length} problem${outcome.errors.length === 1 ? '' : 's'}; nothing written.`);
    return 1;
  }
  console.log(`wrote ${outcome.outFile} (${outcome.bytes} bytes)`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
