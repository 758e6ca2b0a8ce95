import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Remaining times (seconds) at which the timer speaks: five minutes, one minute, 30 and 10 seconds. */
export const TIMER_THRESHOLDS: readonly number[] = [300, 60, 30, 10];

/** Options of {@link TimerController}. */
export interface TimerOptions {
  /** The engine's clock (`api.now()`); the timer never reads `Date.now`. */
  readonly now: () => number | undefined;
  /** Called once when the deadline is reached. */
  readonly onExpire: () => void;
  /** Called when a threshold is crossed, with the seconds left, to announce them. */
  readonly onThreshold: (secondsLeft: number) => void;
  readonly thresholds?: readonly number[];
  /** How often the display is refreshed (ms); tests call {@link TimerController.tick} instead. */
  readonly intervalMs?: number;
}

/**
 * Counts down to an attempt's deadline on the engine's clock. The display refreshes every second,
 * but screen readers hear it only when a threshold is crossed (not every second), and the
 * attempt expires exactly once when the deadline passes.
 */
export class TimerController implements ReactiveController {
  /** Milliseconds left, or `undefined` while no deadline is set. */
  remainingMs: number | undefined;

  #deadline: number | undefined;
  #spoken = Infinity;
  #interval: ReturnType<typeof setInterval> | undefined;
  #expired = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: TimerOptions,
  ) {
    host.addController(this);
  }

  get running(): boolean {
    return this.#deadline !== undefined && !this.#expired;
  }

  /** Starts counting down to `deadline` (epoch ms on the engine's clock). */
  start(deadline: number): void {
    this.stop();
    this.#deadline = deadline;
    this.#expired = false;
    const left = this.#left();
    // Thresholds already behind us (a resumed attempt) are not announced late.
    this.#spoken = Math.min(Infinity, ...this.#thresholds.filter((seconds) => seconds * 1000 >= left));
    this.tick();
    if (!this.#expired) this.#interval = setInterval(() => this.tick(), this.options.intervalMs ?? 1000);
  }

  /** Stops counting (the attempt ended); the display disappears. */
  stop(): void {
    if (this.#interval !== undefined) clearInterval(this.#interval);
    this.#interval = undefined;
    this.#deadline = undefined;
    this.remainingMs = undefined;
  }

  /** Reads the clock once: refreshes the display, announces a crossed threshold, expires at zero. */
  tick(): void {
    if (this.#deadline === undefined || this.#expired) return;
    const left = this.#left();
    const shown = this.remainingMs;
    this.remainingMs = Math.max(0, left);
    if (left <= 0) {
      this.#expired = true;
      if (this.#interval !== undefined) clearInterval(this.#interval);
      this.#interval = undefined;
      this.host.requestUpdate();
      this.options.onExpire();
      return;
    }
    const crossed = this.#thresholds.filter((seconds) => seconds * 1000 >= left && seconds < this.#spoken);
    if (crossed.length > 0) {
      this.#spoken = Math.min(...crossed);
      this.options.onThreshold(Math.ceil(left / 1000));
    }
    // The countdown shows whole seconds: a tick within the second shown changes nothing on screen.
    if (shown === undefined || Math.ceil(shown / 1000) !== Math.ceil(left / 1000)) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.#interval !== undefined) clearInterval(this.#interval);
    this.#interval = undefined;
  }

  hostConnected(): void {
    if (this.#deadline !== undefined && !this.#expired && this.#interval === undefined) {
      this.#interval = setInterval(() => this.tick(), this.options.intervalMs ?? 1000);
    }
  }

  get #thresholds(): readonly number[] {
    return this.options.thresholds ?? TIMER_THRESHOLDS;
  }

  #left(): number {
    return (this.#deadline ?? 0) - (this.options.now() ?? 0);
  }
}
