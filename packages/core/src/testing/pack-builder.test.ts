import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseContentPack } from '../content/parse-content-pack.js';
import type { ContentPack } from '../content/content-pack.schema.js';
import { contentPack, emptyPack, type ChallengeInput, type QuestionInput } from './pack-builder.js';
import { scenarioPack } from './scenario-pack.js';
import { scenarioWorld } from './scenario-engine.js';

/** The parsed pack; fails the test with every problem when it does not validate. */
function parsed(input: unknown): ContentPack {
  const result = parseContentPack(input);
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.errors, null, 2));
  return result.pack;
}

const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);

const numeric = (id: string): QuestionInput => ({
  id,
  kind: 'numeric',
  prompt: { en: 'How many months is the minimum term?' },
  explanation: { en: '12 months.' },
  topics: ['pricing'],
  answer: 12,
  tolerance: 0,
});

const quickCheck: ChallengeInput = {
  id: 'quick-check',
  title: { en: 'Quick check' },
  description: { en: 'One question.' },
  window: { opensAt: '2027-03-01T09:00', closesAt: '2027-04-30T18:00', timeZone: 'Europe/Paris' },
  questions: [numeric('q-quick-term')],
};

test('with nothing added, the builder gives the scenario pack, which validates; so does the empty pack', () => {
  assert.deepEqual(contentPack().build(), scenarioPack());
  parsed(contentPack().build());
  const empty = parsed(contentPack(emptyPack()).build());
  assert.deepEqual([empty.challenges, empty.nuggets, empty.schedules, empty.pitchPrompts], [[], [], [], []]);
  assert.deepEqual(ids(empty.tierPolicy.tiers), ['standard']);
});

test('each kind of entry added shows up after the others of its kind, and the pack validates', () => {
  const pack = parsed(
    contentPack()
      .with({ version: '1.1.0', title: { en: 'Northwind, spring' } })
      .withTopic({ id: 'migration', name: { en: 'Migration' } })
      .withResource({
        id: 'guide',
        title: { en: 'Migration guide' },
        url: 'https://northwind.example/guide',
        kind: 'article',
      })
      .withTier({
        id: 'bronze',
        name: { en: 'Bronze' },
        rule: { all: [{ metric: 'indirectRevenue', op: '>=', value: 50_000 }] },
      })
      .withChallenge(quickCheck)
      .withQuestion('spring-launch', { ...numeric('q-term'), resources: ['guide'], topics: ['migration'] })
      .withQuestion('n-quiz', numeric('q-quiz-months'))
      .withNugget({ id: 'n-tip', kind: 'info', title: { en: 'Tip' }, body: { en: 'Ask about the term.' } })
      .withSchedule({
        id: 'tip-line',
        segment: { tiers: ['bronze'] },
        nuggets: ['n-tip'],
        cadence: { start: '2027-03-22', time: '08:00', every: { days: 1 } },
        repetition: 'off',
      })
      .withPitchPrompt({ ...scenarioPack().pitchPrompts![0]!, id: 'quick', maxDurationSeconds: 10 })
      .build(),
  );
  assert.equal(pack.version, '1.1.0');
  assert.deepEqual(pack.title, { en: 'Northwind, spring' });
  assert.deepEqual(ids(pack.topics), ['pricing', 'security', 'migration']);
  assert.deepEqual(ids(pack.resources), ['price-list', 'guide']);
  assert.deepEqual(ids(pack.tierPolicy.tiers), ['platinum', 'gold', 'bronze', 'silver'], 'above the default tier');
  assert.deepEqual(ids(pack.challenges), ['spring-launch', 'quick-check']);
  assert.deepEqual(ids(pack.challenges[0]!.questions), ['q-support', 'q-sso', 'q-trial', 'q-term']);
  const quiz = pack.nuggets.find((nugget) => nugget.id === 'n-quiz');
  assert.deepEqual(quiz?.kind === 'mini-quiz' && ids(quiz.questions), ['q-quiz-term', 'q-quiz-months']);
  assert.deepEqual(ids(pack.nuggets).at(-1), 'n-tip');
  assert.deepEqual(ids(pack.schedules), ['platinum-line', 'everyone-line', 'tip-line']);
  assert.deepEqual(ids(pack.pitchPrompts), ['elevator', 'quick']);
  assert.equal(pack.pitchPrompts[1]!.maxDurationSeconds, 10);
});

