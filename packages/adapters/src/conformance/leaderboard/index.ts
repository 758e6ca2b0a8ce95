import { aroundTests } from './around.js';
import { basicTests } from './basics.js';
import { batchTests } from './batches.js';
import { closedTests } from './closed.js';
import { registerSuite, type SuiteGroups } from '../harness.js';
import { LeaderboardGroup, type LeaderboardConformanceOptions } from './harness.js';
import { moveTests } from './moves.js';
import { pageTests } from './pages.js';
import { propertyTests } from './properties.js';
import { replaceTests } from './replace.js';
import { sharedTests } from './shared.js';
import { tieTests } from './ties.js';

export type { LeaderboardConformanceOptions, LeaderboardTestContext } from './harness.js';

/**
 * Registers the leaderboard-store conformance tests for one `LeaderboardStore` with the
 * runner whose `describe` and `it` are passed: mocha under web-test-runner, `node:test`, or any
 * runner of that shape. Example tests, then property tests (fast-check) against a sorted model.
 * Tests assert `MindError` codes, never messages, and skip on `supports` (the `shared` tests need
 * `supports.shared` and a `reopen`). A `skip` entry that names no test throws `MIND_INVALID_INPUT`
 * here, at registration.
 *
 * @example
 * ```ts
 * import { describe, it } from 'node:test';
 * import { runLeaderboardConformance } from '@mindshare/adapters/conformance';
 * runLeaderboardConformance({ name: 'redis', factory: () => createRedisLeaderboardStore({ prefix: uniquePrefix() }), describe, it });
 * ```
 */
export function runLeaderboardConformance(options: LeaderboardConformanceOptions): void {
  const groups: SuiteGroups<LeaderboardGroup> = [
    ['basics', basicTests],
    ['ties', tieTests],
    ['pages', pageTests],
    ['around', aroundTests],
    ['moves', moveTests],
    ['batches', batchTests],
    ['replace', replaceTests],
    ['closed', closedTests],
    ['shared', sharedTests],
    ['properties', propertyTests],
  ];
  registerSuite(options, 'leaderboard-store conformance', groups, (suite, name) => new LeaderboardGroup(suite, name));
}
