import type { StorageSchema } from '@mindshare/core';

/** One record of the `items` collection of {@link baseSchema}. */
export interface Item {
  id: string | number;
  group?: unknown;
  rank?: number;
  tags?: unknown;
  email?: unknown;
  [field: string]: unknown;
}

/**
 * The schema most tests open: a collection with every kind of index, one with a compound primary
 * key, and one whose keys the tests choose freely to check IndexedDB ordering.
 */
export const baseSchema: StorageSchema = {
  name: 'conformance',
  version: 1,
  collections: [
    {
      name: 'items',
      keyPath: 'id',
      indexes: [
        { name: 'byGroup', keyPath: 'group' },
        { name: 'byTags', keyPath: 'tags', multiEntry: true },
        { name: 'byEmail', keyPath: 'email', unique: true },
        { name: 'byGroupRank', keyPath: ['group', 'rank'] },
      ],
    },
    { name: 'pairs', keyPath: ['a', 'b'] },
    { name: 'keys', keyPath: 'k' },
  ],
};

/** {@link baseSchema} at another version with other collections, for upgrade tests. */
export const withVersion = (version: number, collections: StorageSchema['collections']): StorageSchema => ({
  ...baseSchema,
  version,
  collections,
});

/** The primary keys of records read back, to compare orders compactly. */
export const idsOf = (records: readonly { id?: unknown }[]): unknown[] => records.map((record) => record.id);
