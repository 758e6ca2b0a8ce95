/// <reference types="node" />
// The conformance kit under node:test against the in-memory reference adapter.
import { describe, it } from 'node:test';
import type { StorageAdapter } from '@mindshare/core';
import { runConformance } from '../conformance/index.js';
import { createMemoryDatabase, createMemoryStorage, type MemoryDatabase } from './index.js';

const databases = new WeakMap<StorageAdapter, MemoryDatabase>();

runConformance({
  name: 'memory',
  describe,
  it,
  factory: () => {
    const database = createMemoryDatabase();
    const storage = createMemoryStorage({ database });
    databases.set(storage, database);
    return storage;
  },
  reopen: (previous) => {
    const database = databases.get(previous)!;
    const storage = createMemoryStorage({ database });
    databases.set(storage, database);
    return storage;
  },
});
