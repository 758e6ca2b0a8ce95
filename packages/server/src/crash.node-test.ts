// Crash (issue 13): `kill -9` of the real server process at random moments while 20 sellers send
// 200 answers each through the HTTP client's outbox; restart on the same port, again and again.
// Afterwards, straight from the database: no answer lost, none applied twice, every attempt's
// score equal to a replay of the seller's answers through the engine.
//
// Over PostgreSQL when DATABASE_URL is set (a store of its own, dropped at the end), otherwise
// over the embedded PGlite in a temporary folder, which must reopen after every kill.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import {
  createMemoryStorage,
  createMindshareHost,
  isMindError,
  type AnswerResponse,
  type AttemptView,
  type MindErrorCode,
} from '@mindshare/core';
import { contentPack, emptyPack, seededRandom, type QuestionInput } from '@mindshare/core/testing';
import { createHttpClient, type HttpMindshareApi } from '@mindshare/adapters/http';
import { schemaNameOf } from '@mindshare/adapters/postgres';
import { signToken } from './auth/tokens.js';
import { SETTINGS } from './settings.js';
import type { RequestRecord } from './storage/request-records.js';

const SELLERS = 20;
const CHALLENGES = 20;
const QUESTIONS = 10; // per challenge, one attempt each: 200 answers per seller
const KILLS = 20;
const SECRET = 'crash-test-secret-of-at-least-thirty-two-characters';
// Short timers so a seller notices a dead server at once and comes back soon after the restart.
const CLIENT_OPTIONS = { timeoutMs: 5_000, retryBaseMs: 50, retryMaxMs: 400 };
// What the transport reports while the server is down, starting, or answering a passing 5xx.
const TRANSIENT = new Set<MindErrorCode>(['MIND_NETWORK', 'MIND_STORAGE_UNAVAILABLE', 'MIND_STORAGE_CLOSED']);

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = fileURLToPath(new URL('./testing/cli-from-source.ts', import.meta.url));
const DAY = 24 * 60 * 60 * 1000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const sellerIds = Array.from({ length: SELLERS }, (_, index) => `s-${index + 1}`);
const challengeIds = Array.from({ length: CHALLENGES }, (_, index) => `crash-${index + 1}`);

/**
 * Twenty challenges of ten questions, open from yesterday to tomorrow at the server's real clock.
 * Negative marking and a streak bonus make the score depend on every answer being counted once, in
 * the seller's order; no time limits, so a late delivery scores the same as a prompt one.
 */
function crashPack(now: number) {
  const minute = (ms: number) => new Date(ms).toISOString().slice(0, 16);
  const question = (challenge: number, index: number): QuestionInput => {
    const common = {
      id: `c${challenge}-q${index}`,
      prompt: { en: `Question ${index} of challenge ${challenge}` },
      explanation: { en: 'Because.' },
      topics: ['offer'],
    };
    return index % 2 === 0
      ? { ...common, kind: 'true-false', answer: index % 4 === 0 }
      : {
          ...common,
          kind: 'single',
          choices: [
            { id: 'a', label: { en: 'A' } },
            { id: 'b', label: { en: 'B' }, correct: true },
            { id: 'c', label: { en: 'C' } },
          ],
        };
  };
  return contentPack(emptyPack())
    .with({ id: 'crash', title: { en: 'Crash test' } })
    .withTopic({ id: 'offer', name: { en: 'Offer' } })
    .withChallenge(
      ...challengeIds.map((id, c) => ({
        id,
        title: { en: `Challenge ${c + 1}` },
        description: { en: 'Ten questions.' },
        window: { opensAt: minute(now - DAY), closesAt: minute(now + DAY), timeZone: 'UTC' },
        scoring: { points: 10, negativeMarking: { penalty: 0.5 }, streakBonus: { pointsPerAnswer: 1, max: 5 } },
        questions: Array.from({ length: QUESTIONS }, (_, q) => question(c + 1, q + 1)),
      })),
    )
    .build();
}

const crashDirectory = () => ({
  partners: [{ id: 'p-crash', name: 'Crash Partners', metrics: { indirectRevenue: 500_000 } }],
  sellers: sellerIds.map((id, index) => ({
    id,
    partnerId: 'p-crash',
    displayName: `Seller ${index + 1}`,
    role: 'seller',
  })),
});

