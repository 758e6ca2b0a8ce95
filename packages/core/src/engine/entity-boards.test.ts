import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChallengeInput, EntityBoard } from '../challenge/challenge.schema.js';
import { isMindError } from '../errors/mind-error.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import { contentPack } from '../testing/pack-builder.js';
import { scenarioDirectory, scenarioPack } from '../testing/scenario-pack.js';
import { scenarioWorld } from '../testing/scenario-engine.js';
import { playSpringLaunch } from '../testing/scenario-answers.js';
import type { LeaderboardResult, MindshareApi } from '../api/mindshare-api.js';
import { createMindshareHost } from './create-host.js';
import { ENTITY_BOARD_MAX_AGE_MS } from './entity-boards.js';

// Issue 17, "Team and partner challenges": spring-launch targets the platinum and gold tiers, so
// Alpha (Anna, Bruno; team north) and Beta (Chloe; David, whom the directory hides) take part,
// Gamma (silver) does not.

const spring = scenarioPack().challenges![0]! as ChallengeInput;
type Declared = Partial<EntityBoard> & Pick<EntityBoard, 'entity' | 'aggregate' | 'k'>;

function world(entities: Declared[], leaderboard: Partial<NonNullable<ChallengeInput['leaderboard']>> = {}) {
  return scenarioWorld({
    pack: contentPack()
      .withChallenge({ ...spring, leaderboard: { ...leaderboard, entities } })
      .build(),
  });
}

/** Anna 3/3 and Bruno 2/3 (Alpha), Chloe 1/3 and David 2/3 (Beta). */
async function played(scenario: ReturnType<typeof world>, who = ['s-anna', 's-bruno', 's-chloe', 's-david']) {
  const correct: Record<string, number> = { 's-anna': 3, 's-bruno': 2, 's-chloe': 1, 's-david': 2 };
  for (const seller of who) await playSpringLaunch(await scenario.as(seller), correct[seller]!);
}

const lines = (board: LeaderboardResult) =>
  [...board.rows].map(
    (row) =>
      `${row.rank} ${row.displayName} ${row.score} ${row.participants}/${row.eligible}${row.incomplete ? ' incomplete' : ''}${row.isViewer ? ' (me)' : ''}${row.reward ? ` ${row.reward.en}` : ''}`,
  );

test('a partner board ranks partners by the mean of their best k; the viewer’s own partner is marked', async () => {
  const scenario = world([{ entity: 'partner', aggregate: 'best-k', k: 2 }]);
  await played(scenario);
  const chloe = await scenario.as('s-chloe');
  const sellers = await chloe.leaderboard({ challengeId: 'spring-launch' });
  const anna = sellers.rows.find((row) => row.displayName === 'Anna Martin')!.score;
  const bruno = sellers.rows.find((row) => row.displayName === 'Bruno Leroy')!.score;
  const board = await chloe.leaderboard({ challengeId: 'spring-launch', entity: 'partner' });
  assert.equal(board.entity, 'partner');
  assert.deepEqual(board.entities, ['partner']);
  assert.equal(board.total, 2, 'Gamma is silver: the challenge is not for its sellers');
  assert.equal(board.rows[0]!.displayName, 'Alpha Distribution');
  assert.equal(board.rows[0]!.score, (anna + bruno) / 2);
  assert.equal(board.me?.entityId, 'p-beta');
  assert.equal(board.me?.isViewer, true);
  assert.deepEqual(sellers.entities, ['partner'], 'the sellers’ board names the boards beside it');
});

test('a hidden seller counts toward their partner’s aggregate but is never named', async () => {
  const scenario = world([{ entity: 'partner', aggregate: 'participation', k: 2 }]);
  await played(scenario);
  const chloe = await scenario.as('s-chloe');
  const sellers = await chloe.leaderboard({ challengeId: 'spring-launch', limit: 50 });
  assert.ok(!sellers.rows.some((row) => row.displayName === 'David Stone'), 'David is hidden from the sellers’ board');
  const chloeScore = sellers.me!.score;
  const board = await chloe.leaderboard({ challengeId: 'spring-launch', entity: 'partner' });
  const beta = board.rows.find((row) => row.entityId === 'p-beta')!;
  assert.equal(beta.participants, 2);
  assert.equal(beta.eligible, 2);
  assert.ok(beta.score > chloeScore / 2, 'David’s score is in Beta’s sum');
  const json = JSON.stringify(board);
  for (const seller of ['s-david', 'David', 's-chloe', 's-anna', 'Anna']) assert.ok(!json.includes(seller), seller);
});

