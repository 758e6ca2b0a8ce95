import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MindshareApi } from '../api/mindshare-api.js';
import type { MindshareHost } from './create-host.js';
import type { ChallengeInput } from '../challenge/challenge.schema.js';
import { ChallengeSchema } from '../challenge/challenge.schema.js';
import { createMemoryDatabase } from '../storage/memory-database.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import { contentPack } from '../testing/pack-builder.js';
import { scenarioDirectory } from '../testing/scenario-pack.js';
import { seededRandom, testClock } from '../testing/scenario-engine.js';
import { createMindshareHost } from './create-host.js';
import { engineSchema } from './engine-schema.js';

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
  const rebuilt = (directory: unknown = options.directory) =>
    createMindshareHost({ ...options, directory, storage: createMemoryStorage({ database }) });
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

/** The scenario's directory with `change` applied to its people (a directory sync). */
function directoryWith(change: (people: Person[]) => Person[]) {
  const directory = scenarioDirectory() as { sellers: Person[] };
  return { ...directory, sellers: change(directory.sellers) };
}
type Person = { id: string; role: string; partnerId?: string };
const without = (id: string) => (people: Person[]) => people.filter((person) => person.id !== id);

/** The board as this host shows it and as a rebuild from the stored scores shows it, read by Bruno. */
async function boardsNowAndRebuilt(
  host: MindshareHost,
  rebuilt: (directory: unknown) => Promise<MindshareHost>,
  directory: unknown,
  challengeId: string,
) {
  const again = await rebuilt(directory);
  const result = {
    here: await ids(host.as({ id: 's-bruno' }), challengeId),
    rebuilt: await ids(again.as({ id: 's-bruno' }), challengeId),
  };
  await again.close();
  return result;
}

/**
 * `expected` on the sellers-only board of `host`, of another host rebuilt over the same records
 * with `directory`, and of `host` once it rebuilt its own boards.
 */
async function expectRowsEverywhere(
  host: MindshareHost,
  rebuilt: (directory: unknown) => Promise<MindshareHost>,
  directory: unknown,
  expected: string[],
) {
  assert.deepEqual(await boardsNowAndRebuilt(host, rebuilt, directory, 'sellers-only'), {
    here: expected,
    rebuilt: expected,
  });
  await host.rebuildLeaderboards();
  assert.deepEqual(await ids(host.as({ id: 's-bruno' }), 'sellers-only'), expected);
}

test('a coach who left the directory stays off the board, here and after any rebuild (review of issue 14, item 5)', async () => {
  const { host, rebuilt } = await world();
  await finish(host.as({ id: 'coach-camille' }), 'sellers-only');
  await finish(host.as({ id: 's-anna' }), 'sellers-only');
  const directory = directoryWith(without('coach-camille'));
  await host.update({ directory });
  await expectRowsEverywhere(host, rebuilt, directory, ['s-anna']);
  await host.close();
});

test('a seller who left the directory keeps their row, here and after any rebuild', async () => {
  const { host, rebuilt } = await world();
  await finish(host.as({ id: 's-anna' }), 'sellers-only');
  const directory = directoryWith(without('s-anna'));
  await host.update({ directory });
  await expectRowsEverywhere(host, rebuilt, directory, ['s-anna']);
  await host.close();
});

test('joining or leaving the directory puts people where a rebuild would: by the directory role while listed, the stored one after', async () => {
  const { host, rebuilt } = await world();
  // Scored as a coach (no row), then made a seller (ranked with that score), then gone: their
  // score was a coach's, so they leave the board, the group boards of their partner included.
  await finish(host.as({ id: 'coach-camille' }), 'sellers-only');
  const asSeller = directoryWith((people) =>
    people.map((person) =>
      person.id === 'coach-camille' ? { ...person, role: 'seller', partnerId: 'p-alpha' } : person,
    ),
  );
  await host.update({ directory: asSeller });
  const partnerIds = async () =>
    (await host.as({ id: 's-bruno' }).leaderboard({ challengeId: 'sellers-only', scope: 'partner' })).rows.map(
      (row) => row.sellerId,
    );
  assert.deepEqual(await partnerIds(), ['coach-camille']);
  const gone = directoryWith(without('coach-camille'));
  await host.update({ directory: gone });
  assert.deepEqual(await boardsNowAndRebuilt(host, rebuilt, gone, 'sellers-only'), { here: [], rebuilt: [] });
  assert.deepEqual(await partnerIds(), []);

  // Scored as a seller, left (row kept), back as a coach: the directory's role decides again.
  await finish(host.as({ id: 's-anna' }), 'sellers-only');
  await host.update({ directory: directoryWith(without('s-anna')) });
  assert.deepEqual(await ids(host.as({ id: 's-bruno' }), 'sellers-only'), ['s-anna']);
  const back = directoryWith((people) =>
    people.map((person) => (person.id === 's-anna' ? { ...person, role: 'coach' } : person)),
  );
  await host.update({ directory: back });
  assert.deepEqual(await boardsNowAndRebuilt(host, rebuilt, back, 'sellers-only'), { here: [], rebuilt: [] });
  await host.close();
});

test('a score stored before roles were kept ranks its author as a seller once the directory no longer lists them', async () => {
  const database = createMemoryDatabase();
  const storage = createMemoryStorage({ database });
  const pack = contentPack()
    .withChallenge(openChallenge('sellers-only'), openChallenge('coaches-only', { roles: ['coach'] }))
    .build();
  const options = { content: pack, clock: testClock(OPEN).now, random: seededRandom(7) };
  const host = await createMindshareHost({ ...options, directory: scenarioDirectory(), storage });
  await finish(host.as({ id: 's-anna' }), 'sellers-only');
  await finish(host.as({ id: 'coach-camille' }), 'coaches-only');
  await host.close();
  // What an older version wrote: the same scores without a role.
  const raw = createMemoryStorage({ database });
  await raw.open(engineSchema(`mindshare-${pack.id}`));
  for (const score of await raw.query<Record<string, unknown>>('scores')) {
    const { role, ...older } = score;
    assert.ok(role, 'this version stores the role');
    await raw.batch([{ type: 'put', collection: 'scores', value: older }]);
  }
  await raw.close();
  const directory = directoryWith((people) =>
    people.filter((person) => !['s-anna', 'coach-camille'].includes(person.id)),
  );
  const later = await createMindshareHost({ ...options, directory, storage: createMemoryStorage({ database }) });
  const viewer = later.as({ id: 'mgr-marc' });
  assert.deepEqual(await ids(viewer, 'sellers-only'), ['s-anna']);
  assert.deepEqual(await ids(viewer, 'coaches-only'), []);
  await later.close();
});

test('leaderboard.roles defaults to sellers and refuses an empty list or an unknown role', () => {
  const parsed = ChallengeSchema.parse(openChallenge('c'));
  assert.deepEqual(parsed.leaderboard.roles, ['seller']);
  assert.equal(ChallengeSchema.safeParse(openChallenge('c', { roles: [] })).success, false);
  const unknown = { ...openChallenge('c'), leaderboard: { roles: ['admin'] } };
  assert.equal(ChallengeSchema.safeParse(unknown).success, false);
});
