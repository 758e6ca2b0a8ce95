import { Task, TaskStatus } from '@lit/task';
import type { Catalog, MindshareApi } from '@mindshare/core';
import type { ReactiveControllerHost } from 'lit';

/**
 * The content pack's catalogue (topics and resources) of the API in use, read once per API. A
 * `Task` keyed by the API: a portal swapping APIs never sees the previous API's late answer.
 */
export class CatalogTask {
  readonly #task: Task<[MindshareApi | undefined], Catalog | undefined>;

  constructor(host: ReactiveControllerHost, api: () => MindshareApi | undefined) {
    this.#task = new Task(host, {
      task: async ([api]) => api?.catalog(),
      args: () => [api()],
    });
  }

  /**
   * The catalogue of the API in use: `undefined` while it loads (not the previous API's), or when
   * it cannot be read, so resources stay unlinked and topics show their ids.
   */
  get value(): Catalog | undefined {
    return this.#task.status === TaskStatus.COMPLETE ? this.#task.value : undefined;
  }
}
