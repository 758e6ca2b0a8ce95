import { MindError } from '../errors/mind-error.js';
import type { StorageAdapter } from './storage-adapter.js';

/** Options a page passes to a named storage factory (a database name, a base URL…). */
export type StorageFactoryOptions = Readonly<Record<string, unknown>>;

/** Builds an adapter, not yet opened, from options. */
export type StorageFactory = (options: StorageFactoryOptions) => StorageAdapter | Promise<StorageAdapter>;

// The memory store loads only when asked for, so pages over IndexedDB do not carry it.
const factories = new Map<string, StorageFactory>([
  ['memory', async () => (await import('./memory-storage.js')).createMemoryStorage()],
]);

/**
 * Makes a storage adapter available by name, so declarative pages can choose one
 * (`<mind-provider storage="indexeddb">`) without elements importing adapters. The CDN entry
 * registers `indexeddb`; `memory` is always there. Registering a name again replaces it.
 */
export function registerStorage(name: string, factory: StorageFactory): void {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `registerStorage: "${name}" is not a valid name (lowercase letters, digits and dashes).`,
    );
  }
  factories.set(name, factory);
}

/** The names that {@link createStorage} accepts now. */
export function registeredStorages(): string[] {
  return [...factories.keys()].sort();
}

/** Builds the adapter registered under `name`; `MIND_NOT_FOUND` naming the known ones otherwise. */
export async function createStorage(name: string, options: StorageFactoryOptions = {}): Promise<StorageAdapter> {
  const factory = factories.get(name);
  if (!factory) {
    throw new MindError(
      'MIND_NOT_FOUND',
      `No storage named "${name}" is registered (known: ${registeredStorages().join(', ')}). Load the bundle that registers it, or call registerStorage("${name}", factory).`,
    );
  }
  return factory(options);
}