/**
 * What `seller` answers to a question: seeded by both, right about two times in three. The kind
 * comes from the id as {@link crashPack} builds it: the answers go without revealing the text.
 */
function responseOf(sellerId: string, questionId: string): AnswerResponse {
  const right = seededRandom(`${sellerId}:${questionId}`)() < 0.65;
  const index = Number(/q(\d+)$/.exec(questionId)![1]);
  if (index % 2 === 0) {
    const truth = index % 4 === 0;
    return { kind: 'true-false', value: right ? truth : !truth };
  }
  return { kind: 'single', choiceId: right ? 'b' : 'c' };
}

/** The server as a child process, from the sources, killed and restarted on the port it first chose. */
class ServerProcess {
  readonly #flags: readonly string[];
  readonly #env: NodeJS.ProcessEnv;
  #child: ChildProcess | undefined;
  #exited: Promise<void> = Promise.resolve();
  #up = latch();
  #tail: string[] = [];
  port = 0;
  starts = 0;
  /** Time spent from spawn to `/readyz` answering 200, over every start. */
  startMs = 0;
  /** Requests the server logged, over every life. */
  requests = 0;
  /** 5xx replies the server logged (a write that failed, not the client's fault). */
  failures = 0;
  /** Why the server died when the test did not kill it (its last lines), if it did. */
  died: string | undefined;

  constructor(flags: readonly string[], env: NodeJS.ProcessEnv) {
    this.#flags = flags;
    this.#env = env;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Spawns the server, waits for its `listening` line and for `/readyz` to answer 200. */
  async start(): Promise<void> {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ['--conditions=mindshare-source', '--import', 'tsx', CLI, ...this.#flags, '--port', String(this.port)],
      { cwd: ROOT, env: this.#env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.#child = child;
    this.#tail = [];
    // Whatever happens to the test, its server does not outlive it.
    const orphaned = () => child.kill('SIGKILL');
    process.once('exit', orphaned);
    this.#exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        process.off('exit', orphaned);
        if (this.#child === child) this.died = `The server exited (${signal ?? code}):\n${this.#tail.join('\n')}`;
        resolve();
      }),
    );
    const listening = new Promise<number>((resolve, reject) => {
      child.once('exit', (code, signal) =>
        reject(new Error(`The server exited (${signal ?? code}) before listening:\n${this.#tail.join('\n')}`)),
      );
      // Read every line: a full pipe would block the server's logger.
      createInterface({ input: child.stdout! }).on('line', (line) => {
        this.#remember(line);
        const entry = parseLine(line);
        if (entry?.msg === 'listening') resolve(Number(entry.port));
        else if (entry?.msg === 'request') {
          this.requests += 1;
          if (Number(entry.status) >= 500) this.failures += 1;
        }
      });
      createInterface({ input: child.stderr! }).on('line', (line) => this.#remember(line));
    });
    this.port = await listening;
    for (;;) {
      const ready = await fetch(`${this.baseUrl}/readyz`).catch(() => undefined);
      if (ready?.status === 200) break;
      await sleep(20);
    }
    this.starts += 1;
    this.#up.resolve();
    this.startMs += performance.now() - started;
  }

  /** `kill -9`: no shutdown, no flush, whatever was in flight is cut off. */
  kill(): Promise<void> {
    return this.#end('SIGKILL');
  }

  /** A graceful stop (SIGTERM), so the embedded database closes cleanly before the test reads it. */
  stop(): Promise<void> {
    return this.#end('SIGTERM');
  }

  /** Resolves once the server answers again (at once while it does). */
  up(): Promise<void> {
    return this.#up.promise;
  }

  async #end(signal: NodeJS.Signals): Promise<void> {
    this.#up = latch();
    const child = this.#child;
    this.#child = undefined; // an exit the test asked for
    child?.kill(signal);
    await this.#exited;
  }

  #remember(line: string): void {
    this.#tail.push(line);
    if (this.#tail.length > 40) this.#tail.shift();
  }
}

/** A promise and what settles it (Node 20 has no `Promise.withResolvers`). */
function latch(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve };
}

