import { MindError } from '../errors/mind-error.js';
import { CountedTree } from './counted-tree.js';
import type { TreeCursor } from './counted-tree.js';
import { assertLeaderboardEntry, compareEntries } from './leaderboard-entry.js';
import { SellerSlots } from './seller-slots.js';
import type { LeaderboardEntry, RankedEntry } from './leaderboard-entry.js';

/*
 * Why an order-statistic B+-tree (see counted-tree.ts) and not a treap, a skip list or a Fenwick tree:
 * - At a million sellers an operation costs cache misses, not comparisons. A treap or a skip list
 *   follows ~30 scattered pointers per operation; the counted B+-tree is 4 levels deep at 1 M
 *   rows, its upper levels stay in cache and its nodes live in typed-array pools, so an update
 *   touches a couple of leaves and little else.
 * - A Fenwick tree over score buckets is smaller still, but needs the score universe up front
 *   (scores here are arbitrary finite numbers) and cannot list the rows of a tie in order.
 * rank(seller) is "1 + rows with a strictly higher score": one descent comparing scores only.
 */

/** Most keys in a leaf and most children of an inner node, unless set by {@link RankingOptions}. */
const DEFAULT_BRANCHING = 64;

/** Options of a `Ranking` (internal: one board of the in-memory store). */
export interface RankingOptions {
  /**
   * Most keys per leaf and children per inner node (default 64, at least 4). Only worth changing
   * in tests, where a tiny value makes a few dozen rows exercise every split and merge.
   */
  readonly branching?: number;
}

/**
 * The rows of one leaderboard in listing order (score desc, completedAt asc, sellerId asc), with
 * competition ranks. Every operation is O(log n), listing operations O(log n + rows returned).
 *
 * Iterators from {@link Ranking.entries} and {@link Ranking.entriesBackward} are invalidated by
 * the next `upsert` or `remove`.
 *
 * @example
 * ```ts
 * const ranking = Ranking.from([{ sellerId: 'ana', score: 40, completedAt: 1 }]);
 * ranking.upsert({ sellerId: 'ben', score: 50, completedAt: 2 });
 * ranking.rank('ana'); // 2
 * ```
 */
export class Ranking {
  #tree: CountedTree;
  readonly #sellers = new SellerSlots();
  readonly #cursor: TreeCursor = { leaf: 0, index: 0 };

  /** @throws MindError `MIND_INVALID_INPUT` when `branching` is not an integer ≥ 4. */
  constructor(options: RankingOptions = {}) {
    const branching = options.branching ?? DEFAULT_BRANCHING;
    if (!Number.isInteger(branching) || branching < 4) {
      throw new MindError('MIND_INVALID_INPUT', `branching must be an integer ≥ 4, got ${String(branching)}.`, {
        path: ['branching'],
      });
    }
    this.#tree = new CountedTree(branching);
  }