test('participation: fewer than k flags the row, which is ranked with what it has and wins no reward', async () => {
  const prize = { en: 'Partner trophy' };
  const scenario = world([
    { entity: 'partner', aggregate: 'participation', k: 2, rewards: [{ upToRank: 2, label: prize }] },
  ]);
  await played(scenario, ['s-anna', 's-bruno', 's-chloe']);
  const board = await (await scenario.as('s-bruno')).leaderboard({ challengeId: 'spring-launch', entity: 'partner' });
  assert.deepEqual(
    board.rows.map((row) => [row.entityId, row.participants, row.eligible, row.incomplete, row.reward?.en]),
    [
      ['p-alpha', 2, 2, false, 'Partner trophy'],
      ['p-beta', 1, 2, true, undefined],
    ],
  );
  assert.equal(board.aggregate, 'participation');
  assert.equal(board.k, 2);
});

test('a team board ranks teams; a viewer in no team has no row of their own', async () => {
  const scenario = world([{ entity: 'team', aggregate: 'best-k', k: 3 }]);
  await played(scenario);
  const chloe = await scenario.as('s-chloe');
  const board = await chloe.leaderboard({ challengeId: 'spring-launch', entity: 'team' });
  assert.deepEqual(lines(board), [`1 north ${board.rows[0]!.score} 2/2 incomplete`]);
  assert.equal(board.me, undefined);
  const anna = await (await scenario.as('s-anna')).leaderboard({ challengeId: 'spring-launch', entity: 'team' });
  assert.equal(anna.me?.entityId, 'north');
});

test('the board follows a new score at once', async () => {
  const scenario = world([{ entity: 'partner', aggregate: 'best-k', k: 1 }]);
  await played(scenario, ['s-anna']);
  const chloe = await scenario.as('s-chloe');
  const before = await chloe.leaderboard({ challengeId: 'spring-launch', entity: 'partner' });
  assert.deepEqual(
    before.rows.map((row) => row.entityId),
    ['p-alpha'],
  );
  await playSpringLaunch(chloe, 3);
  const after = await chloe.leaderboard({ challengeId: 'spring-launch', entity: 'partner' });
  assert.deepEqual(after.me && [after.me.entityId, after.me.participants], ['p-beta', 1]);
});

test('self-only: the viewer sees their own partner’s row and the total, no other partner', async () => {
  const scenario = world([{ entity: 'partner', aggregate: 'best-k', k: 1 }], { privacy: 'self-only' });
  await played(scenario);
  const board = await (await scenario.as('s-chloe')).leaderboard({ challengeId: 'spring-launch', entity: 'partner' });
  assert.deepEqual(
    [...board.rows, ...board.around].map((row) => row.entityId),
    ['p-beta'],
  );
  assert.equal(board.total, 2);
});

test('an entity the challenge has no board for, an unknown one, or a scope with it is refused', async () => {
  const scenario = world([{ entity: 'partner', aggregate: 'best-k', k: 1 }]);
  const chloe: MindshareApi = await scenario.as('s-chloe');
  const refused = (query: Parameters<MindshareApi['leaderboard']>[0], path: string) =>
    assert.rejects(chloe.leaderboard(query), (error: unknown) => {
      assert.ok(isMindError(error, 'MIND_INVALID_INPUT'));
      assert.deepEqual(error.path, [path]);
      return true;
    });
  await refused({ challengeId: 'spring-launch', entity: 'team' }, 'entity');
  await refused({ challengeId: 'spring-launch', entity: 'region' as 'team' }, 'entity');
  await refused({ challengeId: 'spring-launch', entity: 'partner', scope: 'tier' }, 'scope');
});

test('a server host reads the scores once per build: reads between changes are served from memory', async () => {
  const storage = createMemoryStorage();
  let now = Date.parse('2027-03-10T10:00:00Z');
  let scoreReads = 0;
  const counting = new Proxy(storage, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key === 'query' && typeof value === 'function') {
        return (collection: string, options?: { index?: string }) => {
          if (collection === 'scores' && options?.index === 'byChallenge') scoreReads++;
          return (value as (...args: unknown[]) => unknown).call(target, collection, options);
        };
      }
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  const host = await createMindshareHost({
    storage: counting,
    content: contentPack()
      .withChallenge({ ...spring, leaderboard: { entities: [{ entity: 'partner', aggregate: 'best-k', k: 1 }] } })
      .build(),
    directory: scenarioDirectory(),
    clock: () => now,
  });
  const anna = host.as({ id: 's-anna' });
  await playSpringLaunch(anna, 3);
  const read = () => host.as({ id: 's-bruno' }).leaderboard({ challengeId: 'spring-launch', entity: 'partner' });
  await Promise.all([read(), read(), read()]);
  assert.equal(scoreReads, 1, 'concurrent reads share one build');
  await read();
  assert.equal(scoreReads, 1);
  await playSpringLaunch(host.as({ id: 's-chloe' }), 2);
  assert.equal((await read()).total, 2);
  assert.equal(scoreReads, 2, 'a change makes the board stale');
  now += ENTITY_BOARD_MAX_AGE_MS;
  await read();
  assert.equal(scoreReads, 3, 'scores other processes stored are read within the maximum age');
  await host.close();
});
