export { VERSION } from './version.js';
export { MindError, isMindError, MIND_ERROR_CODES } from './errors/mind-error.js';
export type { MindErrorCode, MindErrorOptions } from './errors/mind-error.js';
export { Subscribable } from './events/subscribable.js';
export type { Listener } from './events/subscribable.js';
export { createMemoryStorage } from './storage/memory-storage.js';
export type { MemoryStorageOptions } from './storage/memory-storage.js';
export { createMemoryDatabase } from './storage/memory-database.js';
export type { MemoryDatabase } from './storage/memory-database.js';
export { compareKeys, isStorageKey } from './storage/storage-key.js';
export type { StorageKey, KeyPath } from './storage/storage-key.js';
export type {
  StorageAdapter,
  StorageSchema,
  CollectionSchema,
  IndexSchema,
  QueryOptions,
  KeyRange,
  BatchOperation,
  BinaryChunk,
  BlobLike,
  StorageChange,
  StorageSupports,
} from './storage/storage-adapter.js';
export { registerStorage, createStorage, registeredStorages } from './storage/storage-registry.js';
export type { StorageFactory, StorageFactoryOptions } from './storage/storage-registry.js';
