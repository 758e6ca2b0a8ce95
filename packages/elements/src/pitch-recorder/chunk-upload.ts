import type { RecordingSession } from '@mindshare/core';

/**
 * The chunks of one take on their way to the API: each `dataavailable` blob is appended as it
 * arrives, one at a time and in order (the session requires it), and kept for playback.
 * `stored / total` is the upload progress; `drained()` resolves once the last append settled.
 */
export class ChunkUpload {
  total = 0;
  stored = 0;
  readonly #chunks: Blob[] = [];
  #queue: Promise<void> = Promise.resolve();
  #error: unknown;
  #failed = false;

  constructor(
    private readonly session: RecordingSession,
    private readonly changed: () => void,
  ) {}

  /** Sends one chunk after the previous ones; after a failure the take cannot be whole, so stop sending. */
  push(chunk: Blob): void {
    if (chunk.size === 0) return;
    this.#chunks.push(chunk);
    this.total++;
    this.#queue = this.#queue
      .then(() => (this.#failed ? undefined : this.session.append(chunk)))
      .then(
        () => {
          if (!this.#failed) this.stored++;
          this.changed();
        },
        (error: unknown) => {
          this.#failed = true;
          this.#error = error;
        },
      );
    this.changed();
  }

  /** Resolves once every chunk is stored; rejects with the first append's error. */
  async drained(): Promise<void> {
    await this.#queue;
    if (this.#failed) throw this.#error;
  }

  /** The whole take so far, to play it back. */
  blob(type: string): Blob {
    return new Blob(this.#chunks, { type });
  }
}
