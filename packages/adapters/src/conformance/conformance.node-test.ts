/// <reference types="node" />
// The conformance kit's own tests. The kit is what an integrator trusts to say their adapter keeps
// the port's contract: it must fail an adapter that breaks a rule, at the test of that rule; say
// why it skips a test, in words that tell what to add; and refuse a `skip` entry that names no
// test, so no one believes a test skipped that runs, or the reverse.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createMemoryDatabase,
  createMemoryLeaderboardStore,
  createMemoryStorage,
  isMindError,
  type MemoryDatabase,
  type QueryOptions,
  type StorageAdapter,
} from '@mindshare/core';
import { recordingRunner, type DescribeFunction, type ItFunction } from './harness.js';
import { runConformance, runLeaderboardConformance } from './index.js';

type Outcome = { readonly verdict: 'pass' | 'skip' | 'fail'; readonly detail: string };
type Runner = { readonly describe: DescribeFunction; readonly it: ItFunction };

/** Registers a suite with a recording runner, runs its tests one after the other, gives each outcome. */
async function outcomesOf(register: (runner: Runner) => void): Promise<Map<string, Outcome>> {
  const { runner, tests } = recordingRunner();
  register(runner);
  const outcomes = new Map<string, Outcome>();
  for (const test of tests) {
    let skipped: string | undefined;
    // The kit skips through node:test's context, its body's first argument.
    const context = { skip: (reason?: string) => void (skipped = reason ?? '') };
    try {
      await test.body.call(undefined, context);
      outcomes.set(
        `${test.group} > ${test.title}`,
        skipped === undefined ? { verdict: 'pass', detail: '' } : { verdict: 'skip', detail: skipped },
      );
    } catch (error) {
      outcomes.set(`${test.group} > ${test.title}`, { verdict: 'fail', detail: String(error) });
    }
  }
  return outcomes;
}

const withVerdict = (outcomes: Map<string, Outcome>, verdict: Outcome['verdict']) =>
  [...outcomes].filter(([, outcome]) => outcome.verdict === verdict).map(([name]) => name);

/**
 * Memory adapters over shared databases, with `reopen`; `change` turns each adapter into the one
 * under test (a deliberately broken one), forwarding everything else to the reference.
 */
