import { isMindError, type StorageAdapter, type StorageSchema } from '@mindshare/core';
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { rejectsWithCode } from '../conformance/assert.js';
import { runConformance } from '../conformance/index.js';
import { createIndexedDbStorage, type IndexedDbStorageOptions } from './index.js';

const schema: StorageSchema = {
  name: 'behaviour',
  version: 1,
  collections: [{ name: 'notes', keyPath: 'id', indexes: [{ name: 'byTopic', keyPath: 'topic' }] }],
};

const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: timed out`)), ms)),
  ]);

// Unique database names per test, remembered so deleteTestDatabases can remove them afterwards.
const created = new Set<string>();
const names = new WeakMap<StorageAdapter, string>();
let counter = 0;

/** A database name no other test uses. */
function uniqueName(prefix = 'mindshare-test'): string {
  const name = `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;
  created.add(name);
  return name;
}

/** A fresh IndexedDB adapter over a new database (persistence not asked, to keep tests quiet). */
function freshIndexedDb(options: IndexedDbStorageOptions = {}): StorageAdapter {
  const name = options.name ?? uniqueName();
  const storage = createIndexedDbStorage({ persist: false, ...options, name });
  names.set(storage, name);
  return storage;
}

/** Another adapter over the database of `previous`. */
function sameIndexedDb(previous: StorageAdapter, options: IndexedDbStorageOptions = {}): StorageAdapter {
  const name = names.get(previous);
  if (name === undefined) throw new Error('sameIndexedDb: not an adapter from freshIndexedDb');
  return freshIndexedDb({ ...options, name });
}

/** Deletes every database the tests created; a deletion still blocked after a while is left behind. */
async function deleteTestDatabases(): Promise<void> {
  const pending = [...created];
  created.clear();
  await Promise.all(
    pending.map(
      (name) =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase(name);
          const timer = setTimeout(resolve, 2000);
          request.onsuccess = request.onerror = () => {
            clearTimeout(timer);
            resolve();
          };
        }),
    ),
  );
}

runConformance({
  name: 'IndexedDB',
  describe,
  it,
  factory: () => freshIndexedDb(),
  reopen: (previous) => sameIndexedDb(previous),
});

describe('IndexedDB adapter: quota', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('a quota failure in the middle of a batch is MIND_STORAGE_FULL and leaves nothing written', async () => {
    const storage = freshIndexedDb();
    await storage.open(schema);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if ((value as { id?: unknown }).id === 'too-big') throw quota();
      return put.call(this, value, key);
    };
    try {
      await rejectsWithCode(
        storage.batch([
          { type: 'put', collection: 'notes', value: { id: 'fits' } },
          { type: 'append-chunk', blobId: 'b', chunk: new Uint8Array([1]) },
          { type: 'put', collection: 'notes', value: { id: 'too-big' } },
        ]),
        'MIND_STORAGE_FULL',
      );
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await storage.count('notes')).to.equal(0);
    expect(await storage.readChunks('b')).to.deep.equal([]);
    await storage.close();
  });
});

describe('IndexedDB adapter: unavailable storage', () => {
  const stubOpen = (name: string) => {
    Object.defineProperty(indexedDB, 'open', {
      configurable: true,
      value: () => {
        throw new DOMException('Access to storage is blocked.', name);
      },
    });
    return () => delete (indexedDB as unknown as { open?: unknown }).open;
  };

  for (const name of ['SecurityError', 'InvalidStateError', 'UnknownError']) {
    it(`open() rejects with MIND_STORAGE_UNAVAILABLE when indexedDB.open throws ${name}`, async () => {
      const restore = stubOpen(name);
      try {
        await rejectsWithCode(freshIndexedDb().open(schema), 'MIND_STORAGE_UNAVAILABLE');
      } finally {
        restore();
      }
    });
  }

  it('a reconnect that fails rejects the first call with MIND_STORAGE_UNAVAILABLE, and the next', async () => {
    const name = uniqueName();
    const storage = freshIndexedDb({ name });
    await storage.open(schema);
    await storage.put('notes', { id: 'n1' });
    // Deleting the database from elsewhere closes this connection (versionchange).
    await new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve));
    const restore = stubOpen('SecurityError');
    try {
      await rejectsWithCode(storage.get('notes', 'n1'), 'MIND_STORAGE_UNAVAILABLE', 'first call');
      await rejectsWithCode(storage.put('notes', { id: 'n2' }), 'MIND_STORAGE_UNAVAILABLE', 'second call');
    } finally {
      restore();
    }
    expect(await storage.get('notes', 'n1'), 'reopened over the recreated, empty database').to.equal(undefined);
    await storage.close();
  });
});

