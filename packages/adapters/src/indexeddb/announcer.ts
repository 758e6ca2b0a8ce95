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
      const collections = (event.data as { collections?: unknown } | null)?.collections;
      if (!Array.isArray(collections) || !collections.every((name) => typeof name === 'string')) return;
      for (const listener of [...this.#listeners]) listener({ collections: [...collections] });
    };
    this.#channel = channel;
  }

  disconnect(): void {
    this.#channel?.close();
    this.#channel = undefined;
  }

  announce(collections: readonly string[]): void {
    if (collections.length > 0) this.#channel?.postMessage({ collections: [...collections] });
  }

  listen(listener: (change: StorageChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