function memoryAdapters(change: (property: PropertyKey, target: StorageAdapter) => unknown = () => undefined) {
  const databases = new WeakMap<StorageAdapter, MemoryDatabase>();
  const over = (database: MemoryDatabase): StorageAdapter => {
    const storage = new Proxy(createMemoryStorage({ database }), {
      get(target, property) {
        const changed = change(property, target);
        if (changed !== undefined) return changed;
        const value = Reflect.get(target, property) as unknown;
        // Bound: the reference keeps its state in private fields, out of a proxy's reach.
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    databases.set(storage, database);
    return storage;
  };
  return {
    factory: () => over(createMemoryDatabase()),
    reopen: (previous: StorageAdapter) => over(databases.get(previous)!),
  };
}

/** The integrator's broken adapter: its count reads like a query, so a limit passed to it counts. */
const countAppliesTheLimit = (property: PropertyKey, target: StorageAdapter) =>
  property === 'count'
    ? async (collection: string, options: QueryOptions = {}) => (await target.query(collection, options)).length
    : undefined;

/** What `run` throws; fails when it throws nothing. */
function thrown(run: () => void): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  assert.fail('nothing was thrown');
}

const countTest = 'query > count counts what query would return without a limit: a limit or direction given is ignored';

describe('the conformance kit', () => {
  it('passes the reference adapter seen through the wrapper the broken adapters below use', async () => {
    const outcomes = await outcomesOf((runner) => runConformance({ name: 'memory', ...runner, ...memoryAdapters() }));
    assert.deepEqual(withVerdict(outcomes, 'fail'), [], 'failed tests');
    assert.deepEqual(withVerdict(outcomes, 'skip'), [], 'skipped tests');
    assert.equal(outcomes.get(countTest)?.verdict, 'pass', 'the count test is in the kit');
  });

  it('fails an adapter whose count applies the limit, at the count test and only there', async () => {
    const outcomes = await outcomesOf((runner) =>
      runConformance({ name: 'count with limit', ...runner, ...memoryAdapters(countAppliesTheLimit) }),
    );
    assert.deepEqual(withVerdict(outcomes, 'fail'), [countTest], 'failed tests');
    assert.match(outcomes.get(countTest)!.detail, /count with a limit/, 'the failing check');
  });

  it('fails, not skips, the watch tests of an adapter that declares supports.watch without a watch method', async () => {
    const noMethod = memoryAdapters((property) => (property === 'watch' ? null : undefined));
    const outcomes = await outcomesOf((runner) => runConformance({ name: 'no watch method', ...runner, ...noMethod }));
    const watchTests = [...outcomes].filter(([name]) => name.startsWith('watch > '));
    assert.equal(watchTests.length, 4, 'watch tests');
    for (const [name, outcome] of watchTests) assert.equal(outcome.verdict, 'fail', name);
  });

  it('says what a skipped test needs: the reopen option, supports.watch, or that skip lists it', async () => {
    const { factory } = memoryAdapters();
    const withoutReopen = await outcomesOf((runner) => runConformance({ name: 'no reopen', ...runner, factory }));
    const skipped = withVerdict(withoutReopen, 'skip');
    assert.ok(skipped.includes('upgrade > records and blobs persist into another instance over the same store'));
    assert.equal(skipped.filter((name) => name.startsWith('watch > ')).length, 4, 'watch tests skipped');
    for (const name of skipped) assert.match(withoutReopen.get(name)!.detail, /needs the reopen option/, name);

    // Without `supports.watch`, that is what the watch tests name, reopen or not.
    const noWatch = memoryAdapters((property) => (property === 'supports' ? { watch: false } : undefined));
    for (const options of [noWatch, { factory: noWatch.factory }]) {
      const outcomes = await outcomesOf((runner) => runConformance({ name: 'no watch', ...runner, ...options }));
      const watchTests = [...outcomes].filter(([name]) => name.startsWith('watch > '));
      assert.equal(watchTests.length, 4, 'watch tests');
      for (const [name, outcome] of watchTests) assert.match(outcome.detail, /supports\.watch is false/, name);
    }

    const listed = ['crud > put replaces the record with the same key', 'an unknown index is MIND_NOT_FOUND'];
    const outcomes = await outcomesOf((runner) =>
      runConformance({ name: 'skip', ...runner, ...memoryAdapters(), skip: listed }),
    );
    assert.deepEqual(
      withVerdict(outcomes, 'skip'),
      ['crud > put replaces the record with the same key', 'query > an unknown index is MIND_NOT_FOUND'],
      'skipped, by "group > title" and by title',
    );
    for (const name of withVerdict(outcomes, 'skip')) assert.match(outcomes.get(name)!.detail, /skip option/, name);
  });

  it('refuses a skip entry that names no test, naming each such entry, and registers nothing', () => {
    const skip = [
      'query > count counts what query would return with a limit', // a typo of a real title
      'crud > put replaces the record with the same key',
      'put replaces the record with the same key',
      'query > put replaces the record with the same key', // a real title in another group
    ];
    const { runner, tests } = recordingRunner();
    const error = thrown(() => runConformance({ name: 'typo', ...runner, ...memoryAdapters(), skip }));
    assert.ok(isMindError(error, 'MIND_INVALID_INPUT'), `refused with MIND_INVALID_INPUT, not ${String(error)}`);
    assert.deepEqual(
      error.problems.map((problem) => problem.path),
      [
        ['skip', 0],
        ['skip', 3],
      ],
      'the entries refused',
    );
    assert.equal(tests.length, 0, 'tests registered');
    assert.throws(
      () => runConformance({ name: 'not a list', ...runner, ...memoryAdapters(), skip: 'crud' as never }),
      (error) => isMindError(error, 'MIND_INVALID_INPUT'),
    );

    const leaderboard = recordingRunner();
    assert.throws(
      () =>
        runLeaderboardConformance({
          name: 'typo',
          ...leaderboard.runner,
          factory: () => createMemoryLeaderboardStore(),
          skip: ['basics > no such test'],
        }),
      (error) => isMindError(error, 'MIND_INVALID_INPUT'),
    );
    assert.equal(leaderboard.tests.length, 0, 'leaderboard tests registered');
  });
});