function parseLine(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** `answers`, `finish` or `attempts` (a start), from a record's fingerprint (`POST /v1/… {body}`). */
function routeOf(fingerprint: string): string {
  return /^\S+ \/v1\/\S+\/([a-z]+) /.exec(fingerprint)?.[1] ?? fingerprint;
}

/** One statement against the store's database, and how to let go of it. */
interface Inspector {
  query<Row>(text: string): Promise<Row[]>;
  close(): Promise<void>;
}

async function inspect(databaseUrl: string | undefined, dataDir: string): Promise<Inspector> {
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    return { query: async (text) => (await client.query(text)).rows, close: () => client.end() };
  }
  const pglite = await PGlite.create(dataDir);
  return { query: async (text) => (await pglite.query(text)).rows as never, close: () => pglite.close() };
}

/** What the test reads of an attempt record (the engine's `Attempt`, stored as JSON). */
interface StoredAttempt {
  readonly id: string;
  readonly challengeId: string;
  readonly sellerId: string;
  readonly status: string;
  readonly score: number;
  readonly answers: readonly {
    readonly questionId: string;
    readonly response: AnswerResponse;
    readonly points: number;
  }[];
}

/** An answer as the seller sent it. */
interface Sent {
  readonly sellerId: string;
  readonly challengeId: string;
  readonly attemptId: string;
  readonly questionId: string;
  readonly response: AnswerResponse;
  /** Points of the verdict the seller got at once, when the server could be reached. */
  points?: number;
}