describe('IndexedDB adapter: other connections', () => {
  it('goes on by itself when the other connection abandons its upgrade', async () => {
    const name = uniqueName();
    const storage = freshIndexedDb({ name });
    await storage.open(schema);
    await storage.put('notes', { id: 'n1' });
    // The other tab asks for version 2, then its upgrade aborts (the tab closed, a failed step).
    // idb's `done` of the aborted upgrade rejects too; caught so the page sees no stray rejection.
    const abandoned = await openDB(name, 2, {
      upgrade: (_db, _old, _new, transaction) => {
        transaction.done.catch(() => undefined);
        transaction.abort();
      },
    }).catch((error: unknown) => error);
    expect(abandoned).to.be.instanceOf(DOMException);
    const first = await storage.get('notes', 'n1').catch((error: unknown) => error);
    expect(isMindError(first, 'MIND_STALE'), 'refused at once while the upgrade was pending').to.equal(true);
    // The probe finds the database still at version 1: calls work again (the test's timeout bounds
    // the wait), nothing lost.
    let after = first;
    while (isMindError(after, 'MIND_STALE')) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = await storage.get('notes', 'n1').catch((error: unknown) => error);
    }
    expect(after).to.deep.equal({ id: 'n1' });
    await storage.put('notes', { id: 'n2' });
    expect(await storage.get('notes', 'n2')).to.deep.equal({ id: 'n2' });
    await storage.close();
  });

  it('closes on versionchange so another connection can upgrade; later calls fail with MIND_STALE until reopened', async () => {
    const name = uniqueName();
    const storage = freshIndexedDb({ name });
    await storage.open(schema);
    await storage.put('notes', { id: 'n1' });
    const newer = await within(
      openDB(name, 2, { upgrade: (db) => void db.createObjectStore('extra') }),
      3000,
      'the upgrade in another connection',
    );
    expect([...newer.objectStoreNames]).to.include('extra');
    newer.close();
    // Issue 14, item 5: an old tab must learn it is out of date, not lose a write to a vague failure.
    const stale = await storage.get('notes', 'n1').catch((error: unknown) => error);
    expect(isMindError(stale, 'MIND_STALE'), String(stale)).to.equal(true);
    expect((stale as Error).message)
      .to.contain('version 2')
      .and.to.contain('reload');
    await rejectsWithCode(storage.put('notes', { id: 'n2' }), 'MIND_STALE', 'a write after the upgrade');
    await storage.open({ ...schema, version: 2 });
    expect(await storage.get('notes', 'n1'), 'reopened at the new version').to.deep.equal({ id: 'n1' });
    await storage.close();
  });

  it('reopens transparently after another connection deleted the database', async () => {
    const name = uniqueName();
    const storage = freshIndexedDb({ name });
    await storage.open(schema);
    await storage.put('notes', { id: 'n1' });
    await within(new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve)), 3000, 'the deletion');
    await storage.put('notes', { id: 'n2', topic: 't' });
    expect(await storage.query('notes', { index: 'byTopic' })).to.deep.equal([{ id: 'n2', topic: 't' }]);
    await storage.close();
  });

  it('calls onBlocked while an older connection that does not close holds the database', async () => {
    const name = uniqueName();
    const stubborn = await openDB(name, 1);
    let blocked = 0;
    const storage = freshIndexedDb({ name, onBlocked: () => blocked++ });
    const opening = storage.open({ ...schema, version: 2 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(blocked).to.equal(1);
    stubborn.close();
    await within(opening, 3000, 'open after the old connection closed');
    await storage.put('notes', { id: 'n1' });
    await storage.close();
  });

  it('upgrades a store with data from an older schema version', async () => {
    const v1 = freshIndexedDb();
    await v1.open(schema);
    await v1.batch([
      { type: 'put', collection: 'notes', value: { id: 'a', topic: 'x', rank: 2 } },
      { type: 'put', collection: 'notes', value: { id: 'b', topic: 'y', rank: 1 } },
    ]);
    const v2 = sameIndexedDb(v1);
    await v2.open({
      ...schema,
      version: 2,
      collections: [
        { name: 'notes', keyPath: 'id', indexes: [{ name: 'byRank', keyPath: 'rank' }] },
        { name: 'tags', keyPath: 'name' },
      ],
    });
    expect((await v2.query<{ id: string }>('notes', { index: 'byRank' })).map((note) => note.id)).to.deep.equal([
      'b',
      'a',
    ]);
    await rejectsWithCode(v2.query('notes', { index: 'byTopic' }), 'MIND_NOT_FOUND');
    await v2.put('tags', { name: 't' });
    await rejectsWithCode(v1.get('notes', 'a'), 'MIND_STALE', 'the v1 instance after the upgrade');
    await v1.close();
    await v2.close();
  });
});

