import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engagedPack } from '../testing/engaged-pack.js';
import { SCENARIO_TIME } from '../testing/scenario-pack.js';
import { scenarioWorld } from '../testing/scenario-engine.js';
import { playSpringLaunch } from '../testing/scenario-answers.js';
import { createMindshare } from './create-mindshare.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import { scenarioDirectory } from '../testing/scenario-pack.js';
import { rejectsWith } from './responses.fixtures.js';

const WEEK = 7 * 86_400_000;

test('reading a nugget twice, or in two tabs at once, earns its points once; points stay apart from challenge scores', async () => {
  const world = scenarioWorld({ pack: engagedPack() });
  world.clock.set(SCENARIO_TIME.secondPlatinumRelease + 60_000);
  const anna = await world.as('s-anna');
  const annaTab = await world.as('s-anna');
  await Promise.all([anna.markSeen('n-platinum-pricing'), annaTab.markSeen('n-platinum-pricing')]);
  await anna.markSeen('n-platinum-pricing');
  await anna.vote('n-platinum-poll', ['pro']);
  await anna.vote('n-platinum-poll', ['basic']); // a new vote replaces the ballot, earns nothing more
  await playSpringLaunch(anna, 3);
  const summary = await anna.engagement();
  // 1 read + (1 read + 2 vote) for the poll + 5 for the finished challenge.
  assert.equal(summary.points, 9);
  assert.deepEqual(
    summary.activity.filter((kind) => kind.count > 0).map((kind) => [kind.kind, kind.count]),
    [
      ['nugget-read', 2],
      ['poll-vote', 1],
      ['challenge-finished', 1],
    ],
  );
  const board = await anna.leaderboard({ challengeId: 'spring-launch' });
  assert.equal(board.me?.score, 30, 'the challenge score has no activity points in it');
  const engagement = await anna.engagementBoard({ period: 'all' });
  assert.equal(engagement.me?.score, 9);
});

test('the engagement board ranks sellers by points this week and all time, with the pack’s privacy mode, hidden sellers and scopes', async () => {
  const world = scenarioWorld({ pack: engagedPack({ privacy: 'pseudonym', scopes: ['global', 'partner'] }) });
  world.clock.set(SCENARIO_TIME.secondPlatinumRelease + 60_000);
  const anna = await world.as('s-anna');
  const bruno = await world.as('s-bruno');
  const david = await world.as('s-david'); // opted out by the directory
  const coach = await world.as('coach-camille');
  await anna.markSeen('n-welcome');
  await anna.respond('n-objections', 'Too expensive');
  await bruno.markSeen('n-welcome');
  await david.respond('n-objections', 'Price');
  await coach.markSeen('n-welcome');
  const week = await bruno.engagementBoard();
  assert.deepEqual(
    week.rows.map((row) => [row.isViewer, row.score]),
    [
      [false, 5],
      [true, 1],
    ],
  );
  assert.equal(week.total, 2, 'the opted-out seller and the coach are not ranked');
  assert.match(week.rows[0]!.displayName, /\S/);
  assert.equal(week.rows[0]!.sellerId, undefined, 'pseudonyms never carry the id');
  assert.equal(week.privacy, 'pseudonym');
  const hidden = await david.engagementBoard();
  assert.equal(hidden.me?.hidden, true);
  assert.equal(hidden.me?.score, 4);
  assert.equal(hidden.visible, false);

  // Next week: the weekly board starts empty, the all-time one keeps everything.
  world.clock.advance(WEEK);
  await bruno.markSeen('n-objections');
  assert.deepEqual(
    (await anna.engagementBoard({ period: 'week' })).rows.map((row) => row.score),
    [1],
  );
  assert.deepEqual(
    (await anna.engagementBoard({ period: 'all' })).rows.map((row) => row.score),
    [5, 2],
  );
  const partner = await anna.engagementBoard({ period: 'all', scope: 'partner' });
  assert.equal(partner.total, 2);
  await rejectsWith(anna.engagementBoard({ scope: 'team' }), 'MIND_INVALID_INPUT');
  await rejectsWith(anna.engagementBoard({ period: 'month' as 'week' }), 'MIND_INVALID_INPUT');

  // Hiding oneself takes one off the others' boards at once.
  await anna.setBoardVisibility(false);
  assert.deepEqual(
    (await bruno.engagementBoard({ period: 'all' })).rows.map((row) => [row.isViewer, row.score]),
    [[true, 2]],
  );
});

