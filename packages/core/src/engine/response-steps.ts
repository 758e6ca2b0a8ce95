import type { BatchOperation } from '../storage/storage-adapter.js';
import { changeClaim } from './challenge-operations.js';
import { COLLECTIONS } from './engine-schema.js';
import { responseId } from './response-id.js';
import type { OpenQuestionResponse } from './stored-records.schema.js';

// What holds when a seller answers again while their answer is being marked handled:
// - on one engine (a browser, one server process) both run in the seller's queue
//   (`host.exclusive`), so the mark reads either the old answer or the new one, never writes
//   between;
// - across processes sharing one store, each write `add`s the claim of the step it read
//   (`response-<step>` in `attemptSteps`) beside the record. Of two writes from the same read one
//   commits and the other fails with MIND_CONFLICT: a seller's answer reads again and is written,
//   a mark reads again and changes nothing if the answer it read was replaced.

/** The step an answer was read at: 0 when none is stored, or it was stored before steps were counted. */
export const stepOf = (stored: OpenQuestionResponse | undefined): number => stored?.step ?? 0;

/**
 * The writes of `value` over `stored` (as read): the record, one step on, and the claim of the
 * step read.
 */
export function responseWrites(
  stored: OpenQuestionResponse | undefined,
  value: Omit<OpenQuestionResponse, 'step'>,
): BatchOperation[] {
  const step = stepOf(stored);
  return [
    changeClaim(responseId(value.nuggetId, value.sellerId), value.sellerId, `response-${step}`),
    { type: 'put', collection: COLLECTIONS.responses, value: { ...value, step: step + 1 } },
  ];
}
