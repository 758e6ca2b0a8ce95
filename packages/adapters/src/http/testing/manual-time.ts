import type { Scheduler } from '../http-options.js';
import { MOCK_START } from './mock-pack.js';

interface Timer {
  readonly id: number;
  readonly at: number;
  readonly callback: () => void;
}

// Yields to the event loop so pending promise chains (storage, msw) run before time moves.
const idle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A clock and a scheduler that only move when the test says so, so retries, backoff and request
 * timeouts are deterministic and instant.
 */
export class ManualTime implements Scheduler {
  current: number;
  /** Whether work outside the timers is still running (a request the server is handling). */
  busy: () => boolean = () => false;
  readonly #timers: Timer[] = [];
  #nextId = 1;

  constructor(start = MOCK_START) {
    this.current = start;
  }

  readonly clock = (): number => this.current;

  setTimeout(callback: () => void, delayMs: number): unknown {
    const timer = { id: this.#nextId++, at: this.current + Math.max(0, delayMs), callback };
    this.#timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: unknown): void {
    const index = this.#timers.findIndex((timer) => timer.id === handle);
    if (index >= 0) this.#timers.splice(index, 1);
  }

  /** Timers not yet fired. */
  get pending(): number {
    return this.#timers.length;
  }

  /** Moves the clock to the earliest timer and fires it; `false` when there is none. */
  runNext(): boolean {
    if (this.#timers.length === 0) return false;
    let earliest = 0;
    this.#timers.forEach((timer, index) => {
      if (timer.at < this.#timers[earliest]!.at) earliest = index;
    });
    const [timer] = this.#timers.splice(earliest, 1);
    this.current = Math.max(this.current, timer!.at);
    timer!.callback();
    return true;
  }

  /** Moves the clock by `ms`, firing the timers that fall due on the way. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      await this.drain();
      const due = this.#timers.filter((timer) => timer.at <= target);
      if (due.length === 0) break;
      this.runNext();
    }
    this.current = target;
    await idle();
  }

  /** Lets the system run until nothing is left but timers, without moving the clock. */
  async drain(rounds = 3): Promise<void> {
    for (let round = 0; round < rounds || this.busy(); round += 1) await idle();
  }

  /**
   * Awaits `promise`; whenever everything else is idle, fires the next timer (a request timeout, a
   * retry), so a call waiting on time completes without real waiting.
   */
  async settle<T>(promise: Promise<T>): Promise<T> {
    let done = false;
    const watched = promise.finally(() => {
      done = true;
    });
    watched.catch(() => undefined);
    while (!done) {
      await this.drain();
      if (done) break;
      if (!this.runNext()) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (!done && this.#timers.length === 0) throw new Error('settle: the promise waits on nothing');
      }
    }
    return watched;
  }
}
