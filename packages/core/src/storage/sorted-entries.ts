import { compareKeys, type StorageKey } from './storage-key.js';
import type { KeyRange } from './storage-adapter.js';

/** One entry of an index: the index key and the primary key of the record it points to. */
export interface IndexEntry {
  readonly key: StorageKey;
  readonly primaryKey: StorageKey;
}

const compareEntries = (a: IndexEntry, b: IndexEntry): number =>
  compareKeys(a.key, b.key) || compareKeys(a.primaryKey, b.primaryKey);

/**
 * Index entries kept sorted by (key, primary key) with binary search. Insertion is O(n) in the
 * worst case through `splice`, which is fine for a reference implementation whose job is to be
 * obviously right; reads in a range are O(log n + k).
 */
export class SortedEntries {
  #entries: IndexEntry[] = [];

  get size(): number {
    return this.#entries.length;
  }

  /** The position of the first entry not less than `probe`. */
  #lowerBound(probe: IndexEntry, exclusive: boolean): number {
    let low = 0;
    let high = this.#entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const order = compareEntries(this.#entries[middle]!, probe);
      if (order < 0 || (exclusive && order === 0)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  insert(entry: IndexEntry): void {
    this.#entries.splice(this.#lowerBound(entry, false), 0, entry);
  }

  remove(entry: IndexEntry): void {
    const at = this.#lowerBound(entry, false);
    const found = this.#entries[at];
    if (found && compareEntries(found, entry) === 0) this.#entries.splice(at, 1);
  }

  /** Whether an entry with this index key exists, for another primary key than `except`. */
  hasKey(key: StorageKey, except?: StorageKey): boolean {
    return this.inRange({ only: key }).some(
      (entry) => except === undefined || compareKeys(entry.primaryKey, except) !== 0,
    );
  }

  /** Entries whose key is in `range`, ascending. */
  inRange(range: KeyRange | undefined): IndexEntry[] {
    if (range === undefined) return [...this.#entries];
    const {
      lower,
      upper,
      lowerOpen = false,
      upperOpen = false,
    } = 'only' in range ? { lower: range.only, upper: range.only } : range;
    let start = 0;
    if (lower !== undefined) {
      start = this.#lowerBound({ key: lower, primaryKey: -Infinity }, false);
      while (lowerOpen && start < this.#entries.length && compareKeys(this.#entries[start]!.key, lower) === 0) start++;
    }
    const result: IndexEntry[] = [];
    for (let i = start; i < this.#entries.length; i++) {
      const entry = this.#entries[i]!;
      if (upper !== undefined) {
        const order = compareKeys(entry.key, upper);
        if (order > 0 || (upperOpen && order === 0)) break;
      }
      result.push(entry);
    }
    return result;
  }
}
