import { inspect } from 'node:util';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError, type MindError } from '../errors/mind-error.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import type { StorageAdapter } from '../storage/storage-adapter.js';
import type { StorageKey } from '../storage/storage-key.js';
import { scenarioWorld, type ScenarioWorld } from '../testing/scenario-engine.js';
import { SCENARIO_TIME } from '../testing/scenario-pack.js';
import { COLLECTIONS, engineSchema } from './engine-schema.js';
import { isStoredScore, STORED_RECORD_SCHEMAS, StoredScoreSchema } from './stored-records.schema.js';
import { validatedStorage } from './validated-storage.js';
import { STORED_PITCH_RECORD_SCHEMAS } from './stored-pitch-records.schema.js';

// The scenario world's engines open the store under this name (`mindshare-<pack id>`).
const STORE = engineSchema('mindshare-northwind');

/** A second adapter over the world's database, as another program writing to the same store would be. */
async function rawStore(world: ScenarioWorld): Promise<StorageAdapter> {
  const raw = createMemoryStorage({ database: world.database });
  await raw.open(STORE);
  return raw;
}

/** Every record of every collection, to show that a rejected operation wrote nothing. */
async function contents(raw: StorageAdapter): Promise<Record<string, object[]>> {
  const all: Record<string, object[]> = {};
  for (const collection of STORE.collections) all[collection.name] = await raw.query(collection.name);
  return all;
}

/** Asserts `operation` rejects with MIND_SCHEMA_MISMATCH at `path`, and leaves the store as it was. */
async function rejectsAsMismatch(
  raw: StorageAdapter,
  operation: () => Promise<unknown>,
  path: readonly (string | number)[],
  keyText: string,
): Promise<void> {
  const before = await contents(raw);
  await assert.rejects(operation(), (error: unknown) => {
    assert.ok(isMindError(error, 'MIND_SCHEMA_MISMATCH'), `expected MIND_SCHEMA_MISMATCH, got ${String(error)}`);
    const mismatch = error as MindError;
    assert.deepEqual(mismatch.path, path);
    assert.ok(mismatch.message.includes(String(path[0])), `the message names the collection: ${mismatch.message}`);
    assert.ok(mismatch.message.includes(keyText), `the message names the key ${keyText}: ${mismatch.message}`);
    return true;
  });
  assert.deepEqual(await contents(raw), before, 'the rejected operation wrote nothing');
}

test('an attempt whose answers are not a list is MIND_SCHEMA_MISMATCH, read by key or by query', async () => {
  const world = scenarioWorld();
  const anna = await world.as('s-anna');
  const attempt = await anna.startAttempt('spring-launch');
  await anna.answer(attempt.id, 'q-support', { kind: 'single', choiceId: 'pro' });
  const raw = await rawStore(world);
  const stored = (await raw.get(COLLECTIONS.attempts, attempt.id))!;
  await raw.put(COLLECTIONS.attempts, { ...stored, answers: 'q-support=pro' });

  const path = [COLLECTIONS.attempts, attempt.id, 'answers'];
  const key = JSON.stringify(attempt.id);
  // By key (the attempt being answered), then through the seller's attempts (an index query).
  await rejectsAsMismatch(
    raw,
    () => anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true }),
    path,
    key,
  );
  await rejectsAsMismatch(raw, () => anna.finishAttempt(attempt.id), path, key);
  await rejectsAsMismatch(raw, () => anna.challenges(), path, key);
});

test('a mastery record with a count that is not a count is MIND_SCHEMA_MISMATCH, not a wrong mastery', async () => {
  for (const count of [Number.NaN, -3, 2.5]) {
    const world = scenarioWorld();
    const anna = await world.as('s-anna');
    const attempt = await anna.startAttempt('spring-launch');
    await anna.answer(attempt.id, 'q-support', { kind: 'single', choiceId: 'pro' });
    const raw = await rawStore(world);
    const key: StorageKey = ['s-anna', 'pricing'];
    const stored = (await raw.get(COLLECTIONS.mastery, key))!;
    await raw.put(COLLECTIONS.mastery, { ...stored, count });

    // q-trial is a pricing question too: scoring it reads the corrupt record to update it.
    await rejectsAsMismatch(
      raw,
      () => anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true }),
      [COLLECTIONS.mastery, '["s-anna", "pricing"]', 'count'],
      '["s-anna", "pricing"]',
    );
  }
});

