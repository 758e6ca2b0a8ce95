import type { StorageAdapter } from '@mindshare/core';
import { runConformance } from '../conformance/index.js';
import { createMemoryDatabase, createMemoryStorage, type MemoryDatabase } from './index.js';

const databases = new WeakMap<StorageAdapter, MemoryDatabase>();
const over = (database: MemoryDatabase) => {
  const storage = createMemoryStorage({ database });
  databases.set(storage, database);
  return storage;
};

// The reference implementation in a real browser: Blob chunks and structured clone as pages have them.
runConformance({
  name: 'memory (browser)',
  describe,
  it,
  factory: () => over(createMemoryDatabase()),
  reopen: (previous) => over(databases.get(previous)!),
});