describe('crash', () => {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const store = `crash_${process.pid}_${Date.now().toString(36)}`;
  const schema = schemaNameOf(store);
  let folder: string | undefined;
  let server: ServerProcess | undefined;
  const clients: HttpMindshareApi[] = [];

  after(async () => {
    await Promise.all(clients.map((client) => client.close().catch(() => undefined)));
    await server?.kill();
    if (databaseUrl) {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    }
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it(
    `loses no answer and applies none twice through ${KILLS} kills (${SELLERS} sellers × ${CHALLENGES * QUESTIONS} answers)`,
    { timeout: 600_000 },
    async (t) => {
      const began = performance.now();
      folder = await mkdtemp(join(tmpdir(), 'mindshare-crash-'));
      const pack = crashPack(Date.now());
      const directory = crashDirectory();
      const packFile = join(folder, 'pack.json');
      const directoryFile = join(folder, 'directory.json');
      const dataDir = join(folder, 'pgdata');
      await writeFile(packFile, JSON.stringify(pack));
      await writeFile(directoryFile, JSON.stringify(directory));

      // Every setting by flag: none leaks in from the environment of whoever runs the tests.
      const env = { ...process.env };
      for (const setting of SETTINGS) delete env[setting.env];
      server = new ServerProcess(
        [
          ...(databaseUrl ? ['--database-url', databaseUrl] : ['--data-dir', dataDir]),
          ['--store-name', store],
          ['--token-secret', SECRET],
          ['--pack', packFile],
          ['--directory', directoryFile],
          // Throttling is not what this test is about: a 429 would only slow the sellers down.
          ['--rate-limit', '0'],
          ['--log-level', 'info'],
        ].flat(),
        env,
      );
      await server.start(); // port 0: the OS picks one, and every restart takes it again
      const live = server;

      const stats = {
        kills: 0,
        killsUnderLoad: 0,
        requests: 0,
        unanswered: 0,
        retries: 0,
        startConflicts: 0,
        pendingReplies: 0,
        queuedFinishes: 0,
      };
      // The real fetch, counted: every request the clients sent, and those that got no reply.
      const countedFetch = (request: Request) => {
        stats.requests += 1;
        return fetch(request).catch((error: unknown) => {
          stats.unanswered += 1;
          throw error;
        });
      };

      for (const sellerId of sellerIds) {
        const token = await signToken(SECRET, sellerId, { expiresIn: '1h' });
        // Each seller's device store outlives every server restart: the outbox lives there. A store
        // name per seller, as on twenty devices: in one process, clients of one name share one lock.
        clients.push(
          await createHttpClient({
            baseUrl: live.baseUrl,
            token,
            storage: createMemoryStorage(),
            storeName: `crash-outbox-${sellerId}`,
            fetch: countedFetch,
            ...CLIENT_OPTIONS,
          }),
        );
      }

      const loadBegan = performance.now();
      const sent: Sent[] = [];
      let sellersDone = 0;
      let failed = false;
      /** Ends a seller's wait for the server when the server or another seller failed. */
      const stopped = new Error('Stopped: another part of the test failed.');
      const giveUp = () => {
        if (live.died) throw new Error(live.died);
        if (failed) throw stopped;
      };

      /** Starts (or resumes) an attempt, trying again while the server is being killed or restarted. */
      async function startAttempt(client: HttpMindshareApi, challengeId: string): Promise<AttemptView> {
        for (;;) {
          giveUp();
          try {
            return await client.startAttempt(challengeId);
          } catch (error) {
            // Over PostgreSQL, sellers starting one challenge together race on its snapshot and some
            // get 409 MIND_CONFLICT (a server bug, not a crash); each call has a fresh key and the
            // engine resumes a running attempt, so trying again cannot start a second one.
            if (isMindError(error, 'MIND_CONFLICT')) stats.startConflicts += 1;
            else if (isMindError(error) && TRANSIENT.has(error.code)) stats.retries += 1;
            else throw error;
            // Back once the server is: a seller's page would poll; polling twenty pages here would
            // only take the CPU the restarting server needs.
            await Promise.race([live.up(), sleep(1_000)]);
          }
        }
      }

      async function seller(index: number): Promise<void> {
        const sellerId = sellerIds[index]!;
        const client = clients[index]!;
        try {
          for (const challengeId of challengeIds) {
            const attempt = await startAttempt(client, challengeId);
            for (const questionId of attempt.questionIds) {
              const entry: Sent = {
                sellerId,
                challengeId,
                attemptId: attempt.id,
                questionId,
                response: responseOf(sellerId, questionId),
              };
              sent.push(entry);
              const outcome = await client.answer(attempt.id, questionId, entry.response);
              if (outcome.status === 'pending') stats.pendingReplies += 1;
              else entry.points = outcome.points;
            }
            try {
              await client.finishAttempt(attempt.id);
            } catch (error) {
              // Still queued in the outbox: delivered with the next flush, never sent again as new.
              if (!isMindError(error) || !TRANSIENT.has(error.code)) throw error;
              stats.queuedFinishes += 1;
            }
          }
        } catch (error) {
          failed = true;
          throw error;
        } finally {
          sellersDone += 1;
        }
      }

      // Over PostgreSQL, between a kill and the restart: the writes that committed (their record is
      // there) but whose reply died with the process, so the kills are known to hit that window.
      // Not over PGlite: opening its folder between kills would double every restart.
      const cutOff = new Map<string, string>();
      const unrepliedNow =
        databaseUrl &&
        (async () => {
          const db = await inspect(databaseUrl, dataDir);
          try {
            const rows = await db.query<{ value: RequestRecord }>(
              `SELECT value FROM "${schema}"."serverRequests" WHERE NOT value ? 'reply'`,
            );
            return rows.map(({ value }) => [`${value.viewerId}/${value.key}`, routeOf(value.fingerprint)] as const);
          } finally {
            await db.close();
          }
        });

      async function killer(): Promise<void> {
        const roll = seededRandom('crash:killer');
        try {
          while (stats.kills < KILLS) {
            await sleep(100 + Math.floor(roll() * 1_400));
            giveUp();
            if (sellersDone < SELLERS) stats.killsUnderLoad += 1;
            await live.kill();
            stats.kills += 1;
            if (unrepliedNow) for (const [id, route] of await unrepliedNow()) cutOff.set(id, route);
            await sleep(Math.floor(roll() * 200));
            await live.start();
            // As a browser's `online` event does: the outboxes send at once, not after their backoff.
            for (const client of clients) void client.flush().catch(() => undefined);
          }
        } catch (error) {
          failed = true;
          throw error;
        }
      }

      // Every part settles before the test goes on or fails: no restart may race the cleanup.
      const settled = await Promise.allSettled([killer(), ...sellerIds.map((_, index) => seller(index))]);
      const reasons = settled.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
      if (reasons.length > 0) throw reasons.find((reason) => reason !== stopped) ?? reasons[0];
      const loadMs = performance.now() - loadBegan;
      t.diagnostic(
        `load over ${databaseUrl ? 'PostgreSQL' : 'PGlite'}: ${(loadMs / 1000).toFixed(1)} s; ${stats.kills} kills ` +
          `(${stats.killsUnderLoad} while sellers were sending), ${live.starts} starts taking ` +
          `${(live.startMs / 1000).toFixed(1)} s (${(live.startMs / live.starts).toFixed(0)} ms each), ` +
          `${stats.requests} requests sent (${stats.unanswered} without a reply), ${live.requests} served, ` +
          `${live.failures} 5xx, ${stats.retries} retries and ` +
          `${stats.startConflicts} 409s on startAttempt, ${stats.pendingReplies} pending replies, ` +
          `${stats.queuedFinishes} finishes queued`,
      );

      // The server stays up now: every outbox must empty.
      const drainBegan = performance.now();
      for (const client of clients) {
        for (let round = 0; (await client.outbox()).pending.length > 0; round += 1) {
          giveUp();
          assert.ok(round < 100, `${client.viewer.id}: the outbox does not empty`);
          await client.flush();
        }
      }
      // What the server refused after the fact (a 4xx on a queued write): over PostgreSQL, each is
      // matched against the writes a kill cut off between their commit and their reply.
      const refused: string[] = [];
      for (const client of clients) {
        for (const write of (await client.outbox()).refused) {
          const cut = cutOff.has(`${client.viewer.id}/${write.key}`) ? ' (cut off by a kill after its commit)' : '';
          refused.push(`${write.path}: ${write.error.code}${cut}`);
        }
      }
      t.diagnostic(`drain: ${((performance.now() - drainBegan) / 1000).toFixed(1)} s`);
      await Promise.all(clients.map((client) => client.close()));
      clients.length = 0;

      // Straight from the database (PGlite: after a clean stop, since one folder has one opener).
      const checkBegan = performance.now();
      await live.stop();
      const db = await inspect(databaseUrl, dataDir);
      let attempts: StoredAttempt[];
      let records: RequestRecord[];
      let reported: { seller_id: string; answers: number; distinct_answers: number }[];
      try {
        attempts = (await db.query<{ value: StoredAttempt }>(`SELECT value FROM "${schema}".attempts`)).map(
          (row) => row.value,
        );
        records = (await db.query<{ value: RequestRecord }>(`SELECT value FROM "${schema}"."serverRequests"`)).map(
          (row) => row.value,
        );
        reported = await db.query(
          `SELECT seller_id, count(*)::int AS answers, count(DISTINCT (attempt_id, question_id))::int AS distinct_answers FROM "${schema}".report_answers GROUP BY seller_id ORDER BY seller_id`,
        );
      } finally {
        await db.close();
      }

      // Lost: an answer sent that is not stored with its response. Twice: an answer stored again.
      const stored = new Map<string, StoredAttempt>();
      const secondAttempts: string[] = [];
      for (const attempt of attempts) {
        const key = `${attempt.sellerId}/${attempt.challengeId}`;
        if (stored.has(key)) secondAttempts.push(attempt.id);
        stored.set(key, attempt);
      }
      let lost = 0;
      let twice = 0;
      const mismatches: string[] = [];
      for (const entry of sent) {
        const attempt = stored.get(`${entry.sellerId}/${entry.challengeId}`);
        const answers = attempt?.answers.filter((answer) => answer.questionId === entry.questionId) ?? [];
        if (answers.length === 0) lost += 1;
        if (answers.length > 1) twice += answers.length - 1;
        const answer = answers[0];
        if (answer && JSON.stringify(answer.response) !== JSON.stringify(entry.response))
          mismatches.push(`${entry.attemptId} ${entry.questionId}: another response stored`);
        if (answer && entry.points !== undefined && answer.points !== entry.points)
          mismatches.push(
            `${entry.attemptId} ${entry.questionId}: told ${entry.points} points, ${answer.points} stored`,
          );
      }
      const storedAnswers = attempts.reduce((sum, attempt) => sum + attempt.answers.length, 0);

      // The idempotency records: one per queued write, with the reply it gave (a 2xx), none for the
      // same request under two keys (a write the client sent again as new would be one).
      const byRequest = new Map<string, number>();
      for (const record of records) byRequest.set(record.fingerprint, (byRequest.get(record.fingerprint) ?? 0) + 1);
      const queued = records.filter((record) => ['answers', 'finish'].includes(routeOf(record.fingerprint)));
      const underTwoKeys = queued.filter((record) => byRequest.get(record.fingerprint) !== 1);
      const notApplied = queued
        .filter((record) => record.reply?.status !== 200)
        .map((record) => `${record.fingerprint}: ${record.reply?.status ?? 'no reply'} ${record.reply?.body ?? ''}`);
      // A start whose reply died with the process keeps a record without one: the client's next
      // try is a new request (a fresh key) that resumes the attempt, so nobody asks for it again.
      const orphanStarts = records.filter(
        (record) => routeOf(record.fingerprint) === 'attempts' && record.reply === undefined,
      ).length;

      // The replay: the same answers, in the same order, through the engine on its own.
      const scoreMismatches: string[] = [];
      const replayed = await createMindshareHost({
        storage: createMemoryStorage(),
        content: pack,
        directory,
        clock: () => Date.now(),
      });
      try {
        for (const sellerId of sellerIds) {
          const engine = replayed.as({ id: sellerId });
          let replayTotal = 0;
          let storedTotal = 0;
          for (const challengeId of challengeIds) {
            const attempt = await engine.startAttempt(challengeId);
            for (const entry of sent.filter((one) => one.sellerId === sellerId && one.challengeId === challengeId)) {
              await engine.answer(attempt.id, entry.questionId, entry.response);
            }
            const finished = await engine.finishAttempt(attempt.id);
            const original = stored.get(`${sellerId}/${challengeId}`);
            if (original?.status !== 'finished' || original.score !== finished.total)
              scoreMismatches.push(`${attempt.id}: ${original?.status} ${original?.score}, replayed ${finished.total}`);
            replayTotal += finished.total;
            storedTotal += original?.score ?? 0;
          }
          if (storedTotal !== replayTotal) scoreMismatches.push(`${sellerId}: ${storedTotal}, replayed ${replayTotal}`);
        }
      } finally {
        await replayed.close();
      }

      const cutOffByRoute: Record<string, number> = {};
      for (const route of cutOff.values()) cutOffByRoute[route] = (cutOffByRoute[route] ?? 0) + 1;
      t.diagnostic(
        `checked ${sent.length} answers in ${attempts.length} attempts and ${records.length} idempotency records ` +
          `in ${((performance.now() - checkBegan) / 1000).toFixed(1)} s: lost ${lost}, applied twice ${twice}, ` +
          `${scoreMismatches.length} scores unlike their replay, ${refused.length} writes refused; ` +
          `writes cut off between commit and reply: ` +
          `${databaseUrl ? JSON.stringify(cutOffByRoute) : 'not probed over PGlite'}, ` +
          `${orphanStarts} starts left without a reply (their retry was a new request); ` +
          `${((performance.now() - began) / 1000).toFixed(1)} s in all`,
      );

      assert.ok(stats.kills >= KILLS, `${stats.kills} kills`);
      assert.equal(sent.length, SELLERS * CHALLENGES * QUESTIONS, 'answers sent');
      assert.equal(lost, 0, 'answers lost');
      assert.equal(twice, 0, 'answers applied twice');
      assert.equal(storedAnswers, sent.length, 'answers stored in all');
      assert.deepEqual(secondAttempts, [], 'a second attempt at one challenge');
      assert.deepEqual(mismatches, [], 'answers stored unlike what the seller sent or was told');
      assert.deepEqual(
        reported,
        sellerIds
          .toSorted()
          .map((id) => ({ seller_id: id, answers: CHALLENGES * QUESTIONS, distinct_answers: CHALLENGES * QUESTIONS })),
        'report_answers: 200 distinct answers per seller',
      );
      assert.deepEqual(refused, [], 'queued writes the server refused');
      assert.deepEqual(underTwoKeys, [], 'one request applied under two idempotency keys');
      assert.deepEqual(notApplied, [], 'queued writes whose record does not hold a 200');
      assert.equal(queued.length, sent.length + SELLERS * CHALLENGES, 'one record per answer and per finish');
      assert.deepEqual(scoreMismatches, [], 'scores against their replay');
    },
  );
});
