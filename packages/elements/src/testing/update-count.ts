import type { LitElement } from 'lit';

/** How many times an element updated since it was watched (or since the last `reset()`). */
export interface UpdateCount {
  readonly count: number;
  reset(): void;
}

/** Counts the updates of `element` from now on: each call of its `updated()`. */
export function countUpdates(element: LitElement): UpdateCount {
  let count = 0;
  const target = element as unknown as { updated(changed: unknown): void };
  const updated = target.updated;
  target.updated = function (this: LitElement, changed: unknown) {
    count++;
    updated.call(this, changed);
  };
  return {
    get count() {
      return count;
    },
    reset() {
      count = 0;
    },
  };
}

/** Resolves once `element` has finished updating and nothing asked it to update again for a while. */
export async function quiet(element: LitElement, ms = 150): Promise<void> {
  do {
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, ms));
  } while (element.isUpdatePending);
}
