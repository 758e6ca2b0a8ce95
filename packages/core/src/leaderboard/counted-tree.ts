import { compareKeys } from './leaderboard-entry.js';

/*
 * An order-statistic ("counted") B+-tree over keys (score, completedAt, sellerId) in listing order,
 * stored struct-of-arrays in typed-array pools rather than as one object per node.
 *
 * Why this shape: at a million rows an update costs cache misses, not comparisons (one miss is
 * ~250 ns on a small cloud VM). A treap or a skip list follows ~30 scattered pointers per
 * operation. This tree is 4 levels deep at 1 M rows, its top levels stay in cache, and a node is
 * found by arithmetic (`node * stride`) in a pool instead of through an object and an array
 * header, so reaching a leaf's scores costs one miss instead of three.
 *
 * Every inner slot keeps the row count of its child, so "how many rows come before key K" and "the
 * row at position P" are one root-to-leaf descent: O(log n). Leaves are doubly linked, so walking
 * the listing from any row is O(1) per row.
 */

const NONE = -1;
const INITIAL_LEAF_SLOTS = 8;
const EMPTY_INTS = new Int32Array(0);
const EMPTY_FLOATS = new Float64Array(0);
const PATH_NODES = new Int32Array(64);
const PATH_IDX = new Int32Array(64);
const NEW_PATH_NODES = new Int32Array(64);
const NEW_PATH_IDX = new Int32Array(64);

/** A position in a leaf: `leaf` index and `index` within it. */
export interface TreeCursor {
  leaf: number;
  index: number;
}

/**
 * The tree. Node indices are pool slots; a node at depth `height - 1` is a leaf, above it inner.
 * Not exported from the package: {@link Ranking} is the API.
 */
export class CountedTree {
  /** Most keys per leaf and children per inner node. */
  readonly max: number;
  /** Fewest before a node borrows from or merges with a sibling: a quarter, so a row moving back and forth across a boundary does not split and merge the same node every time. */
  readonly min: number;
  /** Slots per node: one more than `max`, so a node can overflow by one before it splits. */
  readonly stride: number;

  size = 0;
  root = 0;
  /** Levels; 1 means the root is a leaf. */
  height = 1;

  // Leaf pool.
  leafScores: Float64Array;
  leafTimes: Float64Array;
  leafIds: string[] = [];
  leafLength: Int32Array;
  leafNext: Int32Array;
  leafPrev: Int32Array;
  #leafCount = 0;
  readonly #freeLeaves: number[] = [];

  // Inner pool. `sep*[node*stride + i]` (i ≥ 1) is a lower bound of child i and a strict upper
  // bound of child i-1. Bounds may go stale after removals (the row they copied is gone) yet stay
  // valid, so a removal never rewrites ancestors. Slot 0 is not used for routing.
  innerChildren: Int32Array;
  innerCounts: Float64Array;
  innerSepScores: Float64Array;
  innerSepTimes: Float64Array;
  innerSepIds: string[] = [];
  innerLength: Int32Array;
  #innerCount = 0;
  readonly #freeInners: number[] = [];

  // The last descent, reused so updates allocate nothing.
  // (Shared by all trees: operations are synchronous and never re-enter, and a leaderboard index
  // holds one tree per team, so per-tree scratch would add up.)
  readonly #pathNodes = PATH_NODES;
  readonly #pathIdx = PATH_IDX;
  readonly #newPathNodes = NEW_PATH_NODES;
  readonly #newPathIdx = NEW_PATH_IDX;

  constructor(branching: number) {
    this.max = branching;
    this.min = Math.max(2, branching >>> 2);
    this.stride = branching + 1;
    // Start tiny and grow: an index keeps a tree per team, most of them a few rows in one leaf.
    this.leafScores = new Float64Array(INITIAL_LEAF_SLOTS);
    this.leafTimes = new Float64Array(INITIAL_LEAF_SLOTS);
    pushBlanks(this.leafIds, INITIAL_LEAF_SLOTS);
    this.leafLength = new Int32Array(1);
    this.leafNext = new Int32Array(1);
    this.leafPrev = new Int32Array(1);
    this.innerChildren = EMPTY_INTS;
    this.innerCounts = EMPTY_FLOATS;
    this.innerSepScores = EMPTY_FLOATS;
    this.innerSepTimes = EMPTY_FLOATS;
    this.innerLength = EMPTY_INTS;
    this.#leafCount = 1;
    this.root = 0;
    this.leafNext[0] = NONE;
    this.leafPrev[0] = NONE;
  }

