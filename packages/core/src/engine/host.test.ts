import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMindError } from '../errors/mind-error.js';
import { createMemoryDatabase } from '../storage/memory-database.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import { scenarioDirectory, scenarioPack } from '../testing/scenario-pack.js';
import { contentPack } from '../testing/pack-builder.js';
import { seededRandom, testClock } from '../testing/scenario-engine.js';
import type { MindshareApi } from '../api/mindshare-api.js';
import { republishedTrialPack } from './engine.fixtures.js';
import { createMindshareHost, type MindshareHostOptions } from './create-host.js';

type Directory = { partners: Record<string, unknown>[]; sellers: Record<string, unknown>[] };
type Pack = Record<string, unknown> & { version: string; challenges: Record<string, unknown>[] };

const SPRING_OPEN = Date.UTC(2027, 2, 2, 9);

function hostOver(overrides: Partial<MindshareHostOptions> = {}) {
  const clock = testClock(SPRING_OPEN);
  const database = createMemoryDatabase();
  const options: MindshareHostOptions = {
    storage: createMemoryStorage({ database }),
    content: scenarioPack(),
    directory: scenarioDirectory(),
    clock: clock.now,
    random: seededRandom(3),
    ...overrides,
  };
  return { clock, database, options, host: createMindshareHost(options) };
}

async function finish(api: MindshareApi, right: boolean) {
  const attempt = await api.startAttempt('spring-launch');
  await api.answer(attempt.id, 'q-trial', { kind: 'true-false', value: right });
  return api.finishAttempt(attempt.id);
}

const names = (rows: readonly { displayName: string }[]) => rows.map((row) => row.displayName);

test('views of one host share its boards: a score finished in one view ranks in every other at once', async () => {
  const host = await hostOver().host;
  const anna = host.as({ id: 's-anna' });
  const bruno = host.as({ id: 's-bruno' });
  const manager = host.as({ id: 'mgr-marc' });
  await finish(anna, true);
  assert.deepEqual(names((await bruno.leaderboard({ challengeId: 'spring-launch' })).rows), ['Anna Martin']);
  const result = await finish(bruno, false);
  assert.equal(result.rank, 2);
  const board = await manager.leaderboard({ challengeId: 'spring-launch' });
  assert.deepEqual(names(board.rows), ['Anna Martin', 'Bruno Leroy']);
  assert.equal(anna.viewer.displayName, 'Anna Martin');
  assert.equal(manager.viewer.role, 'manager');
  await host.close();
});

test('a viewer who is not in the directory is refused at once with MIND_FORBIDDEN naming the id', async () => {
  const host = await hostOver().host;
  assert.throws(
    () => host.as({ id: 's-nobody' }),
    (error) => isMindError(error, 'MIND_FORBIDDEN') && error.message.includes('s-nobody'),
  );
  assert.throws(
    () => host.as({ id: 's-anna', timeZone: 'Mars/Olympus' }),
    (error) => isMindError(error, 'MIND_INVALID_INPUT'),
  );
  await host.close();
});

test('a directory update moves a seller between team and partner boards, with the score they had', async () => {
  const host = await hostOver().host;
  await finish(host.as({ id: 's-anna' }), true);
  await finish(host.as({ id: 's-bruno' }), false);
  const bruno = host.as({ id: 's-bruno' });
  assert.deepEqual(names((await bruno.leaderboard({ challengeId: 'spring-launch', scope: 'team' })).rows), [
    'Anna Martin',
    'Bruno Leroy',
  ]);

  // Anna moves to Beta (another partner, tier gold) and to the south team.
  const directory = scenarioDirectory() as Directory;
  const anna = directory.sellers.find((seller) => seller.id === 's-anna')!;
  anna.partnerId = 'p-beta';
  anna.team = 'south';
  await host.update({ directory });

  const team = await bruno.leaderboard({ challengeId: 'spring-launch', scope: 'team' });
  assert.deepEqual(names(team.rows), ['Bruno Leroy'], 'Anna left the north team board');
  assert.equal(team.me?.rank, 1);
  const partner = await bruno.leaderboard({ challengeId: 'spring-launch', scope: 'partner' });
  assert.deepEqual(names(partner.rows), ['Bruno Leroy'], 'and Alpha’s board');
  const annaNow = host.as({ id: 's-anna' });
  assert.equal(annaNow.viewer.partnerId, 'p-beta');
  assert.equal(annaNow.viewer.tierId, 'gold');
  const south = await annaNow.leaderboard({ challengeId: 'spring-launch', scope: 'team' });
  assert.deepEqual(names(south.rows), ['Anna Martin'], 'she is on the south board with her score');
  const tier = await annaNow.leaderboard({ challengeId: 'spring-launch', scope: 'tier' });
  assert.deepEqual(names(tier.rows), ['Anna Martin'], 'and on the gold board, off the platinum one');
  assert.equal((await bruno.leaderboard({ challengeId: 'spring-launch', scope: 'tier' })).total, 1);
  await host.close();
});

