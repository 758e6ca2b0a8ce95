import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import type { LeaderboardResult } from '../api/mindshare-api.js';
import { isMindError } from '../errors/mind-error.js';
import type { BatchOperation } from '../storage/storage-adapter.js';
import type { StorageKey } from '../storage/storage-key.js';
import { createMemoryDatabase, type MemoryDatabase } from '../storage/memory-database.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import { scenarioPack } from '../testing/scenario-pack.js';
import { contentPack } from '../testing/pack-builder.js';
import { seededRandom, testClock } from '../testing/scenario-engine.js';
import { createMindshareHost, type MindshareHost, type MindshareHostOptions } from './create-host.js';
import { engineSchema } from './engine-schema.js';

// Pseudonyms as a seller meets them on a board: what they can work out from what they see.

const SPRING_OPEN = Date.UTC(2027, 2, 2, 9);
const STORE = 'mindshare-northwind';
const CHALLENGE = 'spring-launch';
const SUMMER = 'summer-launch';
const SECRET = 'a host secret that no seller ever sees, 32+ chars';
const SELLERS = Array.from({ length: 12 }, (_, i) => `s-${String(i + 1).padStart(2, '0')}`);

/** The scenario pack with the spring challenge, and a summer copy, open to everyone and ranked under pseudonyms. */
function pseudonymPack() {
  const { targeting: _everyone, ...spring } = scenarioPack().challenges.find((c) => c.id === CHALLENGE)!;
  const leaderboard = {
    privacy: 'pseudonym' as const,
    scopes: ['global' as const, 'partner' as const, 'team' as const],
  };
  return contentPack()
    .withChallenge(
      { ...spring, leaderboard },
      {
        ...spring,
        id: SUMMER,
        leaderboard,
        questions: spring.questions.map((question) => ({ ...question, id: `summer-${question.id}` })),
      },
    )
    .build();
}

const directory = () => ({
  partners: [{ id: 'p-alpha', name: 'Alpha Distribution', metrics: { indirectRevenue: 2_100_000 } }],
  sellers: [
    ...SELLERS.map((id, i) => ({
      id,
      partnerId: 'p-alpha',
      displayName: `Rep Number ${i + 1}`,
      role: 'seller',
      team: 'north',
      timeZone: 'Europe/Paris',
    })),
    // Not ranked: reads every board and exports sellers' data.
    { id: 'mgr-marc', displayName: 'Marc Manager', role: 'manager', timeZone: 'Europe/Paris' },
  ],
});

/** Every seller of the directory with a distinct score, so a score names the seller who holds it (see {@link sellerOf}). */
async function seedScores(database: MemoryDatabase, challenges = [CHALLENGE]): Promise<void> {
  const storage = createMemoryStorage({ database });
  await storage.open(engineSchema(STORE));
  await storage.batch(
    challenges.flatMap((challengeId) =>
      SELLERS.map((sellerId, i) => ({
        type: 'put' as const,
        collection: 'scores',
        value: {
          challengeId,
          sellerId,
          attemptId: `${challengeId}.1.${sellerId}`,
          score: 100 - i,
          completedAt: SPRING_OPEN + i,
        },
      })),
    ),
  );
  await storage.close();
}

function options(database: MemoryDatabase, extra: Partial<MindshareHostOptions> = {}): MindshareHostOptions {
  return {
    storage: createMemoryStorage({ database }),
    content: pseudonymPack(),
    directory: directory(),
    clock: testClock(SPRING_OPEN).now,
    random: seededRandom(5),
    ...extra,
  };
}

const sellerOf = (row: { score: number }) => SELLERS[100 - row.score]!;
const codeOf = (displayName: string): string | undefined => /^Seller ([0-9A-F]{6})$/.exec(displayName)?.[1];
const board = (result: LeaderboardResult) => [...result.rows, ...result.around];

// --- The attacker's tools: FNV-1a as the pseudonyms once used it, run forwards and backwards ---

const FNV_PRIME = 0x01000193;
/** The inverse of the FNV prime modulo 2³², by Newton's iteration (each step doubles the bits). */
const FNV_PRIME_INVERSE = (() => {
  let x = FNV_PRIME;
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(FNV_PRIME, x));
  return x >>> 0;
})();

