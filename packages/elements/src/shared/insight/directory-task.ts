import { Task, TaskStatus } from '@lit/task';
import type { MindshareApi } from '@mindshare/core';
import type { ReactiveControllerHost } from 'lit';
import { loadDirectory, type InsightDirectory } from './insight-directory.js';

/**
 * The directory a manager view names partners and sellers with: the page's own (`given`), else the
 * API's, read once per API. A `Task` keyed by the API: a portal swapping APIs never sees the
 * previous API's late answer.
 */
export class DirectoryTask {
  readonly #task: Task<[MindshareApi | undefined], InsightDirectory | undefined>;
  readonly #given: () => InsightDirectory | undefined;

  constructor(
    host: ReactiveControllerHost,
    api: () => MindshareApi | undefined,
    given: () => InsightDirectory | undefined,
  ) {
    this.#given = given;
    this.#task = new Task(host, {
      task: async ([api]) => loadDirectory(api),
      // No API to ask while the page gives its own directory: nothing is loaded for nothing.
      args: () => [given() ? undefined : api()],
    });
  }

  /** The page's directory, else the API's: `undefined` while it loads (not the previous API's), so ids show. */
  get value(): InsightDirectory | undefined {
    return this.#given() ?? (this.#task.status === TaskStatus.COMPLETE ? this.#task.value : undefined);
  }
}
