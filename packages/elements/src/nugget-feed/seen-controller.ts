import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long an item must stay at least half visible to count as seen, on the API's clock. */
export const SEEN_AFTER_MS = 1000;
/** How often the dwell is checked while an unread item is visible (wall time). */
const CHECK_EVERY_MS = 250;

/** What the controller needs from its element. */
export interface SeenHost {
  readonly root: () => HTMLElement | DocumentFragment;
  /** The API's clock; `undefined` without an API. */
  readonly now: () => number | undefined;
  readonly seen: (nuggetId: string) => void;
}

/**
 * Tells when an unread item has been at least half visible for a second. An
 * `IntersectionObserver` (threshold 0.5) notes when each item came into view; the dwell is
 * measured on the API's clock (never `Date.now`), checked a few times a second while something
 * unread is in view, and on demand with {@link SeenController.check} (tests and portals that
 * move the clock). Items are the host's `[data-unread]` elements with a `data-nugget` id.
 */
export class SeenController implements ReactiveController {
  readonly #since = new Map<string, number>();
  readonly #observed = new Set<Element>();
  #observer: IntersectionObserver | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly element: SeenHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    this.#observer ??= new IntersectionObserver((entries) => this.#intersect(entries), { threshold: 0.5 });
    const unread = new Set(this.element.root().querySelectorAll('[data-unread][data-nugget]'));
    for (const item of this.#observed) {
      if (unread.has(item)) continue;
      this.#observer.unobserve(item);
      this.#observed.delete(item);
      this.#since.delete((item as HTMLElement).dataset.nugget!);
    }
    for (const item of unread) {
      if (this.#observed.has(item)) continue;
      this.#observer.observe(item);
      this.#observed.add(item);
    }
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed.clear();
    this.#since.clear();
    this.#schedule();
  }

  /** Reports every item in view for a second or more by the API's clock. */
  check(): void {
    const now = this.element.now();
    if (now === undefined) return;
    for (const [id, since] of this.#since) {
      if (now - since < SEEN_AFTER_MS) continue;
      this.#since.delete(id);
      this.element.seen(id);
    }
    this.#schedule();
  }

  #intersect(entries: readonly IntersectionObserverEntry[]): void {
    const now = this.element.now();
    for (const entry of entries) {
      const id = (entry.target as HTMLElement).dataset.nugget!;
      if (entry.isIntersecting && entry.intersectionRatio >= 0.5 && now !== undefined) {
        if (!this.#since.has(id)) this.#since.set(id, now);
      } else {
        this.#since.delete(id);
      }
    }
    this.#schedule();
  }

  /** Polls only while an unread item is in view. */
  #schedule(): void {
    if (this.#since.size > 0 && this.#timer === undefined) {
      this.#timer = setInterval(() => this.check(), CHECK_EVERY_MS);
    } else if (this.#since.size === 0 && this.#timer !== undefined) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }
}
