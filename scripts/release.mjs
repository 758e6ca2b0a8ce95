// `npm run release -- --dry-run`: builds, packs the four packages exactly as npm would publish them
// and checks each tarball (scripts/lib/packed.mjs: publint --strict, attw on every entry point, the
// LICENSE and a README, no test sources or build caches, dependency ranges); prints what each holds.
// Without --dry-run, the same, then `npm publish` of each tarball, core first (the registry must be
// reachable and npm logged in). `--no-build` checks the build already in dist/, and `--clean`
// deletes the tarballs afterwards (as `npm test` does both).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { contentProblems, packAll, toolProblems } from './lib/packed.mjs';
import { run } from './lib/process.mjs';

const dryRun = process.argv.includes('--dry-run');
const build = !process.argv.includes('--no-build');
const clean = process.argv.includes('--clean');

if (build && (await run(process.execPath, ['scripts/build.mjs'])) !== 0) {
  console.error('release: the build failed; nothing packed.');
  process.exit(1);
}

const packs = packAll();
if (clean) process.on('exit', () => rmSync(dirname(packs[0].tarball), { recursive: true, force: true }));
const versions = new Map(packs.map((pack) => [pack.name, pack.version]));
const problems = [];
for (const pack of packs) {
  const found = [...contentProblems(pack, versions), ...toolProblems(pack)];
  problems.push(...found);
  console.log(`${found.length ? '✗' : '✓'} ${pack.name}@${pack.version}: ${pack.files.length} files, ${pack.tarball}`);
}
if (problems.length) {
  console.error(`\n${problems.join('\n')}\n\nrelease: ${problems.length} problem(s); nothing published.`);
  process.exit(1);
}
console.log('Every package passes publint --strict and attw, with its LICENSE and README and no test sources.');

if (dryRun) {
  console.log('Dry run: nothing published. Install the tarballs above in an app to try them as published.');
} else {
  for (const pack of packs) {
    execFileSync('npm', ['publish', pack.tarball, '--access', 'public'], { stdio: 'inherit' });
    console.log(`Published ${pack.name}@${pack.version}.`);
  }
}
