// Type-checks every package, tests included. The core's config has no DOM lib and no ambient types.
import { run } from './lib/process.mjs';

const projects = [
  'packages/core/tsconfig.json',
  'packages/core/tsconfig.test.json',
  'packages/adapters/tsconfig.test.json',
  'packages/elements/tsconfig.test.json',
  'packages/server/tsconfig.test.json',
];
for (const project of projects) {
  const args = project.endsWith('test.json')
    ? ['-p', project]
    : ['-p', project, '--noEmit', '--composite', 'false', '--incremental', 'false'];
  const code = await run(process.execPath, ['node_modules/typescript/bin/tsc', ...args]);
  if (code !== 0) {
    console.error(`Type errors in ${project}.`);
    process.exit(code);
  }
}
console.log(`Type-checked ${projects.length} projects.`);
