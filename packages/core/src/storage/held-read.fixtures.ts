import type { StorageAdapter } from './storage-adapter.js';

/**
 * Storage whose next read (`get`) in `collection`, once armed, holds its result until `release()`:
 * the read is done and its caller waits, so a test can let another process's write land between a
 * read and the write that follows it. `reading` resolves when the held read has happened.
 */
export function heldRead(storage: StorageAdapter, collection: string) {
  let armed = false;
  let held = (): void => {};
  let release = (): void => {};
  const reading = new Promise<void>((resolve) => (held = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const wrapped = new Proxy(storage, {
    get(target, property) {
      if (property === 'get') {
        return async (name: string, key: never) => {
          const value = await target.get(name, key);
          if (armed && name === collection) {
            armed = false;
            held();
            await released;
          }
          return value;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { storage: wrapped, arm: () => (armed = true), reading, release };
}
