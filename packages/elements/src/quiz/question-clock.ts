import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TimerController } from '../shared/timing/timer-controller.js';

/** Seconds left at which a question's own countdown speaks: short limits need short steps. */
export const QUESTION_THRESHOLDS: readonly number[] = [30, 10];

/** The question whose clock runs: a key that changes with each reveal, and its due time. */
export interface ClockedQuestion {
  readonly key: string;
  /** Engine time (epoch ms) after which an answer earns no points (`RedactedQuestion.answerBy`). */
  readonly answerBy: number;
}

/** Options of {@link QuestionClock}. */
export interface QuestionClockOptions {
  /** The engine's clock (`api.now()`). */
  readonly now: () => number | undefined;
  /** The question being answered now, if it has a time limit; read before each render. */
  readonly question: () => ClockedQuestion | undefined;
  /** Speaks the seconds left at a threshold, or `undefined` once time is up. */
  readonly announce: (secondsLeft: number | undefined) => void;
}

/**
 * The countdown of one timed question, on the engine's clock, from the moment the engine revealed
 * it (a reload keeps counting from there). Time running out does not end anything: the engine
 * still takes the answer, for no points, so the seller is told and goes on.
 */
export class QuestionClock implements ReactiveController {
  readonly #timer: TimerController;
  #key: string | undefined;
  #expired = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: QuestionClockOptions,
  ) {
    this.#timer = new TimerController(host, {
      now: options.now,
      thresholds: QUESTION_THRESHOLDS,
      onExpire: () => {
        this.#expired = true;
        options.announce(undefined);
      },
      onThreshold: (seconds) => options.announce(seconds),
    });
    host.addController(this);
  }

  /** Milliseconds left, or `undefined` when no timed question is being answered. */
  get remainingMs(): number | undefined {
    return this.#key === undefined ? undefined : this.#timer.remainingMs;
  }

  /** Whether the question's time ran out (an answer now earns no points). */
  get expired(): boolean {
    return this.#key !== undefined && this.#expired;
  }

  /** Reads the engine's clock now (see `MindQuiz.syncClock`). */
  tick(): void {
    this.#timer.tick();
  }

  // Before each render, so the first frame of a question already shows its countdown.
  hostUpdate(): void {
    const question = this.options.question();
    const key = question && `${question.key}@${question.answerBy}`;
    if (key === this.#key) return;
    this.#key = key;
    this.#expired = false;
    if (question) this.#timer.start(question.answerBy);
    else this.#timer.stop();
  }
}
