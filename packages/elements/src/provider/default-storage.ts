import { registeredStorages } from '@mindshare/core';

// Apart from the engine's loader, so that the package root can export it without the engine.

/** The storage a page gets when it names none: durable when the bundle registered IndexedDB. */
export function defaultStorage(): string {
  return registeredStorages().includes('indexeddb') ? 'indexeddb' : 'memory';
}