test('a score stored as text is MIND_SCHEMA_MISMATCH when the leaderboard is built, and the board is built once repaired', async () => {
  const world = scenarioWorld();
  const anna = await world.as('s-anna');
  const attempt = await anna.startAttempt('spring-launch');
  await anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
  await anna.finishAttempt(attempt.id);
  await anna.close(); // its boards are built; only Bruno's engine, which builds them afresh, is looked at
  const raw = await rawStore(world);
  const key: StorageKey = ['spring-launch', 's-anna'];
  const stored = (await raw.get(COLLECTIONS.scores, key))!;
  await raw.put(COLLECTIONS.scores, { ...stored, score: '10' });

  const bruno = await world.as('s-bruno'); // its boards are built from storage on first need
  const path = [COLLECTIONS.scores, '["spring-launch", "s-anna"]', 'score'];
  await rejectsAsMismatch(raw, () => bruno.leaderboard({ challengeId: 'spring-launch' }), path, path[1]!);

  await raw.put(COLLECTIONS.scores, stored);
  const board = await bruno.leaderboard({ challengeId: 'spring-launch' });
  assert.deepEqual(
    board.rows.map((row) => row.score),
    [10],
  );
});

test('feed records that do not match are MIND_SCHEMA_MISMATCH: progress, settings, ballots', async () => {
  const world = scenarioWorld();
  const anna = await world.as('s-anna');
  await anna.markSeen('n-welcome');
  const raw = await rawStore(world);
  const feed = () => anna.feed();

  const progressKey: StorageKey = ['s-anna', 'n-welcome'];
  const progress = (await raw.get(COLLECTIONS.nuggetProgress, progressKey))!;
  await raw.put(COLLECTIONS.nuggetProgress, { ...progress, seenAt: 'yesterday' });
  await rejectsAsMismatch(raw, feed, [COLLECTIONS.nuggetProgress, '["s-anna", "n-welcome"]', 'seenAt'], 'n-welcome');
  await raw.put(COLLECTIONS.nuggetProgress, progress);

  await raw.put(COLLECTIONS.sellerSettings, { sellerId: 's-anna', hold: { from: 0 } });
  await rejectsAsMismatch(raw, feed, [COLLECTIONS.sellerSettings, 's-anna', 'hold', 'until'], '"s-anna"');
  await raw.delete(COLLECTIONS.sellerSettings, 's-anna');

  world.clock.set(SCENARIO_TIME.secondPlatinumRelease); // the Platinum poll is released to Anna
  await anna.vote('n-platinum-poll', ['pro']);
  const ballotKey: StorageKey = ['n-platinum-poll', 's-anna'];
  const ballot = (await raw.get(COLLECTIONS.ballots, ballotKey))!;
  await raw.put(COLLECTIONS.ballots, { ...ballot, optionIds: 'pro' });
  await rejectsAsMismatch(
    raw,
    feed,
    [COLLECTIONS.ballots, '["n-platinum-poll", "s-anna"]', 'optionIds'],
    'n-platinum-poll',
  );
});

test('every collection is parsed, by get and by query, and a record that matches is returned as parsed', async () => {
  const storage = validatedStorage(createMemoryStorage());
  await storage.open(STORE);
  for (const { name, keyPath } of STORE.collections) {
    // A record with its key and a field no schema knows matches no collection (each is strict).
    const keyFields = typeof keyPath === 'string' ? [keyPath] : keyPath;
    const record: Record<string, unknown> = Object.fromEntries(keyFields.map((field) => [field, `k-${field}`]));
    record.unexpected = true;
    await storage.put(name, record);
    const key = (
      keyFields.length === 1 ? record[keyFields[0]!] : keyFields.map((field) => record[field])
    ) as StorageKey;
    for (const read of [() => storage.get(name, key), () => storage.query(name)]) {
      await assert.rejects(read(), (error: unknown) => {
        assert.ok(isMindError(error, 'MIND_SCHEMA_MISMATCH'), `${name}: ${String(error)}`);
        assert.equal((error as MindError).path?.[0], name);
        return true;
      });
    }
  }
  assert.deepEqual(
    [...Object.keys(STORED_RECORD_SCHEMAS), ...Object.keys(STORED_PITCH_RECORD_SCHEMAS)].sort(),
    Object.values(COLLECTIONS).sort(),
  );

  const settings = { sellerId: 's-anna', hold: { from: 1, until: 2 } };
  await storage.put(COLLECTIONS.sellerSettings, settings);
  assert.deepEqual(await storage.get(COLLECTIONS.sellerSettings, 's-anna'), settings);
  assert.equal(await storage.get(COLLECTIONS.sellerSettings, 'nobody'), undefined);
});