describe('IndexedDB adapter: persistence and blobs', () => {
  const stubPersist = () => {
    let calls = 0;
    Object.defineProperty(navigator.storage, 'persist', {
      configurable: true,
      value: () => (calls++, Promise.reject(new Error('refused'))),
    });
    return {
      calls: () => calls,
      restore: () => delete (navigator.storage as unknown as { persist?: unknown }).persist,
    };
  };

  it('asks navigator.storage.persist() once, after the first non-empty write', async () => {
    const stub = stubPersist();
    try {
      const storage = freshIndexedDb({ persist: true });
      await storage.open(schema);
      await storage.get('notes', 'x');
      await storage.batch([]);
      expect(stub.calls(), 'before any write').to.equal(0);
      await storage.put('notes', { id: 'n1' });
      await storage.put('notes', { id: 'n2' });
      expect(stub.calls(), 'after two writes').to.equal(1);
      await storage.close();
      const quiet = freshIndexedDb({ persist: false });
      await quiet.open(schema);
      await quiet.put('notes', { id: 'n1' });
      expect(stub.calls(), 'with persist: false').to.equal(1);
      await quiet.close();
    } finally {
      stub.restore();
    }
  });

  it('writes with relaxed durability unless told strict, and refuses any other value naming the option', async () => {
    const asked: (string | undefined)[] = [];
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
      if (args[1] === 'readwrite') asked.push(args[2]?.durability);
      return transaction.apply(this, args);
    };
    try {
      for (const durability of [undefined, 'strict'] as const) {
        const storage = freshIndexedDb(durability ? { durability } : {});
        await storage.open(schema);
        await storage.put('notes', { id: 'n1' });
        expect(await storage.get('notes', 'n1')).to.deep.equal({ id: 'n1' });
        await storage.close();
      }
    } finally {
      IDBDatabase.prototype.transaction = transaction;
    }
    expect(asked).to.deep.equal(['relaxed', 'strict']);
    expect(() => createIndexedDbStorage({ durability: 'eventually' as 'strict' }))
      .to.throw('durability must be "relaxed" or "strict"')
      .with.property('path')
      .that.deep.equals(['durability']);
  });

  it('keeps Blob chunks as Blobs with their type and bytes, in order', async () => {
    const storage = freshIndexedDb();
    await storage.open(schema);
    const first = new Blob(['chunk one'], { type: 'video/webm' });
    const second = new Blob([new Uint8Array([0, 1, 254, 255])], { type: 'video/webm' });
    await storage.batch([{ type: 'append-chunk', blobId: 'rec', chunk: first }]);
    await storage.batch([{ type: 'append-chunk', blobId: 'rec', chunk: second }]);
    const chunks = await storage.readChunks('rec');
    expect(chunks.every((chunk) => chunk instanceof Blob)).to.equal(true);
    expect((chunks[0] as Blob).type).to.equal('video/webm');
    const media = new Blob(chunks as Blob[], { type: 'video/webm' });
    const bytes = new Uint8Array(await media.arrayBuffer());
    expect([...bytes.slice(-4)]).to.deep.equal([0, 1, 254, 255]);
    expect(await new Blob([bytes.slice(0, 9)]).text()).to.equal('chunk one');
    await storage.close();
  });

  it('refuses a schema IndexedDB cannot represent with MIND_INVALID_INPUT', async () => {
    const storage = freshIndexedDb();
    const bad = { ...schema, collections: [{ name: '$chunks', keyPath: 'id' }] };
    const error = await storage.open(bad).catch((caught: unknown) => caught);
    expect(isMindError(error, 'MIND_INVALID_INPUT')).to.equal(true);
  });
});

after(deleteTestDatabases);
