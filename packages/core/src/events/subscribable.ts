/** A function called with each emitted value. */
export type Listener<T> = (value: T) => void;

/**
 * The smallest subscribe/unsubscribe primitive: the engine emits change events through it and
 * elements re-render on them. Written here rather than taken from an event-emitter package
 * because it is a dozen lines and the core must stay free of DOM `EventTarget`.
 */
export class Subscribable<T> {
  readonly #listeners = new Set<Listener<T>>();

  /**
   * Calls `listener` with every value emitted from now on.
   * @returns a function that stops the calls; calling it twice is harmless.
   */
  subscribe(listener: Listener<T>): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** How many listeners are subscribed (to start or stop a source only while someone listens). */
  get listenerCount(): number {
    return this.#listeners.size;
  }

  /**
   * Calls every current listener once with `value`. A listener that throws does not stop the
   * others; the first error is rethrown after all have run, so a buggy widget cannot silence its
   * neighbours yet is not hidden either.
   */
  emit(value: T): void {
    let failure: { error: unknown } | undefined;
    for (const listener of [...this.#listeners]) {
      try {
        listener(value);
      } catch (error) {
        failure ??= { error };
      }
    }
    if (failure) throw failure.error;
  }
}