test('a record with several problems names the first and lists all, each with its full path', async () => {
  const storage = validatedStorage(createMemoryStorage());
  await storage.open(STORE);
  await storage.put(COLLECTIONS.scores, { challengeId: 'c', sellerId: 's', attemptId: '', score: null });
  await assert.rejects(storage.query(COLLECTIONS.scores), (error: unknown) => {
    const mismatch = error as MindError;
    assert.ok(isMindError(mismatch, 'MIND_SCHEMA_MISMATCH'));
    assert.deepEqual(
      mismatch.problems.map((problem) => problem.path),
      [
        ['scores', '["c", "s"]', 'attemptId'],
        ['scores', '["c", "s"]', 'score'],
        ['scores', '["c", "s"]', 'completedAt'],
      ],
    );
    assert.deepEqual(mismatch.path, mismatch.problems[0]!.path);
    return true;
  });
});

test('the hand check of stored scores never accepts what the schema refuses, and accepts sound scores', () => {
  const id = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
  const sound = fc
    .record({
      challengeId: fc.stringMatching(id),
      sellerId: fc.stringMatching(id),
      attemptId: fc.string({ minLength: 1, maxLength: 300 }),
      score: fc.double({ noNaN: true, noDefaultInfinity: true }),
      completedAt: fc.integer(),
      // Left out by scores stored before roles were kept.
      role: fc.option(fc.constantFrom('seller', 'coach', 'manager'), { nil: undefined }),
    })
    .map(({ role, ...score }) => (role === undefined ? score : { ...score, role }));
  fc.assert(
    fc.property(sound, (score) => {
      assert.ok(StoredScoreSchema.safeParse(score).success);
      assert.ok(isStoredScore(score), JSON.stringify(score));
    }),
  );

  const value = fc.oneof(
    fc.constantFrom('spring-launch', 's-anna', 'x'.repeat(128), 'x'.repeat(129), '', ' a', '-a', 'é', 'coach', 'admin'),
    fc.string(),
    fc.double(),
    fc.constantFrom(null, undefined, true, Number.NaN, Number.POSITIVE_INFINITY, 0, -1, 1.5),
    fc.array(fc.integer(), { maxLength: 2 }),
    fc.constant({}),
  );
  const field = fc.constantFrom('challengeId', 'sellerId', 'attemptId', 'score', 'completedAt', 'role', 'extra');
  // A sound score with one field changed, removed or added, and arbitrary records and values.
  const mutated = fc
    .tuple(sound, field, fc.option(value, { nil: undefined, freq: 4 }))
    .map(([score, key, replacement]): unknown => {
      const copy: Record<string, unknown> = { ...score };
      if (replacement === undefined) delete copy[key];
      else copy[key] = replacement;
      return copy;
    });
  fc.assert(
    fc.property(fc.oneof(mutated, fc.dictionary(field, value), value), (candidate) => {
      // inspect, not String: fast-check's dictionaries may have no prototype, which String cannot convert.
      if (isStoredScore(candidate)) assert.ok(StoredScoreSchema.safeParse(candidate).success, inspect(candidate));
    }),
    { numRuns: 3000 },
  );
});

test('attempt ids longer than an authored id, which the engine composes, are read back', async () => {
  const long = 'c'.repeat(128);
  const seller = 's'.repeat(128);
  const storage = validatedStorage(createMemoryStorage());
  await storage.open(STORE);
  const attemptId = `${long}.1.${seller}`;
  await storage.put(COLLECTIONS.scores, { challengeId: long, sellerId: seller, attemptId, score: 1, completedAt: 2 });
  await storage.put(COLLECTIONS.attemptSteps, { attemptId, sellerId: seller, step: 'after-0-in-progress' });
  assert.equal((await storage.query(COLLECTIONS.scores)).length, 1);
  assert.equal((await storage.query(COLLECTIONS.attemptSteps)).length, 1);
});

test('a seller whose records no longer match their schema can still be erased, leaving nothing of theirs', async () => {
  const world = scenarioWorld();
  const anna = await world.as('s-anna');
  const attempt = await anna.startAttempt('spring-launch');
  await anna.answer(attempt.id, 'q-support', { kind: 'single', choiceId: 'pro' });
  const raw = await rawStore(world);
  const key: StorageKey = ['s-anna', 'pricing'];
  await raw.put(COLLECTIONS.mastery, { ...(await raw.get(COLLECTIONS.mastery, key))!, count: 'many' });
  const stored = (await raw.get(COLLECTIONS.attempts, attempt.id))!;
  await raw.put(COLLECTIONS.attempts, { ...stored, answers: 'garbled' });
  const manager = await world.as('mgr-marc');
  await manager.deleteSellerData('s-anna');
  const left = Object.entries(await contents(raw)).flatMap(([collection, records]) =>
    records.filter((record) => JSON.stringify(record).includes('s-anna')).map(() => collection),
  );
  assert.deepEqual(left, []);
});
