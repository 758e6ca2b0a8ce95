// In-process queues per lock name: the fallback where Web Locks are missing (Node, old browsers).
// Module-level, so two clients in one process over one store still take turns.
const queues = new Map<string, Promise<void>>();

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/**
 * Runs `task` while holding the lock `name`: a Web Lock where the runtime has them (so one tab
 * flushes at a time), else an in-process mutex.
 */
export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  if (locks) return locks.request(name, task);
  const previous = queues.get(name) ?? Promise.resolve();
  const run = previous.then(task);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(name, tail);
  void tail.then(() => {
    if (queues.get(name) === tail) queues.delete(name);
  });
  return run;
}