  /**
   * Builds a ranking from `entries` in O(n log n) (one sort, then a bottom-up bulk load).
   * @throws MindError `MIND_INVALID_INPUT` for a malformed entry or a sellerId given twice.
   */
  static from(entries: Iterable<LeaderboardEntry>, options: RankingOptions = {}): Ranking {
    const ranking = new Ranking(options);
    const rows: LeaderboardEntry[] = [];
    let index = 0;
    for (const entry of entries) {
      assertLeaderboardEntry(entry, [index]);
      if (ranking.#sellers.addUnchecked(entry.sellerId, entry.score, entry.completedAt) === -1) {
        throw new MindError(
          'MIND_INVALID_INPUT',
          `Seller "${entry.sellerId}" appears twice; give one entry per seller.`,
          {
            path: [index, 'sellerId'],
          },
        );
      }
      rows.push(entry);
      index++;
    }
    // Callers that bulk-load many boards sort once and hand each board its rows in order: check
    // in one pass rather than sort again.
    let sorted = true;
    for (let i = 1; i < rows.length && sorted; i++) sorted = compareEntries(rows[i - 1]!, rows[i]!) < 0;
    if (!sorted) rows.sort(compareEntries);
    ranking.#tree = CountedTree.fromSorted(
      ranking.#tree.max,
      rows.length,
      (i) => rows[i]!.score,
      (i) => rows[i]!.completedAt,
      (i) => rows[i]!.sellerId,
    );
    return ranking;
  }

  /** How many sellers are ranked. */
  get size(): number {
    return this.#sellers.size;
  }

  /** The seller's current entry (a fresh frozen object), or `undefined` when they are not ranked. */
  get(sellerId: string): LeaderboardEntry | undefined {
    const slot = this.#sellers.slotOf(sellerId);
    if (slot === -1) return undefined;
    return Object.freeze({ sellerId, score: this.#sellers.score(slot), completedAt: this.#sellers.time(slot) });
  }

  /** Whether the seller is ranked. */
  has(sellerId: string): boolean {
    return this.#sellers.slotOf(sellerId) !== -1;
  }

  /**
   * Adds the seller, or moves them to their new score/completion time. O(log n).
   * @throws MindError `MIND_INVALID_INPUT` for a malformed entry.
   */
  upsert(entry: LeaderboardEntry): void {
    assertLeaderboardEntry(entry);
    const { sellerId: id, score, completedAt } = entry;
    const sellers = this.#sellers;
    const slot = sellers.slotOf(id);
    if (slot === -1) {
      sellers.add(id, score, completedAt);
      this.#tree.insert(score, completedAt, id);
      return;
    }
    const previousScore = sellers.score(slot);
    const previousTime = sellers.time(slot);
    if (previousScore === score && previousTime === completedAt) return;
    sellers.set(slot, score, completedAt);
    if (!this.#tree.tryMove(previousScore, previousTime, id, score, completedAt, id)) {
      this.#tree.delete(previousScore, previousTime, id);
      this.#tree.insert(score, completedAt, id);
    }
  }

  /** Removes the seller. O(log n). @returns whether they were ranked. */
  remove(sellerId: string): boolean {
    const slot = this.#sellers.slotOf(sellerId);
    if (slot === -1) return false;
    this.#tree.delete(this.#sellers.score(slot), this.#sellers.time(slot), sellerId);
    this.#sellers.delete(sellerId, slot);
    return true;
  }

  /** The seller's competition rank (1 + sellers with a strictly higher score), or `undefined`. */
  rank(sellerId: string): number | undefined {
    const slot = this.#sellers.slotOf(sellerId);
    return slot === -1 ? undefined : this.#tree.countAbove(this.#sellers.score(slot)) + 1;
  }

  /** The rank a row with `score` has or would have: 1 + rows with a strictly higher score. O(log n). */
  rankOfScore(score: number): number {
    return this.#tree.countAbove(score) + 1;
  }

  /** The seller's 0-based place in listing order (ties broken by completion, then id), or `undefined`. */
  positionOf(sellerId: string): number | undefined {
    const slot = this.#sellers.slotOf(sellerId);
    return slot === -1
      ? undefined
      : this.#tree.countBefore(this.#sellers.score(slot), this.#sellers.time(slot), sellerId);
  }

  /** The row at 0-based `position` in listing order, or `undefined` past the end. O(log n). */
  at(position: number): RankedEntry | undefined {
    for (const row of this.entries(position)) return row;
    return undefined;
  }

  /** The first `limit` rows. O(log n + limit). */
  top(limit: number): RankedEntry[] {
    return this.slice(0, limit);
  }

  /**
   * The seller's row with up to `radius` rows either side (fewer at the ends of the listing), or
   * `[]` when the seller is not ranked. O(log n + radius).
   */
  around(sellerId: string, radius: number): RankedEntry[] {
    const position = this.positionOf(sellerId);
    if (position === undefined) return [];
    const start = Math.max(0, position - radius);
    return this.slice(start, position + radius + 1 - start);
  }

  /** `count` rows starting at 0-based `start`. O(log n + count). */
  slice(start: number, count: number): RankedEntry[] {
    const rows: RankedEntry[] = [];
    if (count <= 0) return rows;
    for (const row of this.entries(start)) {
      rows.push(row);
      if (rows.length >= count) break;
    }
    return rows;
  }

  /** Rows in listing order from 0-based `start`, with their ranks. O(log n) to start, O(1) amortised per row. */
  *entries(start = 0): Generator<RankedEntry, void, undefined> {
    if (!Number.isInteger(start) || start < 0 || start >= this.size) return;
    const tree = this.#tree;
    tree.locate(start, this.#cursor);
    let leaf = this.#cursor.leaf;
    let i = this.#cursor.index;
    let position = start;
    let previousScore = tree.leafScores[leaf * tree.stride + i]!;
    let rank = start === 0 ? 1 : tree.countAbove(previousScore) + 1;
    while (leaf !== -1) {
      for (; i < tree.leafLength[leaf]!; i++, position++) {
        const at = leaf * tree.stride + i;
        const score = tree.leafScores[at]!;
        if (score !== previousScore) rank = position + 1;
        previousScore = score;
        yield { sellerId: tree.leafIds[at]!, score, completedAt: tree.leafTimes[at]!, rank, position };
      }
      leaf = tree.leafNext[leaf]!;
      i = 0;
    }
  }

  /** Rows in reverse listing order from 0-based `start` down to the first row, with their ranks. */
  *entriesBackward(start: number): Generator<RankedEntry, void, undefined> {
    if (!Number.isInteger(start) || start < 0 || start >= this.size) return;
    const tree = this.#tree;
    tree.locate(start, this.#cursor);
    let leaf = this.#cursor.leaf;
    let i = this.#cursor.index;
    let position = start;
    let rank = 0;
    let previousScore = Number.NaN;
    while (leaf !== -1) {
      for (; i >= 0; i--, position--) {
        const at = leaf * tree.stride + i;
        const score = tree.leafScores[at]!;
        // Walking backwards the tie's first row is not known yet, so ask the tree once per score.
        if (score !== previousScore) rank = tree.countAbove(score) + 1;
        previousScore = score;
        yield { sellerId: tree.leafIds[at]!, score, completedAt: tree.leafTimes[at]!, rank, position };
      }
      leaf = tree.leafPrev[leaf]!;
      if (leaf !== -1) i = tree.leafLength[leaf]! - 1;
    }
  }
}
