// Runs the server's Node tests, and the HTTP client's whole suite again with the real server
// answering instead of the mock (MINDSHARE_CONTRACT_BACKEND), over PGlite or DATABASE_URL.
// `--test-force-exit`: an embedded PGlite keeps a timer for ten seconds after its last DDL.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findFiles, run } from './lib/process.mjs';

const files = [
  ...findFiles('packages/server/src', ['.node-test.ts']),
  ...findFiles('packages/adapters/src/http', ['.node-test.ts']),
];
mkdirSync('.test-results', { recursive: true });
const code = await run(
  process.execPath,
  [
    '--conditions=mindshare-source',
    '--import',
    'tsx',
    '--test',
    '--test-force-exit',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    '--test-reporter-destination=.test-results/server.tap',
    ...files,
  ],
  { env: { ...process.env, MINDSHARE_CONTRACT_BACKEND: resolve('packages/server/src/testing/contract-backend.ts') } },
);
process.exit(code);
