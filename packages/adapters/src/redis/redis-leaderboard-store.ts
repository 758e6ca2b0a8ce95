import {
  MindError,
  type LeaderboardEntry,
  type LeaderboardStore,
  type LeaderboardWrite,
  type RankedEntry,
} from '@mindshare/core';
import { boardKeys, rebuildKeys, type BoardKeys } from './keys.js';
import { checkBatch, checkCount, checkEntries } from './leaderboard-input.js';
import { ScriptRunner, mapRedisError, type RedisLeaderboardClient } from './redis-connection.js';
import { parseStoredRow, sellerIdOf, sellerKey, storedRow, zsetScore } from './row-encoding.js';
import { LISTING, RANK, SWAP, WRITE } from './scripts.js';

/** Rows per ZADD/HSET while a rebuild fills its keys, and commands in flight at once. */
const REBUILD_CHUNK = 1_000;
const REBUILD_WINDOW = 64;
/**
 * How long a rebuild's keys outlive their last chunk, so a process that dies mid-rebuild leaves
 * nothing for good. Every chunk renews it; the swap removes it.
 */
const REBUILD_TTL_MS = 15 * 60_000;
/**
 * Offsets and radii past this are clamped: no sorted set holds 2⁴⁰ rows, and Lua (which does
 * the around arithmetic) and Redis's integer arguments are exact below it.
 */
const FAR = 2 ** 40;

/** See `createRedisLeaderboardStore` in index.ts. */
export class RedisLeaderboardStore implements LeaderboardStore {
  readonly supports = { shared: true } as const;
  readonly #prefix: string;
  readonly #redis: ScriptRunner;
  #closed = false;

  constructor(client: RedisLeaderboardClient, prefix: string) {
    this.#redis = new ScriptRunner(client);
    this.#prefix = prefix;
  }

  async write(operations: readonly LeaderboardWrite[]): Promise<void> {
    this.#assertOpen();
    const batch = checkBatch(operations);
    if (batch.length === 0) return;
    const keys: string[] = [];
    const pairOf = new Map<string, number>();
    const args: string[] = [];
    for (const operation of batch) {
      let pair = pairOf.get(operation.board);
      if (pair === undefined) {
        const { listing, sellers } = this.#keys(operation.board);
        keys.push(listing, sellers);
        pairOf.set(operation.board, (pair = keys.length / 2));
      }
      if (operation.type === 'upsert') {
        const { sellerId, score, completedAt } = operation.entry;
        args.push(String(pair), sellerKey(sellerId), zsetScore(score), storedRow(score, completedAt));
      } else {
        args.push(String(pair), sellerKey(operation.sellerId), '', '');
      }
    }
    await this.#redis.run(WRITE, keys, args);
  }

  async replace(board: string, entries: readonly LeaderboardEntry[]): Promise<void> {
    this.#assertOpen();
    const target = this.#keys(board, ['board']);
    const rows = checkEntries(entries);
    const built = rebuildKeys(this.#prefix);
    try {
      await this.#fill(built, rows);
      await this.#redis.run(SWAP, [target.listing, target.sellers, built.listing, built.sellers], [rows.length]);
    } catch (error) {
      // Best effort: the keys expire anyway if this fails too.
      await this.#redis.call('replace', 'UNLINK', built.listing, built.sellers).catch(() => undefined);
      throw mapRedisError(error, 'replace');
    }
  }

  async rank(board: string, sellerId: string): Promise<number | undefined> {
    this.#assertOpen();
    if (!isName(board) || typeof sellerId !== 'string') return undefined;
    const { listing, sellers } = this.#keys(board);
    const rank = await this.#redis.run(RANK, [listing, sellers], [sellerKey(sellerId)]);
    return rank === null ? undefined : Number(rank);
  }

  async page(board: string, offset: number, limit: number): Promise<RankedEntry[]> {
    checkCount(offset, 'offset');
    checkCount(limit, 'limit');
    this.#assertOpen();
    if (!isName(board) || limit === 0 || offset >= FAR) return [];
    const { listing, sellers } = this.#keys(board);
    const stop = offset + Math.min(limit, FAR) - 1;
    return rowsOf(await this.#redis.run(LISTING, [listing, sellers], ['page', offset, stop]));
  }

  async around(board: string, sellerId: string, radius: number): Promise<RankedEntry[]> {
    checkCount(radius, 'radius');
    this.#assertOpen();
    if (!isName(board) || typeof sellerId !== 'string') return [];
    const { listing, sellers } = this.#keys(board);
    const args = ['around', sellerKey(sellerId), Math.min(radius, FAR)];
    return rowsOf(await this.#redis.run(LISTING, [listing, sellers], args));
  }

  async count(board: string): Promise<number> {
    this.#assertOpen();
    if (!isName(board)) return 0;
    return Number(await this.#redis.call('count', 'ZCARD', this.#keys(board).listing));
  }

  /** Marks the store closed. The client is the caller's: it stays connected, for them to quit. */
  async close(): Promise<void> {
    this.#closed = true;
  }

  #keys(board: string, path: readonly (string | number)[] = []): BoardKeys {
    if (!isName(board)) {
      throw new MindError('MIND_INVALID_INPUT', `A board name must be a non-empty string, got ${String(board)}.`, {
        path,
      });
    }
    return boardKeys(this.#prefix, board);
  }

  /** Writes `rows` under the rebuild keys, pipelined: chunks sent without waiting, a window at a time. */
  async #fill(keys: BoardKeys, rows: readonly LeaderboardEntry[]): Promise<void> {
    let inFlight: Promise<unknown>[] = [];
    for (let start = 0; start < rows.length; start += REBUILD_CHUNK) {
      const listing: string[] = [];
      const sellers: string[] = [];
      for (const { sellerId, score, completedAt } of rows.slice(start, start + REBUILD_CHUNK)) {
        const seller = sellerKey(sellerId);
        const row = storedRow(score, completedAt);
        listing.push(zsetScore(score), row.slice(0, 16) + seller);
        sellers.push(seller, row);
      }
      inFlight.push(
        this.#redis.call('replace', 'ZADD', keys.listing, ...listing),
        this.#redis.call('replace', 'HSET', keys.sellers, ...sellers),
        this.#redis.call('replace', 'PEXPIRE', keys.listing, REBUILD_TTL_MS),
        this.#redis.call('replace', 'PEXPIRE', keys.sellers, REBUILD_TTL_MS),
      );
      if (inFlight.length >= REBUILD_WINDOW * 4) {
        await Promise.all(inFlight);
        inFlight = [];
      }
    }
    await Promise.all(inFlight);
  }

  #assertOpen(): void {
    if (this.#closed) throw new MindError('MIND_STORAGE_CLOSED', 'This leaderboard store is closed.');
  }
}

/** Whether `board` can name a board; reads of anything else find an empty one, as in the memory store. */
const isName = (board: unknown): board is string => typeof board === 'string' && board.length > 0;

/** The rows of a LISTING reply: `[start, sellerKey, row, rank, …]`. */
function rowsOf(reply: unknown): RankedEntry[] {
  const flat = reply as (string | number)[];
  const rows: RankedEntry[] = [];
  const start = Number(flat[0]);
  for (let i = 1; i + 2 < flat.length; i += 3) {
    const { score, completedAt } = parseStoredRow(String(flat[i + 1]));
    rows.push({
      sellerId: sellerIdOf(String(flat[i])),
      score,
      completedAt,
      rank: Number(flat[i + 2]),
      position: start + rows.length,
    });
  }
  return rows;
}
