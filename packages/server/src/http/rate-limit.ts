/**
 * Requests per viewer per minute, counted in this process (a fixed one-minute window: cheap, and
 * with N processes behind a balancer a viewer gets at most N times the limit, which is what a
 * limit against runaway clients needs). Returns the seconds to wait, or 0 to go on.
 */
export class RateLimit {
  readonly #perMinute: number;
  readonly #clock: () => number;
  #window = 0;
  readonly #counts = new Map<string, number>();

  constructor(perMinute: number, clock: () => number) {
    this.#perMinute = perMinute;
    this.#clock = clock;
  }

  take(viewerId: string): number {
    if (this.#perMinute <= 0) return 0;
    const now = this.#clock();
    const window = Math.floor(now / 60_000);
    if (window !== this.#window) {
      this.#window = window;
      this.#counts.clear();
    }
    const count = (this.#counts.get(viewerId) ?? 0) + 1;
    this.#counts.set(viewerId, count);
    if (count <= this.#perMinute) return 0;
    return Math.max(1, Math.ceil(((window + 1) * 60_000 - now) / 1000));
  }
}
