import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChallengeSchema } from './challenge.schema.js';
import { windowBounds } from './challenge-window.schema.js';
import { CLOSES_AT, OPENS_AT, challengeInput, questions, single, trueFalse } from './challenge.fixtures.js';

function paths(input: unknown): PropertyKey[][] {
  const result = ChallengeSchema.safeParse(input);
  assert.ok(!result.success, 'expected the challenge to be refused');
  return result.error.issues.map((issue) => issue.path);
}

test('a minimal challenge gets the documented defaults', () => {
  const { attempts: _attempts, ...input } = challengeInput();
  const challenge = ChallengeSchema.parse(input);
  assert.deepEqual(challenge.attempts, { max: 1, counts: 'best' });
  assert.deepEqual(challenge.shuffle, { questions: false, choices: false });
  assert.deepEqual(challenge.scoring, { points: 10, partialCredit: 'all-or-nothing', penaltyPerWrongPick: 0.25 });
  assert.deepEqual(challenge.rewards, []);
  assert.equal(challenge.targeting, undefined);
});

test('the window is read in its time zone', () => {
  const challenge = ChallengeSchema.parse(challengeInput());
  assert.deepEqual(windowBounds(challenge.window), { opensAt: OPENS_AT, closesAt: CLOSES_AT });
});

test('a window that closes before it opens, or with an unknown zone or date, is refused at the precise path', () => {
  const base = challengeInput().window;
  assert.deepEqual(paths(challengeInput({ window: { ...base, closesAt: '2026-11-30T09:00' } })), [
    ['window', 'closesAt'],
  ]);
  assert.deepEqual(paths(challengeInput({ window: { ...base, timeZone: 'Paris' } })), [['window', 'timeZone']]);
  assert.deepEqual(paths(challengeInput({ window: { ...base, opensAt: '2026-12-01T09:00+01:00' } })), [
    ['window', 'opensAt'],
  ]);
});

test('question ids are unique within a challenge and there is at least one question', () => {
  assert.deepEqual(paths(challengeInput({ questions: [...questions, trueFalse] })), [['questions', 5, 'id']]);
  assert.deepEqual(paths(challengeInput({ questions: [] })), [['questions']]);
});

test('rewards are listed by increasing rank and nested errors keep their path', () => {
  const label = { en: 'Prize' };
  assert.deepEqual(
    paths(
      challengeInput({
        rewards: [
          { upToRank: 3, label },
          { upToRank: 3, label },
        ],
      }),
    ),
    [['rewards', 1, 'upToRank']],
  );
  const brokenQuestion = { ...single, choices: single.choices.slice(1, 2) };
  assert.deepEqual(paths(challengeInput({ questions: [brokenQuestion] })), [['questions', 0, 'choices']]);
  assert.deepEqual(paths({ ...challengeInput(), extra: true }), [[]]);
  assert.deepEqual(paths(challengeInput({ attempts: { max: 0, counts: 'best' } })), [['attempts', 'max']]);
  assert.deepEqual(paths(challengeInput({ scoring: { partialCredit: 'generous' } as never })), [
    ['scoring', 'partialCredit'],
  ]);
});

test('partner and team boards: none by default, at most one per entity, rewards in increasing order', () => {
  assert.deepEqual(ChallengeSchema.parse(challengeInput()).leaderboard.entities, []);
  const partner = { entity: 'partner' as const, aggregate: 'best-k' as const, k: 3 };
  const parsed = ChallengeSchema.parse(challengeInput({ leaderboard: { entities: [partner] } }));
  assert.deepEqual(parsed.leaderboard.entities, [{ ...partner, rewards: [], rewardsAbove: 0 }]);
  assert.deepEqual(
    paths(
      challengeInput({ leaderboard: { entities: [partner, { ...partner, aggregate: 'participation' as const }] } }),
    ),
    [['leaderboard', 'entities', 1, 'entity']],
  );
  const label = { en: 'Prize' };
  assert.deepEqual(
    paths(
      challengeInput({
        leaderboard: {
          entities: [
            {
              ...partner,
              rewards: [
                { upToRank: 2, label },
                { upToRank: 1, label },
              ],
            },
          ],
        },
      }),
    ),
    [['leaderboard', 'entities', 0, 'rewards', 1, 'upToRank']],
  );
  assert.deepEqual(paths(challengeInput({ leaderboard: { entities: [{ ...partner, k: 0 }] } })), [
    ['leaderboard', 'entities', 0, 'k'],
  ]);
  const region = { ...partner, entity: 'region' } as unknown as typeof partner;
  assert.deepEqual(paths(challengeInput({ leaderboard: { entities: [region] } })), [
    ['leaderboard', 'entities', 0, 'entity'],
  ]);
});