test('badges are earned once with their date; the next ones show their progress', async () => {
  const world = scenarioWorld({ pack: engagedPack() });
  world.clock.set(SCENARIO_TIME.secondPlatinumRelease + 60_000);
  const anna = await world.as('s-anna');
  await anna.markSeen('n-welcome');
  let summary = await anna.engagement();
  assert.deepEqual(summary.earned, []);
  assert.deepEqual(
    summary.next.map((next) => [next.badgeId, next.current, next.target]),
    [
      ['regular', 1, 2],
      ['first-pitch', 0, 1],
      ['reader', 1, 4],
      ['podium', 0, 1],
    ],
  );
  const sentAt = world.clock.now();
  const session = await anna.startRecording('elevator', { mimeType: 'video/webm' });
  await session.append(new Uint8Array([1]));
  await session.finish({ durationMs: 30_000 });
  await playSpringLaunch(anna, 3);
  world.clock.advance(WEEK);
  await anna.markSeen('n-platinum-pricing');
  summary = await anna.engagement();
  assert.deepEqual(
    summary.earned.map((earned) => earned.badgeId),
    ['first-pitch', 'podium', 'regular'],
  );
  assert.equal(summary.earned[0]!.earnedAt, sentAt);
  assert.equal(summary.points, 1 + 10 + 5 + 1);
  assert.equal(summary.streak, 2);
  assert.equal(summary.earned[2]!.earnedAt, world.clock.now());
});

test('a seller reads only their own engagement; staff read anyone’s; erasing a seller takes them off the engagement board', async () => {
  const world = scenarioWorld({ pack: engagedPack() });
  world.clock.set(SCENARIO_TIME.secondPlatinumRelease + 60_000);
  const anna = await world.as('s-anna');
  const bruno = await world.as('s-bruno');
  await anna.markSeen('n-welcome');
  await bruno.markSeen('n-welcome');
  await rejectsWith(bruno.engagement({ sellerId: 's-anna' }), 'MIND_FORBIDDEN');
  const manager = await world.as('mgr-marc');
  assert.equal((await manager.engagement({ sellerId: 's-anna' })).points, 1);
  await rejectsWith(manager.engagement({ sellerId: 'nobody' }), 'MIND_NOT_FOUND');
  assert.equal((await bruno.engagementBoard({ period: 'all' })).total, 2);
  await manager.deleteSellerData('s-anna');
  assert.equal((await bruno.engagementBoard({ period: 'all' })).total, 1);
  assert.equal((await bruno.engagementBoard()).total, 1);
});

test('a store reopened builds the engagement board from the stored activity', async () => {
  const world = scenarioWorld({ pack: engagedPack() });
  world.clock.set(SCENARIO_TIME.secondPlatinumRelease + 60_000);
  await (await world.as('s-anna')).markSeen('n-welcome');
  await (await world.as('s-bruno')).vote('n-platinum-poll', ['pro']);
  const fresh = await createMindshare({
    storage: createMemoryStorage({ database: world.database }),
    content: engagedPack(),
    directory: scenarioDirectory(),
    viewer: { id: 's-emma' },
    clock: world.clock.now,
  });
  assert.deepEqual(
    (await fresh.engagementBoard({ period: 'all' })).rows.map((row) => [row.displayName, row.score]),
    [
      ['Bruno Leroy', 3],
      ['Anna Martin', 1],
    ],
  );
});

test('a pack’s engagement section is checked: badge ids used once, rules naming a challenge of the pack', async () => {
  const pack = engagedPack();
  const engagement = pack.engagement as { badges: { id: string; rule: Record<string, unknown> }[] };
  engagement.badges[1]!.id = 'regular';
  engagement.badges[3]!.rule.challengeId = 'autumn';
  await assert.rejects(
    createMindshare({
      storage: createMemoryStorage(),
      content: pack,
      directory: scenarioDirectory(),
      viewer: { id: 's-anna' },
    }),
    (error: { code?: string; problems?: { path: unknown[] }[] }) => {
      assert.equal(error.code, 'MIND_INVALID_CONTENT');
      const paths = error.problems!.map((problem) => problem.path.join('.'));
      assert.ok(paths.includes('engagement.badges.1.id'), paths.join(' | '));
      assert.ok(paths.includes('engagement.badges.3.rule.challengeId'), paths.join(' | '));
      return true;
    },
  );
});
