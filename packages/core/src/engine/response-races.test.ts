import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryDatabase, type MemoryDatabase } from '../storage/memory-database.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import type { StorageAdapter } from '../storage/storage-adapter.js';
import { scenarioDirectory } from '../testing/scenario-pack.js';
import { seededRandom, testClock, type TestClock } from '../testing/scenario-engine.js';
import { createMindshareHost } from './create-host.js';
import { ownedPack } from './responses.fixtures.js';
import { heldRead } from '../storage/held-read.fixtures.js';

// A seller answers again while the question's owner marks their previous answer handled: the
// newer answer must survive, unhandled, whichever write lands last, on one engine or two.

const ID = 'n-objections~s-anna';
const MINUTE = 60_000;

const heldReads = (storage: StorageAdapter) => heldRead(storage, 'responses');

function openHost(database: MemoryDatabase, clock: TestClock, storage = createMemoryStorage({ database })) {
  return createMindshareHost({
    storage,
    content: ownedPack(),
    directory: scenarioDirectory(),
    clock: clock.now,
    random: seededRandom(1),
  });
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

test('on one engine, an answer given while the previous one is being marked handled stays, unhandled', async () => {
  const database = createMemoryDatabase();
  const clock = testClock();
  const gate = heldReads(createMemoryStorage({ database }));
  const host = await openHost(database, clock, gate.storage);
  const anna = host.as({ id: 's-anna' });
  const coach = host.as({ id: 'coach-camille' });
  await anna.respond('n-objections', 'Price.');
  await coach.responses(); // the module is loaded: nothing but storage stands between read and write
  clock.advance(MINUTE);

  gate.arm();
  const marking = coach.markResponseHandled(ID, true);
  await gate.reading;
  const answering = anna.respond('n-objections', 'Price, and support hours.');
  await tick(); // time enough for the answer to be written, were it not queued behind the mark
  gate.release();
  const [marked] = await Promise.all([marking, answering]);

  assert.deepEqual([marked.text, marked.handled], ['Price.', true], 'the mark is of the answer it read');
  const [entry] = await coach.responses();
  assert.deepEqual([entry!.text, entry!.handled, entry!.at], ['Price, and support hours.', false, clock.now()]);
  await host.close();
});

test('across processes, a mark made from an answer replaced meanwhile changes nothing and returns the new one', async () => {
  const database = createMemoryDatabase();
  const clock = testClock();
  const gate = heldReads(createMemoryStorage({ database }));
  const owners = await openHost(database, clock, gate.storage);
  const sellers = await openHost(database, clock);
  const coach = owners.as({ id: 'coach-camille' });
  const anna = sellers.as({ id: 's-anna' });
  await anna.respond('n-objections', 'Price.');
  await coach.responses();
  clock.advance(MINUTE);

  gate.arm();
  const marking = coach.markResponseHandled(ID, true);
  await gate.reading; // the coach's process has read "Price."
  await anna.respond('n-objections', 'Price, and support hours.');
  gate.release();
  const marked = await marking;

  assert.deepEqual([marked.text, marked.handled], ['Price, and support hours.', false]);
  for (const api of [coach, sellers.as({ id: 'mgr-marc' })]) {
    const [entry] = await api.responses();
    assert.deepEqual([entry!.text, entry!.handled], ['Price, and support hours.', false]);
  }
  await Promise.all([owners.close(), sellers.close()]);
});

test('across processes, an answer read before a mark committed is written after it, unhandled', async () => {
  const database = createMemoryDatabase();
  const clock = testClock();
  const gate = heldReads(createMemoryStorage({ database }));
  const owners = await openHost(database, clock);
  const sellers = await openHost(database, clock, gate.storage);
  const coach = owners.as({ id: 'coach-camille' });
  const anna = sellers.as({ id: 's-anna' });
  await anna.respond('n-objections', 'Price.');
  await coach.responses();
  clock.advance(MINUTE);

  gate.arm();
  const answering = anna.respond('n-objections', 'Price, and support hours.');
  await gate.reading; // the seller's process has read the open "Price."
  assert.equal((await coach.markResponseHandled(ID, true)).handled, true);
  gate.release();
  await answering;

  const [entry] = await coach.responses();
  assert.deepEqual([entry!.text, entry!.handled, entry!.handledBy], ['Price, and support hours.', false, undefined]);
  // Marking the new answer works as ever: the steps claimed before do not stand in its way.
  assert.equal((await coach.markResponseHandled(ID, true)).handled, true);
  assert.equal((await coach.markResponseHandled(ID, false)).handled, false);
  assert.equal((await coach.markResponseHandled(ID, true)).handled, true);
  await Promise.all([owners.close(), sellers.close()]);
});
