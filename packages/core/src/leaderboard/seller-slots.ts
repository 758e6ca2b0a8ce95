/**
 * Each ranked seller's current score and completion time, found by sellerId. Kept as a map to a
 * small integer slot plus typed arrays rather than a map to entry objects: an update then
 * allocates nothing and writes two numbers in place, where a fresh entry object per update cost
 * ~0.5 µs at 1 M sellers (allocation, promotion, a second map write). Not exported from the package.
 */
export class SellerSlots {
  readonly #slotOf = new Map<string, number>();
  #scores = new Float64Array(4);
  #times = new Float64Array(4);
  readonly #free: number[] = [];
  #used = 0;

  get size(): number {
    return this.#slotOf.size;
  }

  /** The seller's slot, or -1 when they are not ranked. */
  slotOf(sellerId: string): number {
    return this.#slotOf.get(sellerId) ?? -1;
  }

  score(slot: number): number {
    return this.#scores[slot]!;
  }

  time(slot: number): number {
    return this.#times[slot]!;
  }

  set(slot: number, score: number, time: number): void {
    this.#scores[slot] = score;
    this.#times[slot] = time;
  }

  /**
   * Adds a seller who is not ranked yet and returns their slot, or -1 when they already were, in
   * which case the table is left inconsistent: only for a bulk load that then throws. One map
   * write instead of a lookup and a write, which is most of a million-row build.
   */
  addUnchecked(sellerId: string, score: number, time: number): number {
    const size = this.#slotOf.size;
    const slot = this.add(sellerId, score, time);
    return this.#slotOf.size === size ? -1 : slot;
  }

  /** Adds a seller who is not ranked yet and returns their slot. */
  add(sellerId: string, score: number, time: number): number {
    let slot = this.#free.pop();
    if (slot === undefined) {
      slot = this.#used++;
      if (slot >= this.#scores.length) {
        const scores = new Float64Array(this.#scores.length * 2);
        scores.set(this.#scores);
        this.#scores = scores;
        const times = new Float64Array(this.#times.length * 2);
        times.set(this.#times);
        this.#times = times;
      }
    }
    this.#slotOf.set(sellerId, slot);
    this.set(slot, score, time);
    return slot;
  }

  delete(sellerId: string, slot: number): void {
    this.#slotOf.delete(sellerId);
    this.#free.push(slot);
  }
}