test('an entry with an id already there replaces it in place', () => {
  const pack = parsed(
    contentPack()
      .withTopic({ id: 'pricing', name: { en: 'Prices' } })
      .withTier({
        id: 'platinum',
        name: { en: 'Platinum' },
        rule: { all: [{ metric: 'indirectRevenue', op: '>=', value: 500_000 }] },
      })
      .withQuestion('spring-launch', {
        id: 'q-trial',
        kind: 'true-false',
        prompt: { en: 'The trial lasts 30 days.' },
        explanation: { en: 'No: 14 days now.' },
        topics: ['pricing'],
        answer: false,
      })
      .build(),
  );
  assert.deepEqual(pack.topics[0], { id: 'pricing', name: { en: 'Prices' } });
  assert.deepEqual(ids(pack.tierPolicy.tiers), ['platinum', 'gold', 'silver']);
  assert.deepEqual(pack.tierPolicy.tiers[0]!.rule, { all: [{ metric: 'indirectRevenue', op: '>=', value: 500_000 }] });
  const questions = pack.challenges[0]!.questions;
  assert.deepEqual(ids(questions), ['q-support', 'q-sso', 'q-trial']);
  assert.deepEqual(questions[2]!.kind === 'true-false' && questions[2]!.answer, false);
});

test('entries given together keep their order, and start a list the base did not have', () => {
  const pack = parsed(
    contentPack(emptyPack())
      .withTopic({ id: 'offer', name: { en: 'Offer' } })
      .withNugget(
        { id: 'n-1', kind: 'info', title: { en: 'One' }, body: { en: '1' } },
        { id: 'n-2', kind: 'info', title: { en: 'Two' }, body: { en: '2' } },
      )
      .withSchedule({
        id: 'line',
        segment: {},
        nuggets: ['n-2', 'n-1'],
        cadence: { start: '2027-03-01', time: '09:00', every: { days: 1 } },
        repetition: 'off',
      })
      .build(),
  );
  assert.deepEqual(ids(pack.nuggets), ['n-1', 'n-2']);
  assert.deepEqual(pack.schedules[0]!.nuggets, ['n-2', 'n-1']);
});

test('a builder never changes: calls return new builders, and every build is a fresh copy', () => {
  const base = scenarioPack();
  const scenario = contentPack(base);
  const withQuick = scenario.withChallenge(quickCheck);
  const withTerm = scenario.withQuestion('spring-launch', numeric('q-term'));
  assert.deepEqual(ids(scenario.build().challenges), ['spring-launch']);
  assert.deepEqual(ids(withQuick.build().challenges), ['spring-launch', 'quick-check']);
  assert.equal(withTerm.build().challenges[0]!.questions.length, 4);
  assert.equal(withQuick.build().challenges[0]!.questions.length, 3, 'a sibling builder is untouched');

  const first = withQuick.build();
  first.challenges.pop();
  first.challenges[0]!.questions.pop();
  assert.equal(withQuick.build().challenges.length, 2);
  assert.equal(withQuick.build().challenges[0]!.questions.length, 3);

  base.challenges.length = 0;
  assert.equal(scenario.build().challenges.length, 1, 'the base is copied when the builder starts');
});

test('questions need a challenge or a mini-quiz to go to', () => {
  assert.throws(() => contentPack().withQuestion('no-such-challenge', numeric('q-x')), /"no-such-challenge"/);
  assert.throws(() => contentPack().withQuestion('n-welcome', numeric('q-x')), /"n-welcome"/, 'an info nugget');
});

test('the engine serves what the builder added', async () => {
  const world = scenarioWorld({
    pack: contentPack()
      .withChallenge({ ...quickCheck, targeting: { tiers: ['silver'] } })
      .build(),
  });
  const emma = await world.as('s-emma'); // Gamma IT: silver
  assert.deepEqual(
    (await emma.challenges()).map((challenge) => challenge.id),
    ['quick-check'],
  );
});
