// Writes the records of 1 000 answers (captured from the engine, see fixtures/answer-batch.mjs) in
// one batch through the IndexedDB adapter of the CDN entry, into a new database; then the same
// records through bare IndexedDB (one transaction, no per-request await) as the floor to compare.
// The writes are puts and adds, and the deletes of superseded learning steps.
import { createIndexedDbStorage } from '../../../packages/elements/dist/mindshare.min.js';

function openBare(schema) {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(`${schema.name}-bare`, 1);
    request.onupgradeneeded = () => {
      for (const collection of schema.collections) {
        const store = request.result.createObjectStore(collection.name, { keyPath: collection.keyPath });
        for (const index of collection.indexes ?? []) {
          store.createIndex(index.name, index.keyPath, { unique: !!index.unique, multiEntry: !!index.multiEntry });
        }
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function writeBare(schema, operations) {
  const db = await openBare(schema);
  try {
    const started = performance.now();
    await new Promise((resolve, reject) => {
      const transaction = db.transaction(
        [...new Set(operations.map((operation) => operation.collection))],
        'readwrite',
      );
      for (const { type, collection, value, key } of operations) {
        const store = transaction.objectStore(collection);
        if (type === 'delete') store.delete(key);
        else store[type](value);
      }
      transaction.oncomplete = resolve;
      transaction.onabort = () => reject(transaction.error);
    });
    return performance.now() - started;
  } finally {
    db.close();
  }
}

/** Both writes, in a new database each; `bareFirst` swaps their order so neither always runs second. */
export async function writeAnswers(bareFirst = false) {
  const { schema, answers, operations } = await (await fetch('/bench/data/answer-batch.json')).json();
  const bareMs = bareFirst ? await writeBare(schema, operations) : undefined;
  const storage = createIndexedDbStorage({ name: schema.name });
  await storage.open(schema);
  try {
    const started = performance.now();
    await storage.batch(operations);
    const ms = performance.now() - started;
    const steps = await storage.count('attemptSteps');
    return {
      ms,
      bareMs: bareMs ?? (await writeBare(schema, operations)),
      answers,
      operations: operations.length,
      steps,
    };
  } finally {
    await storage.close();
  }
}
