import { initialState, Task, TaskStatus } from '@lit/task';
import { RetryLater } from './retry-later.js';
import { unlessAborted } from './unless-aborted.js';
import type { MindshareApi, MindshareChange } from '@mindshare/core';
import type { ReactiveControllerHost } from 'lit';
import type { MindChangeController } from '../base/mind-element.js';

/** A part of the engine a change event names (`pitch`, `mastery`…). */
type ChangeArea = MindshareChange['areas'][number];
/** Where a load stands as its view shows it: waiting, showing the result, or failed (`Failure` names how). */
export type LoadStatus<Failure extends string = 'error'> = 'loading' | 'ready' | Failure;

/** What an {@link ApiTask} loads, and from what. */
export interface ApiTaskConfig<T, Args extends readonly unknown[], Failure extends string> {
  /** The API in use; none while a provider builds the engine, which reads as loading. */
  readonly api: () => MindshareApi | undefined;
  /** What the load depends on besides the API, read in each update: a changed value loads again. */
  readonly args: () => Args;
  /** The call to make. */
  readonly load: (api: MindshareApi, args: Args) => Promise<T>;
  /** Names a failure, e.g. `forbidden` apart from `error` (default: every failure is `error`). */
  readonly failed?: (error: unknown) => Failure;
  /** Whether a quiet reload keeps this result on screen while it runs (default: any result). */
  readonly keeps?: (value: T) => boolean;
  /**
   * Whether new arguments only extend the shown result (more rows of the same board): its load
   * keeps the shown result on screen, as a quiet reload does, instead of showing "Loading…".
   */
  readonly grows?: (shown: Args, next: Args) => boolean;
  /** Called with each answer about to be shown. */
  readonly onComplete?: (value: T) => void;
  /**
   * The change areas the result reads (`pitch`, `mastery`, …): a change event touching one reloads
   * it quietly. A function is read at each event, for a result whose areas follow the element's
   * state (the engagement board also reads `engagement`). The task hears of change events from its
   * host, a `MindElement`.
   */
  readonly reloadOn?: readonly ChangeArea[] | (() => readonly ChangeArea[]);
}

/**
 * Loads what a view shows from the Mindshare API with Lit's `Task`, which runs in the host's update
 * when the API or an argument changed (so changes made together load once) and never lets a slow
 * answer for older arguments overwrite a newer one. On top of it: no API yet reads as loading, a
 * quiet reload (a live update) keeps the shown result until its answer arrives instead of flashing
 * "Loading…", failures are named for the view, an answer arriving after the element left the
 * page is dropped (the element loads again when it comes back, as it missed change events), and a
 * load that failed for want of a connection runs again when the browser says it is back.
 */
export class ApiTask<
  T,
  Args extends readonly unknown[] = [],
  Failure extends string = 'error',
> implements MindChangeController {
  /** The underlying task (`taskComplete` waits for the latest load). */
  readonly task: Task<[MindshareApi | undefined, number, ...Args], T>;
  /**
   * Loads again by itself after a failure for want of a connection, when the connection is back;
   * an element whose error view says "trying again…" also calls `retry.check()` after each update.
   */
  readonly retry: RetryLater;

  readonly #host: ReactiveControllerHost;
  readonly #failed: (error: unknown) => Failure;
  readonly #keeps: (value: T) => boolean;
  readonly #reloadOn: () => readonly ChangeArea[];
  /** Visits to the page after the first: an argument, so coming back loads again. */
  #visit = 0;
  #away = false;
  /** The next run is a quiet one over a shown result. */
  #quiet = false;
  /** The running load keeps the shown result on screen. */
  #keep = false;
  /** A result is on screen (loaded, or kept while a load runs); not after a failure or "Loading…". */
  #showing = false;
  /** No API: the last result is not shown, even while the next load runs. */
  #blank = false;
  /** The arguments of the run under way, and of the result shown: a quiet reload keeps only its own. */
  #running: readonly unknown[] = [];
  #shown: readonly unknown[] | undefined;

  constructor(host: ReactiveControllerHost, config: ApiTaskConfig<T, Args, Failure>) {
    this.#host = host;
    this.#failed = config.failed ?? (() => 'error' as Failure);
    this.#keeps = config.keeps ?? (() => true);
    const reloadOn = config.reloadOn ?? [];
    this.#reloadOn = typeof reloadOn === 'function' ? reloadOn : () => reloadOn;
    host.addController(this);
    this.retry = new RetryLater(
      host,
      () => (this.task.status === TaskStatus.ERROR ? this.task.error : undefined),
      () => void this.reload(),
    );
    this.task = new Task(host, {
      args: () => [config.api(), this.#visit, ...config.args()],
      task: async (all, { signal }) => {
        const [api, , ...args] = all;
        // Task calls this at once when a run starts, so it sees how the run was asked for. A quiet
        // reload whose arguments moved since the shown result (a page turned before the update ran)
        // is a load of something else: the old result must not pass for it.
        const shown = this.#shown;
        this.#keep =
          (this.#quiet && sameArgs(all, shown)) ||
          (this.#showing &&
            shown !== undefined &&
            Object.is(shown[0], api) &&
            config.grows?.(shown.slice(2) as unknown as Args, args as unknown as Args) === true);
        this.#showing = this.#keep;
        this.#quiet = false;
        this.#running = all;
        if (!api) {
          this.#blank = true;
          this.#showing = false;
          return initialState;
        }
        return unlessAborted(signal, () => config.load(api, args as unknown as Args));
      },
      onComplete: (value) => {
        this.#blank = false;
        this.#showing = true;
        this.#shown = this.#running;
        config.onComplete?.(value);
      },
      onError: () => {
        this.#showing = false;
      },
    });
  }

  hostConnected(): void {
    if (!this.#away) return;
    this.#away = false;
    this.#visit++;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#away = true;
    this.task.abort();
  }

  mindshareChanged(change: MindshareChange): void {
    if (this.#reloadOn().some((area) => change.areas.includes(area))) void this.reload(true);
  }

  /** Where the load stands as the view shows it. */
  get status(): LoadStatus<Failure> {
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return 'ready';
      case TaskStatus.ERROR:
        return this.#failed(this.task.error);
      case TaskStatus.PENDING:
        return this.#keep ? 'ready' : 'loading';
      default:
        return 'loading';
    }
  }

  /** The last result (kept while a load runs, none after a failure or without an API). */
  get value(): T | undefined {
    return this.#blank ? undefined : this.task.value;
  }

  /** Why the last load failed. */
  get error(): unknown {
    return this.task.error;
  }

  /**
   * Loads again now (a retry, a live update); resolves when the answer is shown or dropped. A quiet
   * reload over a shown result keeps it on screen until the answer arrives.
   */
  reload(quiet = false): Promise<void> {
    const value = this.value;
    this.#quiet = quiet && this.status === 'ready' && value !== undefined && this.#keeps(value);
    return this.task.run();
  }
}

const sameArgs = (a: readonly unknown[], b: readonly unknown[] | undefined): boolean =>
  b !== undefined && a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