  /**
   * Builds the tree from rows already in listing order, nodes three-quarters full (room for the
   * first updates without a wave of splits) with sizes spread evenly so none starts underfull.
   */
  static fromSorted(
    branching: number,
    length: number,
    scoreAt: (i: number) => number,
    timeAt: (i: number) => number,
    idAt: (i: number) => string,
  ): CountedTree {
    const tree = new CountedTree(branching);
    if (length === 0) return tree;
    if (length <= branching) {
      // One leaf, sized to its rows: most boards of an index are a handful of teammates.
      if (length > tree.leafScores.length) tree.#growLeafSlots(length);
      for (let i = 0; i < length; i++) {
        tree.leafScores[i] = scoreAt(i);
        tree.leafTimes[i] = timeAt(i);
        tree.leafIds[i] = idAt(i);
      }
      tree.leafLength[0] = length;
      tree.size = length;
      return tree;
    }
    const fill = Math.max(2, Math.floor((branching * 3) / 4));
    const leafChunks = evenChunks(length, fill);
    tree.#freeLeaves.length = 0;
    tree.#leafCount = 0;
    let level: number[] = [];
    let counts: number[] = [];
    let firstKeys: number[] = []; // index into the input of each node's first row
    let previous = NONE;
    for (const [start, end] of leafChunks) {
      const leaf = tree.#newLeaf();
      const base = leaf * tree.stride;
      for (let i = start; i < end; i++) {
        tree.leafScores[base + i - start] = scoreAt(i);
        tree.leafTimes[base + i - start] = timeAt(i);
        tree.leafIds[base + i - start] = idAt(i);
      }
      tree.leafLength[leaf] = end - start;
      tree.leafPrev[leaf] = previous;
      tree.leafNext[leaf] = NONE;
      if (previous !== NONE) tree.leafNext[previous] = leaf;
      previous = leaf;
      level.push(leaf);
      counts.push(end - start);
      firstKeys.push(start);
    }
    let height = 1;
    while (level.length > 1) {
      const parents: number[] = [];
      const parentCounts: number[] = [];
      const parentFirstKeys: number[] = [];
      for (const [start, end] of level.length <= branching
        ? [[0, level.length] as const]
        : evenChunks(level.length, fill)) {
        const node = tree.#newInner();
        const base = node * tree.stride;
        let total = 0;
        for (let i = start; i < end; i++) {
          const first = firstKeys[i]!;
          tree.innerChildren[base + i - start] = level[i]!;
          tree.innerCounts[base + i - start] = counts[i]!;
          tree.innerSepScores[base + i - start] = scoreAt(first);
          tree.innerSepTimes[base + i - start] = timeAt(first);
          tree.innerSepIds[base + i - start] = idAt(first);
          total += counts[i]!;
        }
        tree.innerLength[node] = end - start;
        parents.push(node);
        parentCounts.push(total);
        parentFirstKeys.push(firstKeys[start]!);
      }
      level = parents;
      counts = parentCounts;
      firstKeys = parentFirstKeys;
      height++;
    }
    tree.root = level[0]!;
    tree.height = height;
    tree.size = length;
    return tree;
  }

  /** How many keys come before the key (its 0-based position when present). */
  countBefore(score: number, time: number, id: string): number {
    let node = this.root;
    let before = 0;
    for (let depth = this.height - 1; depth > 0; depth--) {
      const base = node * this.stride;
      const i = this.#routeByKey(base, this.innerLength[node]!, score, time, id);
      for (let j = base; j < base + i; j++) before += this.innerCounts[j]!;
      node = this.innerChildren[base + i]!;
    }
    return before + this.#leafLowerBound(node, score, time, id);
  }

