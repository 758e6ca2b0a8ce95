import { createMindshare, isMindError, type MindError, type MindshareApi } from '@mindshare/core';
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { SCENARIO_TIME, scenarioDirectory, scenarioPack, seededRandom } from '@mindshare/core/testing';
import { createIndexedDbStorage } from './index.js';

// Records changed behind the engine's back in IndexedDB (another version of the app, an extension,
// someone in DevTools) are refused with MIND_SCHEMA_MISMATCH when read, before anything is scored
// or written from them.

const created = new Set<string>();
let counter = 0;

function uniqueName(): string {
  const name = `mindshare-corrupt-${Date.now().toString(36)}-${(counter++).toString(36)}`;
  created.add(name);
  return name;
}

/** An engine for `viewerId` over the IndexedDB database `name`, at the scenario's start. */
function engine(name: string, viewerId: string): Promise<MindshareApi> {
  return createMindshare({
    storage: createIndexedDbStorage({ name, persist: false }),
    content: scenarioPack(),
    directory: scenarioDirectory(),
    viewer: { id: viewerId },
    clock: () => SCENARIO_TIME.start,
    random: seededRandom(0),
  });
}

/** Changes one stored record with plain IndexedDB, as code other than Mindshare would. */
async function corrupt(name: string, store: string, key: IDBValidKey, change: Record<string, unknown>): Promise<void> {
  const db = await openDB(name);
  try {
    const record = (await db.get(store, key)) as Record<string, unknown> | undefined;
    expect(record, `${store} ${JSON.stringify(key)}`).to.not.equal(undefined);
    await db.put(store, { ...record, ...change });
  } finally {
    db.close();
  }
}

/** Every record of every object store, chunks included. */
async function contents(name: string): Promise<Record<string, unknown[]>> {
  const db = await openDB(name);
  try {
    const all: Record<string, unknown[]> = {};
    for (const store of db.objectStoreNames) all[store] = await db.getAll(store);
    return all;
  } finally {
    db.close();
  }
}

/** Expects MIND_SCHEMA_MISMATCH at `path`, naming the collection and `keyText`, and nothing written. */
async function rejectsAsMismatch(
  name: string,
  operation: () => Promise<unknown>,
  path: readonly (string | number)[],
  keyText: string,
): Promise<void> {
  const before = await contents(name);
  let failure: unknown;
  try {
    await operation();
  } catch (error) {
    failure = error;
  }
  expect(isMindError(failure, 'MIND_SCHEMA_MISMATCH'), String(failure)).to.equal(true);
  const mismatch = failure as MindError;
  expect(mismatch.path).to.deep.equal(path);
  expect(mismatch.message).to.include(String(path[0]));
  expect(mismatch.message).to.include(keyText);
  expect(await contents(name), 'the rejected operation wrote nothing').to.deep.equal(before);
}

describe('IndexedDB: records corrupted outside the engine', () => {
  const open: MindshareApi[] = [];
  const as = async (name: string, viewerId: string) => {
    const api = await engine(name, viewerId);
    open.push(api);
    return api;
  };

  afterEach(async () => {
    await Promise.all(open.splice(0).map((api) => api.close()));
    await Promise.all(
      [...created].map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            const timer = setTimeout(resolve, 2000);
            request.onsuccess = request.onerror = () => {
              clearTimeout(timer);
              resolve();
            };
          }),
      ),
    );
    created.clear();
  });

  // The corruption is written with plain IndexedDB, which announces nothing to open engines (and
  // their read caches): each operation under test runs in an engine opened after it, as on the
  // next page load.

  it('an attempt whose answers are text is refused when an engine of its seller opens', async () => {
    const name = uniqueName();
    const anna = await as(name, 's-anna');
    const attempt = await anna.startAttempt('spring-launch');
    await anna.answer(attempt.id, 'q-support', { kind: 'single', choiceId: 'pro' });
    await corrupt(name, 'attempts', attempt.id, { answers: 'q-support=pro' });

    // Opening closes the seller's attempts that ran out of time, so it reads them all.
    await rejectsAsMismatch(
      name,
      () => as(name, 's-anna'),
      ['attempts', attempt.id, 'answers'],
      JSON.stringify(attempt.id),
    );
  });

  it('a mastery record with a NaN or negative count is refused before the answer is scored', async () => {
    for (const count of [Number.NaN, -1]) {
      const name = uniqueName();
      const anna = await as(name, 's-anna');
      const attempt = await anna.startAttempt('spring-launch');
      await anna.answer(attempt.id, 'q-support', { kind: 'single', choiceId: 'pro' });
      await corrupt(name, 'mastery', ['s-anna', 'pricing'], { count });

      const reopened = await as(name, 's-anna');
      await rejectsAsMismatch(
        name,
        () => reopened.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true }),
        ['mastery', '["s-anna", "pricing"]', 'count'],
        '["s-anna", "pricing"]',
      );
    }
  });

  it('a score stored as text is refused when a leaderboard is built from storage, and ranks once repaired', async () => {
    const name = uniqueName();
    const anna = await as(name, 's-anna');
    const attempt = await anna.startAttempt('spring-launch');
    await anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
    await anna.finishAttempt(attempt.id);
    await corrupt(name, 'scores', ['spring-launch', 's-anna'], { score: '10' });

    const bruno = await as(name, 's-bruno'); // builds its boards from the stored scores on first need
    const path = ['scores', '["spring-launch", "s-anna"]', 'score'];
    await rejectsAsMismatch(name, () => bruno.leaderboard({ challengeId: 'spring-launch' }), path, String(path[1]));

    await corrupt(name, 'scores', ['spring-launch', 's-anna'], { score: 10 });
    const board = await bruno.leaderboard({ challengeId: 'spring-launch' });
    expect(board.rows.map((row) => row.score)).to.deep.equal([10]);
  });
});
