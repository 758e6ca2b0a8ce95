/// <reference types="node" />
// One flusher at a time: Web Locks where the runtime has them, an in-process mutex elsewhere.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { randomHex, retryDelay } from './backoff.js';
import { withLock } from './outbox-lock.js';

describe('withLock', () => {
  it('runs tasks of one name one at a time, in order, even when one fails', async () => {
    const log: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await new Promise((resolve) => setImmediate(resolve));
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
      };
    const first = withLock('lock-a', task('1', true));
    const second = withLock('lock-a', task('2'));
    await assert.rejects(first);
    await second;
    assert.deepEqual(log, ['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('uses navigator.locks when the runtime has it', async (t) => {
    const names: string[] = [];
    const navigator = {
      locks: {
        request: <T>(name: string, callback: () => Promise<T>) => {
          names.push(name);
          return callback();
        },
      },
    };
    Object.defineProperty(globalThis, 'navigator', { value: navigator, configurable: true, writable: true });
    t.after(() => {
      Reflect.deleteProperty(globalThis, 'navigator');
    });
    assert.equal(await withLock('mindshare-outbox-x', async () => 42), 42);
    assert.deepEqual(names, ['mindshare-outbox-x']);
  });
});

describe('retryDelay', () => {
  it('stays within [ceiling / 2, ceiling] of a doubling ceiling capped at maxMs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (tries, roll) => {
        const ceiling = Math.min(60_000, 500 * 2 ** (tries - 1));
        const delay = retryDelay(tries, () => roll, 500, 60_000);
        return delay >= Math.floor(ceiling / 2) && delay <= ceiling;
      }),
    );
  });

  it('makes 32-hex-digit keys from the random source', () => {
    let next = 0;
    const key = randomHex(() => (next += 0.1) % 1);
    assert.match(key, /^[0-9a-f]{32}$/);
  });
});
