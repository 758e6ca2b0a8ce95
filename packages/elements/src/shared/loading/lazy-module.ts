import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';

/**
 * A lazily loaded chunk of an element's views, imported on demand (`load()`), with a retry: a
 * failed import (offline before the chunk was cached) keeps its error for the view to show beside
 * a retry button, and only `retry()` imports again. `load()` may be called on every update: after
 * a failure it does nothing, or each failed import's re-render would import again, without end. The element passes the `import('./…')` itself, so
 * the bundler still sees the literal path and makes the chunk.
 */
export class LazyModule<M> {
  readonly #task: Task<[], M>;

  constructor(host: ReactiveControllerHost, load: () => Promise<M>) {
    this.#task = new Task(host, { task: load, args: () => [], autoRun: false });
  }

  /** Starts the import the first time; afterwards it is under way, done or failed (see {@link retry}). */
  load(): void {
    if (this.#task.status === TaskStatus.INITIAL) void this.#task.run();
  }

  /** Imports again after a failure (the person pressed Try again); starts it if never started. */
  retry(): void {
    const { status } = this.#task;
    if (status === TaskStatus.INITIAL || status === TaskStatus.ERROR) void this.#task.run();
  }

  /** The module, once imported. */
  get module(): M | undefined {
    return this.#task.status === TaskStatus.COMPLETE ? this.#task.value : undefined;
  }

  /** Whether the last import failed (and no retry is under way). */
  get failed(): boolean {
    return this.#task.status === TaskStatus.ERROR;
  }

  /** Why the last import failed; kept while a retry runs, cleared once an import succeeds. */
  get error(): unknown {
    return this.#task.error;
  }
}