test('a tier policy republished in the pack moves partners’ sellers between tier boards', async () => {
  const host = await hostOver().host;
  await finish(host.as({ id: 's-anna' }), true);
  await finish(host.as({ id: 's-chloe' }), true);
  const chloe = host.as({ id: 's-chloe' });
  assert.deepEqual(names((await chloe.leaderboard({ challengeId: 'spring-launch', scope: 'tier' })).rows), [
    'Chloe Park',
  ]);
  const [platinum] = scenarioPack().tierPolicy.tiers;
  const pack = contentPack()
    .with({ version: '1.1.0' })
    // Beta (600 k) is now platinum too
    .withTier({ ...platinum!, rule: { all: [{ metric: 'indirectRevenue', op: '>=', value: 500_000 }] } })
    .build();
  await host.update({ content: pack });
  const board = await chloe.leaderboard({ challengeId: 'spring-launch', scope: 'tier' });
  assert.deepEqual(names(board.rows), ['Anna Martin', 'Chloe Park']);
  await host.close();
});

test('an invalid update is refused with every problem’s path and changes nothing', async () => {
  const host = await hostOver().host;
  const anna = host.as({ id: 's-anna' });
  await finish(anna, true);
  const pack = scenarioPack() as Pack;
  pack.version = '2.0.0';
  (pack.challenges[0] as { id: unknown }).id = 42;
  const directory = scenarioDirectory() as Directory;
  directory.sellers[0]!.role = 'emperor';
  await assert.rejects(host.update({ content: pack, directory }), (error) => {
    assert.ok(isMindError(error, 'MIND_INVALID_CONTENT'));
    const paths = error.problems.map((problem) => problem.path.join('.'));
    assert.ok(
      paths.some((path) => path.startsWith('content.challenges.0.id')),
      paths.join(' | '),
    );
    assert.ok(
      paths.some((path) => path.startsWith('directory.sellers.0.role')),
      paths.join(' | '),
    );
    return true;
  });
  const listing = await anna.challenges();
  assert.equal(listing[0]!.id, 'spring-launch');
  assert.equal(host.as({ id: 's-anna' }).viewer.role, 'seller');
  assert.equal((await anna.leaderboard({ challengeId: 'spring-launch' })).total, 1);
  await host.close();
});

test('an attempt begun before a republish is scored with the pack it began with', async () => {
  const host = await hostOver().host;
  const anna = host.as({ id: 's-anna' });
  const attempt = await anna.startAttempt('spring-launch');
  const pack = republishedTrialPack();
  await host.update({ content: pack });
  const verdict = await anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
  assert.equal(verdict.status === 'scored' && verdict.correct, true, 'the 1.0.0 key still holds');
  const next = await finish(host.as({ id: 's-bruno' }), false);
  assert.equal(next.counted, true);
  await host.close();
});

test('a closed host refuses every call of its views with MIND_STORAGE_CLOSED, and closes storage once', async () => {
  const storage = createMemoryStorage({ database: createMemoryDatabase() });
  let closes = 0;
  const close = storage.close.bind(storage);
  storage.close = () => (closes++, close());
  const host = await hostOver({ storage }).host;
  const anna = host.as({ id: 's-anna' });
  await anna.challenges();
  await host.close();
  await host.close();
  assert.equal(closes, 1);
  for (const call of [
    () => anna.catalog(),
    () => anna.challenges(),
    () => anna.leaderboard({ challengeId: 'spring-launch' }),
  ]) {
    await assert.rejects(call(), (error) => isMindError(error, 'MIND_STORAGE_CLOSED'));
  }
  await assert.rejects(host.update({ directory: scenarioDirectory() }), (error) =>
    isMindError(error, 'MIND_STORAGE_CLOSED'),
  );
});

test('closing a view releases its own subscriptions and leaves the host and other views open', async () => {
  const host = await hostOver().host;
  const anna = host.as({ id: 's-anna' });
  const bruno = host.as({ id: 's-bruno' });
  let heard = 0;
  anna.subscribe(() => heard++);
  await anna.close();
  await finish(bruno, true);
  assert.equal(heard, 0);
  assert.equal((await bruno.leaderboard({ challengeId: 'spring-launch' })).total, 1);
  await host.close();
});

test('a directory update that opts a seller out takes them off every board at once, unless they chose for themselves', async () => {
  const host = await hostOver().host;
  await finish(host.as({ id: 's-anna' }), true);
  await finish(host.as({ id: 's-bruno' }), false);
  const manager = host.as({ id: 'mgr-marc' });
  const board = async () => names((await manager.leaderboard({ challengeId: 'spring-launch' })).rows);
  assert.deepEqual(await board(), ['Anna Martin', 'Bruno Leroy']);
  const directory = scenarioDirectory() as Directory;
  for (const seller of directory.sellers) if (seller.id !== 's-david') seller.privacy = 'opted-out';
  await host.as({ id: 's-bruno' }).setBoardVisibility(true); // his own choice wins over the directory
  await host.update({ directory });
  assert.deepEqual(await board(), ['Bruno Leroy']);
  assert.equal((await host.as({ id: 's-bruno' }).leaderboard({ challengeId: 'spring-launch' })).me?.rank, 1);
  const anna = await host.as({ id: 's-anna' }).leaderboard({ challengeId: 'spring-launch' });
  assert.deepEqual([anna.me?.rank, anna.me?.hidden, anna.visible, anna.total], [1, true, false, 1]);
  await host.close();
});
