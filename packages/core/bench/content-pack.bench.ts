// Parses a ~5 MB content pack several times and prints its size and the median parse time.
// Run: node --expose-gc --import tsx packages/core/bench/content-pack.bench.ts
import { performance } from 'node:perf_hooks';
import { reportFigures, summarize } from '../../../scripts/lib/bench-report.mjs';
import { parseContentPack } from '../src/content/parse-content-pack.js';
import { validPack } from '../scripts/fixtures/valid-pack.js';

const TARGET_BYTES = 5 * 1024 * 1024;
const RUNS = 7;

/** A large valid pack: the small fixture's shapes repeated, with rich text in every question. */
function largePack(): Record<string, unknown> {
  const pack = validPack();
  const base = (pack['challenges'] as Record<string, unknown>[])[0];
  const topics = Array.from({ length: 200 }, (_, index) => ({
    id: `topic-${index}`,
    name: { en: `Topic ${index}`, fr: `Sujet ${index}` },
  }));
  const resources = Array.from({ length: 500 }, (_, index) => ({
    id: `res-${index}`,
    title: { en: `Resource ${index}`, fr: `Ressource ${index}` },
    url: `https://acme.example/resources/${index}`,
    kind: 'article',
  }));
  const explanation = (index: number) => ({
    en: [
      { type: 'heading', level: 3, children: [{ type: 'text', text: `Why answer ${index} is right` }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Because the ' },
          { type: 'strong', children: [{ type: 'text', text: 'Pro plan' }] },
          { type: 'text', text: ' includes support, see ' },
          {
            type: 'link',
            href: `https://acme.example/q/${index}`,
            children: [{ type: 'text', text: 'the datasheet' }],
          },
        ],
      },
      {
        type: 'list',
        ordered: false,
        items: [
          [{ type: 'paragraph', children: [{ type: 'text', text: 'Faster onboarding' }] }],
          [{ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', text: '24/7 support' }] }] }],
        ],
      },
    ],
    fr: 'Parce que l’offre Pro inclut le support.',
  });
  const question = (c: number, q: number) => ({
    id: `c${c}-q${q}`,
    kind: 'single',
    prompt: {
      en: `Question ${q} of challenge ${c}: which plan includes support?`,
      fr: `Question ${q} : quelle offre inclut le support ?`,
    },
    explanation: explanation(q),
    topics: [`topic-${(c + q) % 200}`],
    resources: [`res-${(c * 7 + q) % 500}`],
    choices: [
      { id: 'a', label: { en: 'Basic', fr: 'Basique' } },
      { id: 'b', label: { en: 'Pro', fr: 'Pro' }, correct: true },
      { id: 'c', label: { en: 'Team', fr: 'Équipe' } },
    ],
  });
  const challenges: unknown[] = [];
  pack['topics'] = topics;
  pack['resources'] = resources;
  pack['challenges'] = challenges;
  for (let c = 0; JSON.stringify(pack).length < TARGET_BYTES; c++) {
    challenges.push({
      ...structuredClone(base),
      id: `challenge-${c}`,
      questions: Array.from({ length: 50 }, (_, q) => question(c, q)),
    });
  }
  return pack;
}

const input = JSON.parse(JSON.stringify(largePack())) as unknown;
const bytes = JSON.stringify(input).length;
const gc = (globalThis as { gc?: () => void }).gc;
const times: number[] = [];
for (let run = 0; run < RUNS; run++) {
  gc?.();
  const start = performance.now();
  const result = parseContentPack(input);
  times.push(performance.now() - start);
  if (!result.ok) throw new Error(`the benchmark pack is invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(
  `content pack: ${(bytes / 1024 / 1024).toFixed(2)} MB, ${(input as { challenges: unknown[] }).challenges.length} challenges; ` +
    `parseContentPack median ${median.toFixed(1)} ms over ${RUNS} runs (min ${times[0]!.toFixed(1)}, max ${times[times.length - 1]!.toFixed(1)})${gc ? '' : ' [run with --expose-gc for steadier figures]'}`,
);
reportFigures('core/content-pack', [
  {
    id: 'content-pack.parse',
    label: `parseContentPack, ${(bytes / 1024 / 1024).toFixed(2)} MB pack`,
    unit: 'ms',
    ...summarize(times),
  },
]);
