import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validPack } from '../../scripts/fixtures/valid-pack.js';
import { parseContentPack } from './parse-content-pack.js';
import type { InputProblem } from './input-problem.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into arbitrary JSON paths
type Json = Record<string, any>;

/** The problems of a pack changed by `mutate`; fails the test if the pack parses. */
function problemsOf(mutate: (pack: Json) => void): InputProblem[] {
  const pack: Json = validPack();
  mutate(pack);
  const result = parseContentPack(pack);
  assert.equal(result.ok, false, 'expected the pack to be refused');
  return result.ok ? [] : result.errors;
}

function pathsOf(problems: readonly InputProblem[]): string[] {
  return problems.map((problem) => JSON.stringify(problem.path));
}

test('a valid pack parses, with challenge defaults applied', () => {
  const result = parseContentPack(validPack());
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.errors));
  assert.equal(result.pack.id, 'acme-q4');
  assert.equal(result.pack.challenges[0]?.attempts.max, 1);
  assert.deepEqual(result.pack.challenges[0]?.rewards, []);
});

test('the editorial line and pitch prompts are checked: ids unique, schedules and quizzes resolve', () => {
  const withLine = (p: Json) => {
    p.nuggets = [
      { id: 'n-card', kind: 'info', title: { en: 'Pricing' }, topics: ['pricing'], body: { en: 'Pro costs less.' } },
      {
        id: 'n-quiz',
        kind: 'mini-quiz',
        title: { en: 'Quick check' },
        questions: [{ ...p.challenges[0].questions[0], id: 'q-price' }],
      },
    ];
    p.schedules = [
      {
        id: 'weekly',
        segment: { tiers: ['platinum', 'bronze'] },
        nuggets: ['n-card', 'n-missing'],
        cadence: { start: '2026-12-01', time: '09:00', every: { days: 7 } },
        repetition: 'wrong-only',
      },
    ];
  };
  const pack: Json = validPack();
  withLine(pack);
  pack.nuggets[1].questions[0].id = 'q-mini';
  pack.schedules[0].segment.tiers = ['platinum'];
  pack.schedules[0].nuggets = ['n-card', 'n-quiz'];
  const parsed = parseContentPack(pack);
  assert.ok(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.errors));
  assert.equal(parsed.pack.schedules[0]?.nuggets.length, 2);

  const problems = problemsOf(withLine);
  assert.deepEqual(pathsOf(problems), [
    '["nuggets",1,"questions",0,"id"]',
    '["schedules",0,"nuggets",1]',
    '["schedules",0,"segment","tiers",1]',
  ]);
  assert.match(problems[0]!.message, /duplicate question id "q-price"/);
  assert.match(problems[1]!.message, /unknown nugget "n-missing"/);
});

test('an unknown key is reported at its object, naming the allowed keys', () => {
  const problems = problemsOf((p) => (p.topics[1].label = 'x'));
  assert.deepEqual(pathsOf(problems), ['["topics",1]']);
  assert.match(problems[0]!.message, /"label"/);
  assert.match(problems[0]!.message, /allowed: id, name/);
});

test('a wrong type names what was expected and what was found', () => {
  const problems = problemsOf((p) => (p.version = 2));
  assert.deepEqual(pathsOf(problems), ['["version"]']);
  assert.match(problems[0]!.message, /expected a string, got number/);
});

test('a missing field is reported at its own path', () => {
  const problems = problemsOf((p) => delete p.challenges[0].questions[1].explanation);
  assert.deepEqual(pathsOf(problems), ['["challenges",0,"questions",1,"explanation"]']);
  assert.match(problems[0]!.message, /required/);
});

test('a malformed version is refused', () => {
  assert.deepEqual(pathsOf(problemsOf((p) => (p.version = 'v1'))), ['["version"]']);
});

test('each duplicate id is reported at its own path, pointing at the first use', () => {
  const problems = problemsOf((p) => {
    p.topics.push({ id: 'pricing', name: { en: 'Again' } });
    p.resources.push({ ...p.resources[0] });
    p.challenges.push({
      ...structuredClone(p.challenges[0]),
      questions: [structuredClone(p.challenges[0].questions[1])],
    });
  });
  assert.deepEqual(pathsOf(problems), [
    '["challenges",1,"id"]',
    '["challenges",1,"questions",0,"id"]',
    '["resources",1,"id"]',
    '["topics",2,"id"]',
  ]);
  assert.match(problems[1]!.message, /duplicate question id "q-sso".*challenges\[0\]\.questions\[1\]\.id/);
});

test('duplicate tier ids and duplicate choice ids are reported', () => {
  const tiers = problemsOf((p) =>
    p.tierPolicy.tiers.push({
      id: 'gold',
      name: { en: 'Gold 2' },
      rule: { any: [{ metric: 'x', op: '>', value: 1 }] },
    }),
  );
  assert.deepEqual(pathsOf(tiers), ['["tierPolicy","tiers",3,"id"]']);
  const choices = problemsOf((p) => (p.challenges[0].questions[0].choices[1].id = 'a'));
  assert.deepEqual(pathsOf(choices), ['["challenges",0,"questions",0,"choices",1,"id"]']);
});

