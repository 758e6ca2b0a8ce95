// What the engine's pitch-review tests share: a sent take, a review, a store that pauses a write.
import type { ReviewInput } from '../pitch/review.schema.js';
import type { BatchOperation, StorageAdapter } from '../storage/storage-adapter.js';
import type { ScenarioWorld } from '../testing/scenario-engine.js';

/** A review of the scenario's `elevator` prompt: top clarity, bottom value. */
export const REVIEW: ReviewInput = {
  scores: [
    { criterionId: 'clarity', score: 5 },
    { criterionId: 'value', score: 1 },
  ],
  comments: [],
  feedback: 'Good.',
};

/** A seller's finished take of `elevator` (30 s, three bytes), with gallery consent when asked. */
export async function sentTake(
  world: ScenarioWorld,
  sellerId: string,
  options: { readonly consent?: boolean } = {},
): Promise<string> {
  const seller = await world.as(sellerId);
  const session = await seller.startRecording('elevator', {
    mimeType: 'video/webm',
    ...(options.consent ? { consent: true } : {}),
  });
  await session.append(new Uint8Array([1, 2, 3]));
  await session.finish({ durationMs: 30_000 });
  return session.recordingId;
}

/**
 * `storage` whose next batch writing to `collection` waits until `open()` once armed: a process
 * paused between its read and its write, to let a concurrent write land in between.
 */
export function pausing(storage: StorageAdapter, collection: string) {
  const batch = storage.batch.bind(storage);
  let pause: { reached: () => void; opened: Promise<void> } | undefined;
  Object.assign(storage, {
    batch: async (operations: readonly BatchOperation[]) => {
      const held = pause;
      if (held && operations.some((operation) => 'collection' in operation && operation.collection === collection)) {
        pause = undefined;
        held.reached();
        await held.opened;
      }
      return batch(operations);
    },
  });
  return {
    storage,
    arm() {
      let open!: () => void;
      let reached!: () => void;
      const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
      pause = { reached, opened: new Promise<void>((resolve) => (open = resolve)) };
      return { open, reached: reachedPromise };
    },
  };
}