  /** How many keys have a score strictly above `score`. */
  countAbove(score: number): number {
    let node = this.root;
    let above = 0;
    const sepScores = this.innerSepScores;
    for (let depth = this.height - 1; depth > 0; depth--) {
      const base = node * this.stride;
      // The last child whose bound's score is higher: it holds the first row scoring ≤ score.
      let lo = 1;
      let hi = this.innerLength[node]!;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sepScores[base + mid]! > score) lo = mid + 1;
        else hi = mid;
      }
      const i = lo - 1;
      for (let j = base; j < base + i; j++) above += this.innerCounts[j]!;
      node = this.innerChildren[base + i]!;
    }
    const base = node * this.stride;
    const scores = this.leafScores;
    let lo = 0;
    let hi = this.leafLength[node]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (scores[base + mid]! > score) lo = mid + 1;
      else hi = mid;
    }
    return above + lo;
  }

  /** Points `cursor` at the row at 0-based `position` (which must be < size). */
  locate(position: number, cursor: TreeCursor): void {
    let node = this.root;
    let rest = position;
    for (let depth = this.height - 1; depth > 0; depth--) {
      let j = node * this.stride;
      while (rest >= this.innerCounts[j]!) rest -= this.innerCounts[j++]!;
      node = this.innerChildren[j]!;
    }
    cursor.leaf = node;
    cursor.index = rest;
  }

  insert(score: number, time: number, id: string): void {
    let node = this.root;
    const height = this.height;
    for (let depth = 0; depth < height - 1; depth++) {
      const base = node * this.stride;
      const i = this.#routeByKey(base, this.innerLength[node]!, score, time, id);
      this.innerCounts[base + i]! += 1;
      this.#pathNodes[depth] = node;
      this.#pathIdx[depth] = i;
      node = this.innerChildren[base + i]!;
    }
    const at = this.#leafLowerBound(node, score, time, id);
    const base = node * this.stride;
    const length = this.leafLength[node]!;
    // Only a lone root leaf can outgrow its slots: later leaves get a full stride each.
    if (base + length >= this.leafScores.length) this.#growLeafSlots(base + length + 1);
    const scores = this.leafScores;
    const times = this.leafTimes;
    const ids = this.leafIds;
    // Plain loops: for the few dozen slots of a leaf they beat the call overhead of copyWithin.
    for (let j = base + length; j > base + at; j--) {
      scores[j] = scores[j - 1]!;
      times[j] = times[j - 1]!;
      ids[j] = ids[j - 1]!;
    }
    this.leafScores[base + at] = score;
    this.leafTimes[base + at] = time;
    ids[base + at] = id;
    this.leafLength[node] = length + 1;
    this.size++;
    if (length + 1 > this.max) this.#splitLeaf(node, height - 1);
  }

  /** Removes a key that is present. */
  delete(score: number, time: number, id: string): void {
    let node = this.root;
    const height = this.height;
    for (let depth = 0; depth < height - 1; depth++) {
      const base = node * this.stride;
      const i = this.#routeByKey(base, this.innerLength[node]!, score, time, id);
      this.innerCounts[base + i]! -= 1;
      this.#pathNodes[depth] = node;
      this.#pathIdx[depth] = i;
      node = this.innerChildren[base + i]!;
    }
    const at = this.#leafLowerBound(node, score, time, id);
    const base = node * this.stride;
    const length = this.leafLength[node]! - 1;
    const scores = this.leafScores;
    const times = this.leafTimes;
    const ids = this.leafIds;
    for (let j = base + at; j < base + length; j++) {
      scores[j] = scores[j + 1]!;
      times[j] = times[j + 1]!;
      ids[j] = ids[j + 1]!;
    }
    ids[base + length] = ''; // drop the reference
    this.leafLength[node] = length;
    this.size--;
    if (height > 1 && length < this.min) this.#rebalanceLeaf(height - 1);
  }

  /**
   * Moves a present key to a new key in one pass when that needs no split or merge (the common
   * case), and returns whether it did; otherwise it changes nothing and the caller deletes then
   * inserts. The two descents run side by side so that the two leaves' cache misses overlap
   * instead of queueing one after the other: that is most of an update's cost at 1 M rows.
   */
  tryMove(score: number, time: number, id: string, newScore: number, newTime: number, newId: string): boolean {
    const height = this.height;
    const stride = this.stride;
    const pathNodes = this.#pathNodes;
    const pathIdx = this.#pathIdx;
    const newPathNodes = this.#newPathNodes;
    const newPathIdx = this.#newPathIdx;
    let from = this.root;
    let to = this.root;
    for (let depth = 0; depth < height - 1; depth++) {
      const i = this.#routeByKey(from * stride, this.innerLength[from]!, score, time, id);
      const j = this.#routeByKey(to * stride, this.innerLength[to]!, newScore, newTime, newId);
      pathNodes[depth] = from;
      pathIdx[depth] = i;
      newPathNodes[depth] = to;
      newPathIdx[depth] = j;
      from = this.innerChildren[from * stride + i]!;
      to = this.innerChildren[to * stride + j]!;
    }
    const fromLength = this.leafLength[from]!;
    const toLength = this.leafLength[to]!;
    if (from !== to && ((height > 1 && fromLength - 1 < this.min) || toLength + 1 > this.max)) return false;

    // Both leaf searches in one loop, step by step, for the same reason as above.
    const scores = this.leafScores;
    const times = this.leafTimes;
    const ids = this.leafIds;
    const fromBase = from * stride;
    const toBase = to * stride;
    let lo = 0;
    let hi = fromLength;
    let newLo = 0;
    let newHi = toLength;
    while (lo < hi || newLo < newHi) {
      if (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const at = fromBase + mid;
        const rowScore = scores[at]!;
        const before =
          rowScore !== score ? rowScore > score : compareKeys(rowScore, times[at]!, ids[at]!, score, time, id) < 0;
        if (before) lo = mid + 1;
        else hi = mid;
      }
      if (newLo < newHi) {
        const mid = (newLo + newHi) >>> 1;
        const at = toBase + mid;
        const rowScore = scores[at]!;
        const before =
          rowScore !== newScore
            ? rowScore > newScore
            : compareKeys(rowScore, times[at]!, ids[at]!, newScore, newTime, newId) < 0;
        if (before) newLo = mid + 1;
        else newHi = mid;
      }
    }
    for (let depth = 0; depth < height - 1; depth++) {
      this.innerCounts[pathNodes[depth]! * stride + pathIdx[depth]!]! -= 1;
      this.innerCounts[newPathNodes[depth]! * stride + newPathIdx[depth]!]! += 1;
    }
    // Remove from `from`, then insert into `to` (in the same leaf, the slot shifts if it was after).
    let end = fromBase + fromLength - 1;
    for (let k = fromBase + lo; k < end; k++) {
      scores[k] = scores[k + 1]!;
      times[k] = times[k + 1]!;
      ids[k] = ids[k + 1]!;
    }
    ids[end] = '';
    this.leafLength[from] = fromLength - 1;
    const insertAt = toBase + (from === to && newLo > lo ? newLo - 1 : newLo);
    end = toBase + this.leafLength[to]!;
    for (let k = end; k > insertAt; k--) {
      scores[k] = scores[k - 1]!;
      times[k] = times[k - 1]!;
      ids[k] = ids[k - 1]!;
    }
    scores[insertAt] = newScore;
    times[insertAt] = newTime;
    ids[insertAt] = newId;
    this.leafLength[to] = this.leafLength[to]! + 1;
    return true;
  }

  #routeByKey(base: number, length: number, score: number, time: number, id: string): number {
    const scores = this.innerSepScores;
    let lo = 1;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = base + mid;
      const sepScore = scores[at]!;
      const notAfter =
        sepScore !== score
          ? sepScore > score
          : compareKeys(sepScore, this.innerSepTimes[at]!, this.innerSepIds[at]!, score, time, id) <= 0;
      if (notAfter) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  #leafLowerBound(leaf: number, score: number, time: number, id: string): number {
    const base = leaf * this.stride;
    const scores = this.leafScores;
    let lo = 0;
    let hi = this.leafLength[leaf]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = base + mid;
      const rowScore = scores[at]!;
      const before =
        rowScore !== score
          ? rowScore > score
          : compareKeys(rowScore, this.leafTimes[at]!, this.leafIds[at]!, score, time, id) < 0;
      if (before) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #newLeaf(): number {
    const reused = this.#freeLeaves.pop();
    if (reused !== undefined) return reused;
    const leaf = this.#leafCount++;
    if (leaf >= this.leafLength.length) {
      const capacity = this.leafLength.length * 2;
      this.leafLength = grownInts(this.leafLength, capacity);
      this.leafNext = grownInts(this.leafNext, capacity);
      this.leafPrev = grownInts(this.leafPrev, capacity);
    }
    if ((leaf + 1) * this.stride > this.leafScores.length) this.#growLeafSlots((leaf + 1) * this.stride);
    this.leafLength[leaf] = 0;
    return leaf;
  }

  #growLeafSlots(atLeast: number): void {
    const slots = Math.max(atLeast, this.leafScores.length * 2);
    this.leafScores = grownFloats(this.leafScores, slots);
    this.leafTimes = grownFloats(this.leafTimes, slots);
    pushBlanks(this.leafIds, slots - this.leafIds.length);
  }

  #newInner(): number {
    const reused = this.#freeInners.pop();
    if (reused !== undefined) return reused;
    const node = this.#innerCount++;
    if (node >= this.innerLength.length) {
      const capacity = Math.max(2, this.innerLength.length * 2);
      this.innerChildren = grownInts(this.innerChildren, capacity * this.stride);
      this.innerCounts = grownFloats(this.innerCounts, capacity * this.stride);
      this.innerSepScores = grownFloats(this.innerSepScores, capacity * this.stride);
      this.innerSepTimes = grownFloats(this.innerSepTimes, capacity * this.stride);
      pushBlanks(this.innerSepIds, capacity * this.stride - this.innerSepIds.length);
      this.innerLength = grownInts(this.innerLength, capacity);
    }
    this.innerLength[node] = 0;
    return node;
  }

  /** Copies `count` rows between leaf slots (same leaf allowed, overlapping ranges handled). */
  #moveRows(from: number, to: number, count: number): void {
    this.leafScores.copyWithin(to, from, from + count);
    this.leafTimes.copyWithin(to, from, from + count);
    const ids = this.leafIds;
    if (to < from) for (let k = 0; k < count; k++) ids[to + k] = ids[from + k]!;
    else for (let k = count - 1; k >= 0; k--) ids[to + k] = ids[from + k]!;
  }

  /** Copies `count` child slots between inner slots (same node allowed, overlapping ranges handled). */
  #moveChildren(from: number, to: number, count: number): void {
    this.innerChildren.copyWithin(to, from, from + count);
    this.innerCounts.copyWithin(to, from, from + count);
    this.innerSepScores.copyWithin(to, from, from + count);
    this.innerSepTimes.copyWithin(to, from, from + count);
    const ids = this.innerSepIds;
    if (to < from) for (let k = 0; k < count; k++) ids[to + k] = ids[from + k]!;
    else for (let k = count - 1; k >= 0; k--) ids[to + k] = ids[from + k]!;
  }

  #splitLeaf(leaf: number, depth: number): void {
    const right = this.#newLeaf();
    const length = this.leafLength[leaf]!;
    const mid = length >>> 1;
    const leftBase = leaf * this.stride;
    const rightBase = right * this.stride;
    this.#moveRows(leftBase + mid, rightBase, length - mid);
    for (let j = leftBase + mid; j < leftBase + length; j++) this.leafIds[j] = '';
    this.leafLength[leaf] = mid;
    this.leafLength[right] = length - mid;
    const next = this.leafNext[leaf]!;
    this.leafNext[right] = next;
    if (next !== NONE) this.leafPrev[next] = right;
    this.leafPrev[right] = leaf;
    this.leafNext[leaf] = right;
    this.#addSibling(
      depth,
      leaf,
      right,
      mid,
      length - mid,
      this.leafScores[rightBase]!,
      this.leafTimes[rightBase]!,
      this.leafIds[rightBase]!,
    );
  }

  #splitInner(node: number, depth: number): void {
    const right = this.#newInner();
    const length = this.innerLength[node]!;
    const mid = length >>> 1;
    const leftBase = node * this.stride;
    const rightBase = right * this.stride;
    this.#moveChildren(leftBase + mid, rightBase, length - mid);
    this.innerLength[node] = mid;
    this.innerLength[right] = length - mid;
    this.#addSibling(
      depth,
      node,
      right,
      this.#sumCounts(node),
      this.#sumCounts(right),
      this.innerSepScores[rightBase]!,
      this.innerSepTimes[rightBase]!,
      this.innerSepIds[rightBase]!,
    );
  }

  /** Puts `right` just after `left` (at `depth` of the last path) in their parent, growing a new root when `left` was the root. */
  #addSibling(
    depth: number,
    left: number,
    right: number,
    leftCount: number,
    rightCount: number,
    sepScore: number,
    sepTime: number,
    sepId: string,
  ): void {
    if (depth === 0) {
      const root = this.#newInner();
      const base = root * this.stride;
      this.innerChildren[base] = left;
      this.innerCounts[base] = leftCount;
      this.innerSepScores[base] = Number.POSITIVE_INFINITY;
      this.innerSepTimes[base] = Number.NEGATIVE_INFINITY;
      this.innerSepIds[base] = '';
      this.innerChildren[base + 1] = right;
      this.innerCounts[base + 1] = rightCount;
      this.innerSepScores[base + 1] = sepScore;
      this.innerSepTimes[base + 1] = sepTime;
      this.innerSepIds[base + 1] = sepId;
      this.innerLength[root] = 2;
      this.root = root;
      this.height++;
      return;
    }
    const parent = this.#pathNodes[depth - 1]!;
    const i = this.#pathIdx[depth - 1]!;
    const base = parent * this.stride;
    const length = this.innerLength[parent]!;
    this.#moveChildren(base + i + 1, base + i + 2, length - i - 1);
    this.innerCounts[base + i] = leftCount;
    this.innerChildren[base + i + 1] = right;
    this.innerCounts[base + i + 1] = rightCount;
    this.innerSepScores[base + i + 1] = sepScore;
    this.innerSepTimes[base + i + 1] = sepTime;
    this.innerSepIds[base + i + 1] = sepId;
    this.innerLength[parent] = length + 1;
    if (length + 1 > this.max) this.#splitInner(parent, depth - 1);
  }

  /** Refills the leaf at the end of the last path (`depth` inner levels down) from a sibling. */
  #rebalanceLeaf(depth: number): void {
    const parent = this.#pathNodes[depth - 1]!;
    const i = this.#pathIdx[depth - 1]!;
    const parentBase = parent * this.stride;
    // A non-root inner node has ≥ min ≥ 2 children and the root ≥ 2, so a sibling exists.
    const li = i > 0 ? i - 1 : 0;
    const left = this.innerChildren[parentBase + li]!;
    const right = this.innerChildren[parentBase + li + 1]!;
    const leftBase = left * this.stride;
    const rightBase = right * this.stride;
    const leftLength = this.leafLength[left]!;
    const rightLength = this.leafLength[right]!;
    const total = leftLength + rightLength;
    if (total <= this.max) {
      this.#moveRows(rightBase, leftBase + leftLength, rightLength);
      for (let j = rightBase; j < rightBase + rightLength; j++) this.leafIds[j] = '';
      this.leafLength[left] = total;
      this.leafLength[right] = 0;
      const next = this.leafNext[right]!;
      this.leafNext[left] = next;
      if (next !== NONE) this.leafPrev[next] = left;
      this.#freeLeaves.push(right);
      this.innerCounts[parentBase + li] = total;
      this.#removeChild(parent, li + 1);
      this.#rebalanceInner(depth - 1);
      return;
    }
    const half = total >>> 1;
    if (leftLength > half) {
      const k = leftLength - half;
      this.#moveRows(rightBase, rightBase + k, rightLength);
      this.#moveRows(leftBase + half, rightBase, k);
      for (let j = leftBase + half; j < leftBase + leftLength; j++) this.leafIds[j] = '';
    } else {
      const k = half - leftLength;
      this.#moveRows(rightBase, leftBase + leftLength, k);
      this.#moveRows(rightBase + k, rightBase, rightLength - k);
      for (let j = rightBase + rightLength - k; j < rightBase + rightLength; j++) this.leafIds[j] = '';
    }
    this.leafLength[left] = half;
    this.leafLength[right] = total - half;
    this.innerCounts[parentBase + li] = half;
    this.innerCounts[parentBase + li + 1] = total - half;
    this.innerSepScores[parentBase + li + 1] = this.leafScores[rightBase]!;
    this.innerSepTimes[parentBase + li + 1] = this.leafTimes[rightBase]!;
    this.innerSepIds[parentBase + li + 1] = this.leafIds[rightBase]!;
  }

  /** Fixes the inner node at `depth` of the last path after it lost a child. */
  #rebalanceInner(depth: number): void {
    const node = depth === 0 ? this.root : this.#pathNodes[depth]!;
    const length = this.innerLength[node]!;
    if (depth === 0) {
      if (length === 1) {
        this.root = this.innerChildren[node * this.stride]!;
        this.height--;
        this.#freeInners.push(node);
      }
      return;
    }
    if (length >= this.min) return;
    const parent = this.#pathNodes[depth - 1]!;
    const i = this.#pathIdx[depth - 1]!;
    const parentBase = parent * this.stride;
    const li = i > 0 ? i - 1 : 0;
    const left = this.innerChildren[parentBase + li]!;
    const right = this.innerChildren[parentBase + li + 1]!;
    const leftBase = left * this.stride;
    const rightBase = right * this.stride;
    const leftLength = this.innerLength[left]!;
    const rightLength = this.innerLength[right]!;
    const total = leftLength + rightLength;
    // The parent's bound for `right` is the authoritative one; right's own slot 0 may be unused.
    this.innerSepScores[rightBase] = this.innerSepScores[parentBase + li + 1]!;
    this.innerSepTimes[rightBase] = this.innerSepTimes[parentBase + li + 1]!;
    this.innerSepIds[rightBase] = this.innerSepIds[parentBase + li + 1]!;
    if (total <= this.max) {
      this.#moveChildren(rightBase, leftBase + leftLength, rightLength);
      this.innerLength[left] = total;
      this.innerLength[right] = 0;
      this.#freeInners.push(right);
      this.innerCounts[parentBase + li] = this.innerCounts[parentBase + li]! + this.innerCounts[parentBase + li + 1]!;
      this.#removeChild(parent, li + 1);
      this.#rebalanceInner(depth - 1);
      return;
    }
    const half = total >>> 1;
    if (leftLength > half) {
      const k = leftLength - half;
      this.#moveChildren(rightBase, rightBase + k, rightLength);
      this.#moveChildren(leftBase + half, rightBase, k);
    } else {
      const k = half - leftLength;
      this.#moveChildren(rightBase, leftBase + leftLength, k);
      this.#moveChildren(rightBase + k, rightBase, rightLength - k);
    }
    this.innerLength[left] = half;
    this.innerLength[right] = total - half;
    this.innerCounts[parentBase + li] = this.#sumCounts(left);
    this.innerCounts[parentBase + li + 1] = this.#sumCounts(right);
    this.innerSepScores[parentBase + li + 1] = this.innerSepScores[rightBase]!;
    this.innerSepTimes[parentBase + li + 1] = this.innerSepTimes[rightBase]!;
    this.innerSepIds[parentBase + li + 1] = this.innerSepIds[rightBase]!;
  }

  #removeChild(node: number, i: number): void {
    const base = node * this.stride;
    const length = this.innerLength[node]!;
    this.#moveChildren(base + i + 1, base + i, length - i - 1);
    this.innerSepIds[base + length - 1] = '';
    this.innerLength[node] = length - 1;
  }

  #sumCounts(node: number): number {
    const base = node * this.stride;
    let total = 0;
    for (let j = base; j < base + this.innerLength[node]!; j++) total += this.innerCounts[j]!;
    return total;
  }
}

function pushBlanks(array: string[], count: number): void {
  for (let k = 0; k < count; k++) array.push('');
}

function grownFloats(array: Float64Array, length: number): Float64Array {
  const grown = new Float64Array(length);
  grown.set(array);
  return grown;
}

function grownInts(array: Int32Array, length: number): Int32Array {
  const grown = new Int32Array(length);
  grown.set(array);
  return grown;
}

function evenChunks(length: number, fill: number): (readonly [number, number])[] {
  const chunkCount = Math.ceil(length / fill);
  const chunks: (readonly [number, number])[] = [];
  for (let c = 0; c < chunkCount; c++) {
    chunks.push([Math.floor((c * length) / chunkCount), Math.floor(((c + 1) * length) / chunkCount)] as const);
  }
  return chunks;
}
