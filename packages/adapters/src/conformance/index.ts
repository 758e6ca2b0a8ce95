import { batchTests } from './batch.js';
import { blobTests } from './blobs.js';
import { crudTests } from './crud.js';
import { Group, registerSuite, type ConformanceOptions, type SuiteGroups } from './harness.js';
import { queryTests } from './query.js';
import { upgradeTests } from './upgrade.js';
import { watchTests } from './watch.js';

export type { ConformanceOptions, DescribeFunction, ItFunction, SuiteOptions, TestContext } from './harness.js';
export { AssertionError, bytesOf, deepEqual, equal, isDeepEqual, ok, rejectsWithCode } from './assert.js';
export { baseSchema } from './schemas.js';
export { runLeaderboardConformance } from './leaderboard/index.js';
export type { LeaderboardConformanceOptions, LeaderboardTestContext } from './leaderboard/index.js';

/**
 * Registers the storage-port conformance tests for one adapter with the runner whose `describe`
 * and `it` are passed: mocha under web-test-runner, `node:test`, or any runner of that shape.
 * Tests assert `MindError` codes, never messages, and skip on `supports` or a missing `reopen`.
 * A `skip` entry that names no test throws `MIND_INVALID_INPUT` here, at registration.
 *
 * @example
 * ```ts
 * import { describe, it } from 'node:test';
 * import { runConformance } from '@mindshare/adapters/conformance';
 * runConformance({ name: 'my-store', factory: () => createMyStorage(), describe, it });
 * ```
 */
export function runConformance(options: ConformanceOptions): void {
  const groups: SuiteGroups<Group> = [
    ['crud', crudTests],
    ['query', queryTests],
    ['batch', batchTests],
    ['blobs', blobTests],
    ['upgrade', upgradeTests],
    ['watch', watchTests],
  ];
  registerSuite(options, 'storage conformance', groups, (suite, name) => new Group(suite, name));
}
