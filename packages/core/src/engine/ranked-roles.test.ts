import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MindshareApi } from '../api/mindshare-api.js';
import type { ChallengeInput } from '../challenge/challenge.schema.js';
import { ChallengeSchema } from '../challenge/challenge.schema.js';
import { createMemoryDatabase } from '../storage/memory-database.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import { contentPack } from '../testing/pack-builder.js';
import { scenarioDirectory } from '../testing/scenario-pack.js';
import { seededRandom, testClock } from '../testing/scenario-engine.js';
import { createMindshareHost } from './create-host.js';

// Issue 14, item 5: a coach or manager trying a ranked challenge must not appear on its board
// (nor win its rewards) unless the challenge ranks their role.

const OPEN = Date.UTC(2027, 2, 2, 9);

/** A challenge open to everyone (no targeting), one true/false question. */
function openChallenge(id: string, roles?: ChallengeInput['leaderboard']): ChallengeInput {
  return {
    id,
    title: { en: id },
    description: { en: 'Everyone may try.' },
    window: { opensAt: '2027-03-01T09:00', closesAt: '2027-04-30T18:00', timeZone: 'Europe/Paris' },
    ...(roles ? { leaderboard: roles } : {}),
    questions: [
      {
        id: `${id}-q`,
        kind: 'true-false',
        prompt: { en: 'True?' },
        explanation: { en: 'Yes.' },
        topics: ['pricing'],
        answer: true,
      },
    ],
  };
}

async function world() {
  const database = createMemoryDatabase();
  const pack = contentPack()
    .withChallenge(openChallenge('sellers-only'), openChallenge('team-game', { roles: ['seller', 'coach'] }))
    .build();
  const options = {
    content: pack,
    directory: scenarioDirectory(),
    clock: testClock(OPEN).now,
    random: seededRandom(7),
  };
  const host = await createMindshareHost({ ...options, storage: createMemoryStorage({ database }) });
  /** A second host over the same records: its boards are built from the stored scores alone. */
  const rebuilt = () => createMindshareHost({ ...options, storage: createMemoryStorage({ database }) });
  return { host, rebuilt };
}

async function finish(api: MindshareApi, challengeId: string) {
  const attempt = await api.startAttempt(challengeId);
  await api.answer(attempt.id, `${challengeId}-q`, { kind: 'true-false', value: true });
  return api.finishAttempt(attempt.id);
}

const ids = async (api: MindshareApi, challengeId: string) =>
  (await api.leaderboard({ challengeId })).rows.map((row) => row.sellerId);

test('a challenge ranks sellers only by default: a coach and a manager get their result, not a row', async () => {
  const { host, rebuilt } = await world();
  const coach = host.as({ id: 'coach-camille' });
  const manager = host.as({ id: 'mgr-marc' });
  const anna = host.as({ id: 's-anna' });
  const coachResult = await finish(coach, 'sellers-only');
  assert.equal(coachResult.total, 10, 'the coach still gets their score');
  assert.equal(coachResult.rank, undefined, 'but no rank');
  await finish(manager, 'sellers-only');
  const annaResult = await finish(anna, 'sellers-only');
  assert.equal(annaResult.rank, 1, 'the seller is first, not behind the coach who finished earlier');
  assert.deepEqual(await ids(anna, 'sellers-only'), ['s-anna']);
  assert.equal((await anna.leaderboard({ challengeId: 'sellers-only' })).total, 1);

  // Built afresh from the stored scores (a reload, another process): still sellers only.
  const again = await rebuilt();
  assert.deepEqual(await ids(again.as({ id: 'mgr-marc' }), 'sellers-only'), ['s-anna']);
  await host.rebuildLeaderboards();
  assert.deepEqual(await ids(anna, 'sellers-only'), ['s-anna']);
  await again.close();
  await host.close();
});

test('leaderboard.roles ranks the roles a challenge names, also after a rebuild', async () => {
  const { host, rebuilt } = await world();
  const coach = host.as({ id: 'coach-camille' });
  const manager = host.as({ id: 'mgr-marc' });
  assert.equal((await finish(coach, 'team-game')).rank, 1);
  assert.equal((await finish(manager, 'team-game')).rank, undefined);
  assert.deepEqual(await ids(manager, 'team-game'), ['coach-camille']);
  const again = await rebuilt();
  assert.deepEqual(await ids(again.as({ id: 's-anna' }), 'team-game'), ['coach-camille']);
  await again.close();
  await host.close();
});

test('a coach who becomes a seller in a directory update is ranked with the score already stored', async () => {
  const { host } = await world();
  const coach = host.as({ id: 'coach-camille' });
  await finish(coach, 'sellers-only');
  assert.deepEqual(await ids(coach, 'sellers-only'), []);
  const directory = scenarioDirectory() as { sellers: { id: string; role: string; partnerId?: string }[] };
  const camille = directory.sellers.find((person) => person.id === 'coach-camille')!;
  camille.role = 'seller';
  camille.partnerId = 'p-alpha';
  await host.update({ directory });
  assert.deepEqual(await ids(coach, 'sellers-only'), ['coach-camille']);
  await host.close();
});

test('leaderboard.roles defaults to sellers and refuses an empty list or an unknown role', () => {
  const parsed = ChallengeSchema.parse(openChallenge('c'));
  assert.deepEqual(parsed.leaderboard.roles, ['seller']);
  assert.equal(ChallengeSchema.safeParse(openChallenge('c', { roles: [] })).success, false);
  const unknown = { ...openChallenge('c'), leaderboard: { roles: ['admin'] } };
  assert.equal(ChallengeSchema.safeParse(unknown).success, false);
});
