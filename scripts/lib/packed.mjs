// The four packages as npm would publish them: packed into tarballs, then checked — publint
// --strict, attw (are the types wrong) for every entry point, and what a tarball must hold and must
// not. Used by `npm run release` and by `npm test`, so what ships is checked where it is built.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { root } from './process.mjs';

/** The packages in the order they are published: each after the ones it depends on. */
export const PACKAGES = ['core', 'adapters', 'elements', 'server'];

/**
 * Packs every package into a fresh folder with `npm pack` (so `files`, `.npmignore` and npm's own
 * rules decide, as they will on publish) and returns each tarball with the paths it holds.
 *
 * @returns {{ name: string, version: string, dir: string, tarball: string, files: string[] }[]}
 */
export function packAll() {
  const out = mkdtempSync(join(tmpdir(), 'mindshare-pack-'));
  return PACKAGES.map((name) => {
    const dir = join(root, 'packages', name);
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: dir, encoding: 'utf8' }),
    );
    return {
      name: packed.name,
      version: packed.version,
      dir,
      tarball: join(out, packed.filename),
      files: packed.files.map((file) => file.path),
    };
  });
}

// Test sources and build caches help nobody who installs a package.
const UNWANTED = [
  [/(^|\/)\.tsbuildinfo$/, 'a TypeScript build cache'],
  [/^src\/(.*\/)?testing\//, 'test support sources'],
  [/\.(test|node-test|fixtures|arbitraries)\.[cm]?[jt]s$/, 'a test file'],
];

/**
 * What a tarball must hold and must not, beyond what publint checks: the LICENSE and a README,
 * no test sources or build caches, `@mindshare/*` dependencies that the versions released together
 * satisfy. Returns one line per problem.
 *
 * @param {{ name: string, files: string[], tarball: string }} pack
 * @param {Map<string, string>} versions the version of each package released together, by name
 */
export function contentProblems(pack, versions) {
  const problems = [];
  for (const required of ['LICENSE', 'README.md', 'package.json']) {
    if (!pack.files.includes(required)) problems.push(`${pack.name}: the tarball has no ${required}`);
  }
  for (const file of pack.files) {
    const unwanted = UNWANTED.find(([pattern]) => pattern.test(file));
    if (unwanted) problems.push(`${pack.name}: ${file} is ${unwanted[1]}, not for a published package`);
  }
  const manifest = tarballManifest(pack.tarball);
  for (const field of ['dependencies', 'peerDependencies']) {
    for (const [dependency, range] of Object.entries(manifest[field] ?? {})) {
      if (!/^[\^~]/.test(range) && !versions.has(dependency)) {
        problems.push(
          `${pack.name}: ${field}.${dependency} is pinned to "${range}"; a caret range lets a host app share it`,
        );
      }
      const released = versions.get(dependency);
      if (released && !satisfiesCaret(released, range)) {
        problems.push(
          `${pack.name}: ${field}.${dependency} is "${range}", which ${dependency}@${released} does not satisfy`,
        );
      }
    }
  }
  return problems;
}

/** The package.json inside a tarball, read from the tar stream (ustar: 512-byte headers). */
function tarballManifest(tarball) {
  const tar = gunzipSync(readFileSync(tarball));
  for (let offset = 0; offset + 512 <= tar.length;) {
    const name = tar.toString('utf8', offset, offset + 100).replace(/\0.*$/s, '');
    if (name === '') break;
    const size = Number.parseInt(
      tar
        .toString('utf8', offset + 124, offset + 136)
        .replace(/\0.*$/s, '')
        .trim(),
      8,
    );
    if (name === 'package/package.json') return JSON.parse(tar.toString('utf8', offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error(`${tarball}: no package/package.json`);
}

/** Whether `version` (x.y.z) is within `range`, written `x.y.z`, `^x.y.z` or `~x.y.z`. */
export function satisfiesCaret(version, range) {
  const parse = (text) =>
    text
      .replace(/^[\^~]/, '')
      .split('.')
      .map(Number);
  const [major, minor, patch] = parse(version);
  const [lowMajor, lowMinor, lowPatch] = parse(range);
  const atLeast =
    major > lowMajor || (major === lowMajor && (minor > lowMinor || (minor === lowMinor && patch >= lowPatch)));
  if (!atLeast) return false;
  if (range.startsWith('~')) return major === lowMajor && minor === lowMinor;
  if (!range.startsWith('^')) return major === lowMajor && minor === lowMinor && patch === lowPatch;
  // A caret keeps the first non-zero part: ^0.1.2 is < 0.2.0, ^1.2.3 is < 2.0.0.
  if (lowMajor > 0) return major === lowMajor;
  if (lowMinor > 0) return major === 0 && minor === lowMinor;
  return major === 0 && minor === 0 && patch === lowPatch;
}

const bin = (name) => join(root, 'node_modules', '.bin', name);

/**
 * publint --strict on the tarball, then attw on every entry point. The packages are ESM only, so
 * attw's `esm-only` profile leaves out the two resolutions that cannot load ESM (node10 and
 * node16 from CommonJS); every other problem fails. Returns the tools' output of a failure.
 *
 * @param {{ name: string, tarball: string }} pack
 */
export function toolProblems(pack) {
  const problems = [];
  for (const [tool, args] of [
    ['publint', ['run', pack.tarball, '--strict', '--level', 'suggestion']],
    ['attw', [pack.tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--no-color']],
  ]) {
    try {
      const output = execFileSync(bin(tool), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      if (tool === 'publint' && !/All good!/.test(output)) problems.push(`${pack.name}: publint:\n${output.trim()}`);
    } catch (error) {
      problems.push(
        `${pack.name}: ${tool} failed:\n${String(error.stdout ?? '').trim()}${String(error.stderr ?? '').trim()}`,
      );
    }
  }
  return problems;
}