function fnvFrom(state: number, text: string): number {
  let hash = state;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

function fnvBack(hash: number, text: string): number {
  let state = hash;
  for (let i = text.length - 1; i >= 0; i--) state = Math.imul(state, FNV_PRIME_INVERSE) ^ text.charCodeAt(i);
  return state >>> 0;
}

const fnvCode = (hash: number) => (hash >>> 8).toString(16).toUpperCase().padStart(6, '0');
const hmacCode = (key: string, message: string) =>
  createHmac('sha256', key).update(message, 'utf8').digest('hex').slice(0, 6).toUpperCase();

/**
 * What a seller who knows their own id and code can guess of the other rows, from every id of the
 * directory and every salt or key they can see: a guessed seller id per code, one map per method.
 */
function guesses(ownId: string, ownCode: string, visible: readonly string[], shownCodes: ReadonlySet<string>) {
  const others = SELLERS.filter((id) => id !== ownId);
  const methods: Map<string, string>[] = [];
  const byCode = (code: (id: string) => string) => new Map(others.map((id) => [code(id), id]));
  for (const salt of visible) {
    const messages = [(id: string) => `${salt}\u0000${id}`, (id: string) => `${salt}${id}`, (id: string) => id];
    for (const message of messages) {
      methods.push(byCode((id) => fnvCode(fnvFrom(0x811c9dc5, message(id)))));
      for (const key of visible) methods.push(byCode((id) => hmacCode(key, message(id))));
    }
  }
  // Whatever the salt was, all it leaves is FNV's 32-bit state once it is hashed. The seller's own
  // code fixes the top 24 bits of their hash: run each of the 256 hashes back over their own id to
  // the states that explain it, and keep the one that explains the most codes on the board.
  let best = { explained: -1, state: 0 };
  for (let low = 0; low < 256; low++) {
    const state = fnvBack(((parseInt(ownCode, 16) << 8) | low) >>> 0, `\u0000${ownId}`);
    const explained = others.filter((id) => shownCodes.has(fnvCode(fnvFrom(state, `\u0000${id}`)))).length;
    if (explained > best.explained) best = { explained, state };
  }
  methods.push(byCode((id) => fnvCode(fnvFrom(best.state, `\u0000${id}`))));
  return methods;
}

test('a seller who knows their own id and code, every salt they can see and every id links no other row', async () => {
  const database = createMemoryDatabase();
  await seedScores(database);
  const host = await createMindshareHost(options(database, { pseudonymSecret: SECRET }));
  const attacker = 's-04';
  const colleague = 's-09';
  const seen = await host.as({ id: attacker }).leaderboard({ challengeId: CHALLENGE, limit: 500 });
  // The attacker's own code, as a colleague sees it.
  const shownToColleague = await host.as({ id: colleague }).leaderboard({ challengeId: CHALLENGE, limit: 500 });
  const ownCode = codeOf(board(shownToColleague).find((row) => sellerOf(row) === attacker)!.displayName)!;
  assert.ok(ownCode, 'the attacker knows their own code');

  const rows = board(seen).filter((row) => !row.isViewer);
  assert.equal(rows.length, SELLERS.length - 1);
  const shownCodes = new Set(rows.map((row) => codeOf(row.displayName)!));
  assert.equal(shownCodes.size, rows.length, 'every other row shows a code');
  const visible = [
    CHALLENGE,
    `${CHALLENGE}|global`,
    `${CHALLENGE}|partner|p-alpha`,
    `${CHALLENGE}|team|north`,
    'global',
    'partner',
    'team',
    'p-alpha',
    'north',
    'northwind',
    STORE,
    '',
  ];

  const linked = new Set<string>();
  for (const guess of guesses(attacker, ownCode, visible, shownCodes)) {
    for (const row of rows) {
      const truth = sellerOf(row);
      if (guess.get(codeOf(row.displayName)!) === truth) linked.add(truth);
    }
  }
  assert.deepEqual([...linked], []);
  await host.close();
});

/** The code each seller shows on a board to `viewerId`, by seller (ranks name sellers here). */
async function codesSeenBy(host: MindshareHost, viewerId: string, challengeId = CHALLENGE, scope?: 'team') {
  const seen = await host.as({ id: viewerId }).leaderboard({ challengeId, limit: 500, ...(scope ? { scope } : {}) });
  return Object.fromEntries(
    board(seen)
      .filter((row) => !row.isViewer)
      .map((row) => [sellerOf(row), codeOf(row.displayName)!]),
  );
}

async function storedSecrets(database: MemoryDatabase): Promise<{ secret: string }[]> {
  const storage = createMemoryStorage({ database });
  await storage.open(engineSchema(STORE));
  const records = await storage.query<{ secret: string }>('hostRecords');
  await storage.close();
  return records;
}

test('without a configured secret, hosts over one store give a seller one code per board, across reloads', async () => {
  const database = createMemoryDatabase();
  await seedScores(database, [CHALLENGE, SUMMER]);
  const first = await createMindshareHost(options(database));
  const second = await createMindshareHost(options(database));
  const codes = await codesSeenBy(first, 's-09');
  assert.equal(Object.keys(codes).length, SELLERS.length - 1);
  assert.deepEqual(await codesSeenBy(second, 's-09'), codes, 'on another host');
  assert.equal((await codesSeenBy(second, 's-01'))['s-09'], (await codesSeenBy(first, 's-02'))['s-09'], 'to others');
  await first.close();
  const reloaded = await createMindshareHost(options(database));
  assert.deepEqual(await codesSeenBy(reloaded, 's-09'), codes, 'after a reload');
  assert.deepEqual(await codesSeenBy(reloaded, 's-09', CHALLENGE, 'team'), codes, 'on another scope of the board');
  // Another challenge's board: unrelated codes (a match of one seller's code has odds 1 in 16.7 M).
  const summer = await codesSeenBy(reloaded, 's-09', SUMMER);
  for (const [sellerId, code] of Object.entries(codes)) assert.notEqual(summer[sellerId], code, sellerId);
  assert.equal((await storedSecrets(database)).length, 1);
  await Promise.all([second.close(), reloaded.close()]);
});

test('two hosts making the secret at once end with one secret and the same codes', async () => {
  const database = createMemoryDatabase();
  await seedScores(database);
  // Both hosts read "no secret" before either writes one.
  let waiting = 0;
  let release!: () => void;
  const bothRead = new Promise<void>((resolve) => (release = resolve));
  let adds = 0;
  const racing = () => {
    const storage = createMemoryStorage({ database });
    const { get, batch } = storage;
    Object.assign(storage, {
      get: async (collection: string, key: StorageKey) => {
        const found = await get.call(storage, collection, key);
        if (collection === 'hostRecords' && found === undefined) {
          if (++waiting === 2) release();
          await bothRead;
        }
        return found;
      },
      batch: async (operations: readonly BatchOperation[]) => {
        if (operations.some((operation) => operation.type === 'add' && operation.collection === 'hostRecords')) adds++;
        return batch.call(storage, operations);
      },
    });
    return storage;
  };
  const [first, second] = await Promise.all([
    createMindshareHost(options(database, { storage: racing() })),
    createMindshareHost(options(database, { storage: racing() })),
  ]);
  const [seenByFirst, seenBySecond] = await Promise.all([codesSeenBy(first, 's-09'), codesSeenBy(second, 's-09')]);
  assert.equal(adds, 2, 'both tried to make it');
  assert.equal((await storedSecrets(database)).length, 1);
  assert.deepEqual(seenBySecond, seenByFirst);
  await Promise.all([first.close(), second.close()]);
});

test('the secret is in no reply and no seller export, and survives the erasure of a seller', async () => {
  for (const configured of [undefined, SECRET]) {
    const database = createMemoryDatabase();
    await seedScores(database);
    const host = await createMindshareHost(options(database, configured ? { pseudonymSecret: configured } : {}));
    const seller = host.as({ id: 's-04' });
    const manager = host.as({ id: 'mgr-marc' });
    const replies = [
      await seller.leaderboard({ challengeId: CHALLENGE, limit: 500 }),
      await manager.leaderboard({ challengeId: CHALLENGE, limit: 500 }),
      await seller.challenges(),
      await seller.exportSellerData('s-04'),
      await manager.exportSellerData('s-09'),
    ];
    const secret = configured ?? (await storedSecrets(database))[0]!.secret;
    assert.match(secret, /^[0-9a-f]{64}$|^a host secret/);
    const text = JSON.stringify(replies);
    assert.match(text, /Seller [0-9A-F]{6}/, 'the replies show pseudonyms');
    assert.ok(!text.includes(secret), 'the secret is in a reply');
    assert.ok(!text.includes('hostRecords'), 'host records are in an export');

    const before = await codesSeenBy(host, 's-09');
    await manager.deleteSellerData('s-04');
    const after = await codesSeenBy(host, 's-09');
    assert.equal(after['s-04'], undefined, 'erased');
    assert.deepEqual(after, Object.fromEntries(Object.entries(before).filter(([id]) => id !== 's-04')));
    if (!configured) assert.deepEqual(await storedSecrets(database), [{ name: 'pseudonymSecret', secret }]);
    await host.close();
  }
});

test('a store of version 3 opens at version 4 with its records kept and gets a secret on first need', async () => {
  const database = createMemoryDatabase();
  const current = engineSchema(STORE);
  const old = createMemoryStorage({ database });
  await old.open({ ...current, version: 3, collections: current.collections.filter((c) => c.name !== 'hostRecords') });
  await old.put('scores', { challengeId: CHALLENGE, sellerId: 's-01', attemptId: 'a-1', score: 7, completedAt: 1 });
  await old.close();
  const host = await createMindshareHost(options(database));
  const seen = await host.as({ id: 's-02' }).leaderboard({ challengeId: CHALLENGE });
  assert.deepEqual(
    seen.rows.map((row) => [row.rank, row.score]),
    [[1, 7]],
  );
  assert.match(seen.rows[0]!.displayName, /^Seller [0-9A-F]{6}$/);
  assert.equal((await storedSecrets(database)).length, 1);
  await host.close();
});

test('a configured secret shorter than 32 characters is refused naming pseudonymSecret', async () => {
  await assert.rejects(
    createMindshareHost(options(createMemoryDatabase(), { pseudonymSecret: 'too short' })),
    (error) => isMindError(error, 'MIND_INVALID_INPUT') && error.path?.[0] === 'pseudonymSecret',
  );
});
