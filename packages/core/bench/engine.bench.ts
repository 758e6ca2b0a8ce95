/*
 * Engine benchmark, end to end over the in-memory storage. Run:
 *   node --expose-gc --import tsx packages/core/bench/engine.bench.ts
 * - a 50-question, 4-choice attempt answered question by question: median µs per `answer()`
 *   (validation, scoring, mastery and spaced-repetition records, one atomic batch, one event);
 * - `feed()` for a seller with 1 000 nuggets in 20 schedules, half of them seen (storage read of
 *   the seller's progress included).
 */
import { performance } from 'node:perf_hooks';
import { reportFigures, summarize } from '../../../scripts/lib/bench-report.mjs';
import { createMindshare } from '../src/engine/create-mindshare.js';
import { createMemoryStorage } from '../src/storage/memory-storage.js';
import {
  contentPack,
  scenarioDirectory,
  scenarioPack,
  seededRandom,
  type ContentPackInput,
  type NuggetInput,
  type QuestionInput,
  type ScheduleInput,
} from '../src/testing/index.js';

const gc = (globalThis as { gc?: () => void }).gc;
const median = (samples: number[]): number => [...samples].sort((a, b) => a - b)[samples.length >> 1]!;
const now = Date.parse('2027-04-01T08:00:00Z');

function bigPack(): ContentPackInput {
  const [springLaunch] = scenarioPack().challenges;
  const questions = Array.from({ length: 50 }, (_, q): QuestionInput => ({
    id: `q-${q}`,
    kind: 'single',
    prompt: { en: `Question ${q}` },
    explanation: { en: 'Because.' },
    topics: [q % 2 === 0 ? 'pricing' : 'security'],
    choices: ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      label: { en: id.toUpperCase() },
      ...(id === 'b' ? { correct: true } : {}),
    })),
  }));
  const nuggets: NuggetInput[] = [];
  const schedules: ScheduleInput[] = [];
  for (let s = 0; s < 20; s++) {
    const ids = Array.from({ length: 50 }, (_, k) => `n-${s}-${k}`);
    for (const id of ids) nuggets.push({ id, kind: 'info', title: { en: id }, body: { en: 'Body' } });
    const start = new Date(Date.UTC(2025, 0, 1) + s * 30 * 86_400_000).toISOString().slice(0, 10);
    schedules.push({
      id: `s-${s}`,
      segment: {},
      nuggets: ids,
      cadence: { start, time: '09:30', every: { days: 1 + (s % 5) } },
      repetition: 'off',
    });
  }
  // Only the 50-question challenge, and the 1 000 nuggets in place of the scenario's line.
  return contentPack()
    .with({
      challenges: [
        { ...springLaunch!, id: 'fifty', attempts: { max: 1000, counts: 'best' }, timeLimitSeconds: 3600, questions },
      ],
      nuggets,
      schedules,
    })
    .build();
}

const api = await createMindshare({
  storage: createMemoryStorage(),
  content: bigPack(),
  directory: scenarioDirectory(),
  viewer: { id: 's-anna' },
  clock: () => now,
  random: seededRandom(7),
});

const perAnswer: number[] = [];
for (let round = 0; round < 12; round++) {
  const attempt = await api.startAttempt('fifty');
  for (const question of attempt.questions) {
    const started = performance.now();
    await api.answer(attempt.id, question.id, { kind: 'single', choiceId: round % 2 === 0 ? 'b' : 'a' });
    if (round >= 2) perAnswer.push((performance.now() - started) * 1000);
  }
  await api.finishAttempt(attempt.id);
  gc?.();
}

const feed = await api.feed();
for (const item of feed.items.filter((_, index) => index % 2 === 0)) await api.markSeen(item.nuggetId);
const feedTimes: number[] = [];
for (let i = 0; i < 60; i++) {
  const started = performance.now();
  await api.feed();
  if (i >= 10) feedTimes.push(performance.now() - started);
}

console.log('engine over in-memory storage (median)');
console.log(
  `  answer() in a 50-question attempt   ${median(perAnswer).toFixed(1)} µs per answer (${perAnswer.length} answers)`,
);
console.log(
  `  feed(), 1 000 nuggets in 20 schedules ${median(feedTimes).toFixed(2)} ms (${feed.items.length} released)`,
);
reportFigures('core/engine', [
  {
    id: 'engine.answer',
    label: 'answer() in a 50-question attempt, memory store',
    unit: 'µs',
    ...summarize(perAnswer),
  },
  { id: 'engine.feed', label: 'feed(), 1 000 nuggets in 20 schedules', unit: 'ms', ...summarize(feedTimes) },
]);
