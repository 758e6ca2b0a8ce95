/*
 * Mastery and spaced-repetition benchmark. Run:
 *   node --expose-gc --import tsx packages/core/bench/mastery.bench.ts
 * Prints the median µs per operation over many timed batches, with seeded data so runs compare.
 */
import { performance } from 'node:perf_hooks';
import { reportFigures, summarize } from '../../../scripts/lib/bench-report.mjs';
import { applyAnswer } from '../src/mastery/apply-answer.js';
import { masteryBy } from '../src/mastery/mastery-by.js';
import type { MasteryRecord } from '../src/mastery/mastery-record.schema.js';
import { needsStrengthening } from '../src/mastery/needs-strengthening.js';
import { dueItems } from '../src/repetition/due-items.js';
import { recordReview } from '../src/repetition/record-review.js';
import type { RepetitionState } from '../src/repetition/repetition-state.schema.js';
import { seededRandom } from '../src/testing/index.js';

const gc = (globalThis as { gc?: () => void }).gc;

/** Per-op µs of `batches` timed batches of `perBatch` calls of `op(i)`: median and range over batches. */
function measure(batches: number, perBatch: number, op: (i: number) => void): ReturnType<typeof summarize> {
  gc?.();
  const samples: number[] = [];
  let i = 0;
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let k = 0; k < perBatch; k++) op(i++);
    samples.push(((performance.now() - start) * 1000) / perBatch);
  }
  return summarize(samples);
}

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
const random = seededRandom('42'); // seeded, so runs replay exactly
const SELLERS = 10_000;
const TOPICS = 20;
const PARTNERS = 500;

const records: MasteryRecord[] = [];
const sellerPartner = new Map<string, string>();
const partnerTier = new Map<string, string>();
for (let p = 0; p < PARTNERS; p++) partnerTier.set(`p-${p}`, ['platinum', 'gold', 'silver'][p % 3]!);
for (let s = 0; s < SELLERS; s++) {
  sellerPartner.set(`s-${s}`, `p-${s % PARTNERS}`);
  for (let t = 0; t < TOPICS; t++) {
    if (random() < 0.5) continue;
    let record: MasteryRecord | undefined;
    const answers = 1 + Math.floor(random() * 8);
    for (let a = 0; a < answers; a++) {
      const at = T0 + Math.floor(random() * 180) * DAY;
      record = applyAnswer(record, { sellerId: `s-${s}`, topicId: `t-${t}`, correct: random() < 0.7, at });
    }
    records.push(record!);
  }
}
const now = T0 + 200 * DAY;

const states: RepetitionState[] = [];
for (let q = 0; q < 2_000; q++) {
  let state: RepetitionState | undefined;
  for (let r = 0; r < 1 + Math.floor(random() * 5); r++) {
    state = recordReview(state, {
      sellerId: 's-1',
      questionId: `q-${q}`,
      correct: random() < 0.6,
      at: state?.due ?? T0 + Math.floor(random() * 30) * DAY,
    });
  }
  states.push(state!);
}
const live = new Set(states.map((s) => s.questionId));

const first = records[0]!;
const results: [string, string, ReturnType<typeof summarize>][] = [
  [
    'apply-answer',
    'applyAnswer',
    measure(50, 10_000, (i) =>
      applyAnswer(first, { sellerId: first.sellerId, topicId: first.topicId, correct: (i & 1) === 0, at: now + i }),
    ),
  ],
  [
    'record-review',
    'recordReview',
    measure(50, 1_000, (i) =>
      recordReview(states[i % states.length], {
        sellerId: 's-1',
        questionId: `q-${i % states.length}`,
        correct: (i & 1) === 0,
        at: now + 10_000 * DAY,
      }),
    ),
  ],
  [
    'due-items',
    'dueItems (2 000 states, wrong-only)',
    measure(20, 10, () => dueItems({ states, now, mode: 'wrong-only', liveQuestionIds: live, limit: 20 })),
  ],
  [
    'mastery-by-seller',
    `masteryBy seller (${records.length} records)`,
    measure(5, 1, () => masteryBy({ by: 'seller', records, now })),
  ],
  [
    'mastery-by-tier',
    `masteryBy tier (${records.length} records)`,
    measure(5, 1, () => masteryBy({ by: 'tier', sellerPartner, partnerTier, records, now })),
  ],
  [
    'needs-strengthening',
    `needsStrengthening partner, one topic`,
    measure(5, 1, () => needsStrengthening({ by: 'partner', sellerPartner, records, now, topic: 't-3', limit: 20 })),
  ],
];
for (const [, name, micros] of results)
  console.log(`${name.padEnd(48)} ${micros.median.toFixed(2).padStart(12)} µs/op`);
reportFigures(
  'core/mastery',
  results.map(([id, label, summary]) => ({ id: `mastery.${id}`, label, unit: 'µs', ...summary })),
);
