// `npm run bench`: runs every benchmark file (packages/*/bench/*.bench.ts) one after the other,
// each in its own Node process so one benchmark's garbage does not skew the next.
import { findFiles, run } from './lib/process.mjs';

const filter = process.argv[2];
const files = ['core', 'adapters', 'elements']
  .flatMap((name) => findFiles(`packages/${name}/bench`, ['.bench.ts']))
  .filter((file) => !filter || file.includes(filter));
if (files.length === 0) {
  console.log('No benchmarks yet.');
  process.exit(0);
}
for (const file of files) {
  console.log(`\n▶ ${file}`);
  const code = await run(process.execPath, ['--expose-gc', '--import', 'tsx', file]);
  if (code !== 0) process.exit(code);
}