test('dangling references are reported where they are written', () => {
  const problems = problemsOf((p) => {
    p.challenges[0].questions[0].topics = ['pricing', 'pricng'];
    p.challenges[0].questions[0].resources = ['datasheet', 'brochure'];
    p.challenges[0].targeting.tiers = ['gold', 'bronze'];
    p.tierPolicy.defaultTier = 'silver';
  });
  assert.deepEqual(pathsOf(problems), [
    '["challenges",0,"questions",0,"resources",1]',
    '["challenges",0,"questions",0,"topics",1]',
    '["challenges",0,"targeting","tiers",1]',
  ]);
  assert.match(problems[1]!.message, /unknown topic "pricng"/);
  const defaultTier = problemsOf((p) => (p.tierPolicy.defaultTier = 'bronze'));
  assert.ok(pathsOf(defaultTier).includes('["tierPolicy","defaultTier"]'));
});

test('references are still checked when another part of the pack has a wrong type', () => {
  const problems = problemsOf((p) => {
    p.title = 42;
    p.challenges[0].questions[1].topics = ['ghost'];
  });
  assert.deepEqual(pathsOf(problems), ['["challenges",0,"questions",1,"topics",0]', '["title"]']);
});

test('a javascript: link in rich text is refused at the link', () => {
  const problems = problemsOf((p) =>
    p.challenges[0].description.en[0].children.push({
      type: 'link',
      href: 'javascript:alert(1)',
      children: [{ type: 'text', text: 'x' }],
    }),
  );
  assert.deepEqual(pathsOf(problems), ['["challenges",0,"description","en",0,"children",2,"href"]']);
  assert.match(problems[0]!.message, /https:, http: or mailto:/);
});

test('a javascript: resource url is refused', () => {
  assert.deepEqual(pathsOf(problemsOf((p) => (p.resources[0].url = 'JavaScript:alert(1)'))), ['["resources",0,"url"]']);
});

test('an unknown block type lists the known ones', () => {
  const problems = problemsOf((p) => (p.challenges[0].description.en = [{ type: 'quote', children: [] }]));
  assert.deepEqual(pathsOf(problems), ['["challenges",0,"description","en",0,"type"]']);
  assert.match(problems[0]!.message, /"paragraph", "heading", "list", got "quote"/);
});

test('rich text that is neither text nor blocks says both are possible', () => {
  const problems = problemsOf((p) => (p.challenges[0].description.fr = 7));
  assert.deepEqual(pathsOf(problems), ['["challenges",0,"description","fr"]']);
  assert.match(problems[0]!.message, /expected a string or an array, got 7/);
});

test('a bad enum value lists the allowed values', () => {
  const problems = problemsOf((p) => (p.resources[0].kind = 'podcast'));
  assert.match(problems[0]!.message, /expected one of "article", "video", "document", "course", "link", got "podcast"/);
});

test('language keys must be declared in locales (regional variants of a declared one are fine)', () => {
  const problems = problemsOf((p) => {
    p.topics[0].name.de = 'Preise';
    p.topics[1].name['fr-CA'] = 'Sécurité';
  });
  assert.deepEqual(pathsOf(problems), ['["topics",0,"name","de"]']);
  assert.match(problems[0]!.message, /"de" is not among the pack's locales/);
});

test('defaultLocale must be one of the locales, each listed once', () => {
  const problems = problemsOf((p) => {
    p.defaultLocale = 'de';
    p.locales = ['en', 'fr', 'en'];
  });
  assert.deepEqual(pathsOf(problems), ['["defaultLocale"]', '["locales",2]']);
});

test('errors are sorted by path, array indexes numerically', () => {
  const problems = problemsOf((p) => {
    for (let index = 0; index < 11; index++) p.topics.push({ id: `t${index}`, name: { en: 'x' }, bad: true });
  });
  const indexes = problems.map((problem) => problem.path[1]);
  assert.deepEqual(indexes, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
});

test('inputs that are not objects, or not JSON-like at all, give an error instead of throwing', () => {
  for (const input of [undefined, null, 0, 'pack', [], () => 1, Symbol('x'), 10n]) {
    const result = parseContentPack(input);
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(result.errors[0]?.path, []);
  }
  const cyclic: Json = validPack();
  const strong: Json = { type: 'strong', children: [] };
  strong.children.push(strong);
  cyclic.challenges[0].description.en[0].children.push(strong);
  assert.equal(parseContentPack(cyclic).ok, false);
  const hostile = new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
      ownKeys: () => {
        throw new Error('trap');
      },
    },
  );
  assert.equal(parseContentPack(hostile).ok, false);
});
