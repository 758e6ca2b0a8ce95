/**
 * The in-memory reference adapter, re-exported from the core so integrators find every adapter
 * here. It keeps data as long as its `MemoryDatabase` object lives.
 */
export { createMemoryStorage, createMemoryDatabase, createMemoryLeaderboardStore } from '@mindshare/core';
export type { MemoryStorageOptions, MemoryDatabase, MemoryLeaderboardStoreOptions } from '@mindshare/core';
