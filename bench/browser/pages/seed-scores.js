// Writes seeded counted scores straight into the engine's store through the IndexedDB adapter, in
// batches of 10 000, as `<mind-provider>` will find them: the fastest honest way to a board of
// 100 000 entries (finishing 100 000 attempts through the engine would take hours here).
import { createIndexedDbStorage } from '../../../packages/elements/dist/mindshare.min.js';
// The demo's seeded PRNG (mulberry32): the same board on every run.
import { seededRandom as seeded } from '../../../examples/portal/seed-history.js';

const BATCH = 10_000;

/** Seeds `count` scores unless the store holds them already; resolves with the ms it took (0 when it did not). */
export async function seedScores({ schema, challengeId, count }) {
  const storage = createIndexedDbStorage({ name: schema.name, persist: false });
  await storage.open(schema);
  try {
    if ((await storage.count('scores')) === count) return 0;
    const random = seeded(0x5eed);
    const started = performance.now();
    for (let start = 0; start < count; start += BATCH) {
      const operations = [];
      for (let i = start; i < Math.min(count, start + BATCH); i++) {
        const value = {
          challengeId,
          sellerId: `seller-${i}`,
          attemptId: `seed-${i}`,
          score: Math.floor(random() * 10_000),
          completedAt: 1_700_000_000_000 + Math.floor(random() * 30 * 86_400_000),
        };
        operations.push({ type: 'put', collection: 'scores', value });
      }
      await storage.batch(operations);
    }
    return performance.now() - started;
  } finally {
    await storage.close();
  }
}
