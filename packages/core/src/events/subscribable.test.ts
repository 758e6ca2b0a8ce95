import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Subscribable } from './subscribable.js';

test('listeners receive each emitted value until they unsubscribe', () => {
  const source = new Subscribable<number>();
  const seen: number[] = [];
  const stop = source.subscribe((value) => seen.push(value));
  source.emit(1);
  source.emit(2);
  stop();
  stop();
  source.emit(3);
  assert.deepEqual(seen, [1, 2]);
  assert.equal(source.listenerCount, 0);
});

test('a throwing listener neither silences the others nor is hidden', () => {
  const source = new Subscribable<string>();
  const seen: string[] = [];
  source.subscribe(() => {
    throw new Error('widget bug');
  });
  source.subscribe((value) => seen.push(value));
  assert.throws(() => source.emit('change'), /widget bug/);
  assert.deepEqual(seen, ['change']);
});

test('a listener that unsubscribes another during emit does not skip anyone in that emit', () => {
  const source = new Subscribable<void>();
  let calls = 0;
  let stopSecond = () => {};
  source.subscribe(() => {
    calls++;
    stopSecond();
  });
  stopSecond = source.subscribe(() => {
    calls++;
  });
  source.emit();
  source.emit();
  assert.equal(calls, 3);
});
