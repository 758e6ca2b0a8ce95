import type { StorageChange } from '@mindshare/core';

/**
 * Announces committed writes to the other instances over the same database (other tabs, other
 * adapters in this page) through a `BroadcastChannel` named after it. A channel never receives its
 * own messages, which is exactly the port's "not to itself".
 */
export class Announcer {
  readonly #listeners = new Set<(change: StorageChange) => void>();
  #channel: BroadcastChannel | undefined;

  /** Whether this runtime can announce at all. */
  static get supported(): boolean {
    return typeof BroadcastChannel === 'function';
  }

  connect(databaseName: string): void {
    this.disconnect();
    if (!Announcer.supported) return;
    const channel = new BroadcastChannel(`mindshare-storage:${databaseName}`);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data as { collections?: unknown; keys?: unknown } | null;
      const collections = data?.collections;
      if (!Array.isArray(collections) || !collections.every((name) => typeof name === 'string')) return;
      // Keys are passed on only when well formed: a listener without them reads what it needs again.
      const keys = wellFormedKeys(data?.keys, collections);
      const change: StorageChange = keys ? { collections: [...collections], keys } : { collections: [...collections] };
      for (const listener of [...this.#listeners]) listener(change);
    };
    this.#channel = channel;
  }

  disconnect(): void {
    this.#channel?.close();
    this.#channel = undefined;
  }

  announce(change: StorageChange): void {
    if (change.collections.length > 0) this.#channel?.postMessage(change);
  }

  listen(listener: (change: StorageChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

function wellFormedKeys(keys: unknown, collections: readonly string[]): StorageChange['keys'] {
  if (typeof keys !== 'object' || keys === null) return undefined;
  const entries = Object.entries(keys);
  if (!entries.every(([name, list]) => collections.includes(name) && Array.isArray(list))) return undefined;
  return keys as StorageChange['keys'];
}
