/**
 * How long an engine call may run before the quiz shows that it is busy (its buttons disabled): a
 * quicker call shows its outcome in one update, without a busy state flashing for a frame first.
 */
const BUSY_AFTER_MS = 100;

/**
 * Holds the host's updates while engine calls run, until the last one settles or for
 * `BUSY_AFTER_MS` at most: the busy flag, the new state, the timer's start and whatever else a call
 * changes then show in one update rather than one each.
 */
export class UpdateHold {
  #calls = 0;
  #held: { readonly until: Promise<void>; readonly release: () => void } | undefined;

  /** What the host's update waits for, while held. */
  get until(): Promise<void> | undefined {
    return this.#held?.until;
  }

  /** A call begins: the first of several holds the updates. */
  begin(): void {
    if (this.#calls++ === 0) this.#hold();
  }

  /** A call settled: the last one releases the updates. */
  end(): void {
    if (--this.#calls === 0) this.#held?.release();
  }

  #hold(): void {
    let resolve = () => {};
    const until = new Promise<void>((done) => (resolve = done));
    const release = () => {
      clearTimeout(timeout);
      if (this.#held?.until === until) this.#held = undefined;
      resolve();
    };
    const timeout = setTimeout(release, BUSY_AFTER_MS);
    this.#held = { until, release };
  }
}
