// Recording a seller's counted actions (issue 17): one activity record per action, written in the
// same batch as the action itself, so the action and its points stand or fall together.
import type { ActivityKind } from '../engagement/engagement.schema.js';
import { pointsFor } from '../engagement/engagement.schema.js';
import { localWeek } from '../engagement/calendar.js';
import type { BatchOperation } from '../storage/storage-adapter.js';
import type { EngineContext } from './engine-context.js';
import { COLLECTIONS } from './engine-schema.js';
import type { ActivityRecord } from './stored-activity.schema.js';

/** An action to count: its kind and what it was done to. */
export interface Action {
  readonly kind: ActivityKind;
  readonly subjectId: string;
}

/**
 * The writes that count the viewer's `actions`, to go in the batch of the action itself: none
 * for an action already counted. Keyed by seller, kind and subject, the record makes an action
 * count once however often it is repeated; two processes counting the same action at once both
 * write one record under one key, so it is still counted once (the later time wins, by at most
 * the time between them).
 */
export async function activityWrites(
  context: EngineContext,
  actions: readonly Action[],
  at = context.now(),
): Promise<BatchOperation[]> {
  const sellerId = context.viewer.id;
  const points = context.pack.engagement?.points;
  const operations: BatchOperation[] = [];
  const seen = new Set<string>();
  for (const { kind, subjectId } of actions) {
    const key = `${kind}\u0000${subjectId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (await context.storage.get<ActivityRecord>(COLLECTIONS.activity, [sellerId, kind, subjectId])) continue;
    const value: ActivityRecord = {
      sellerId,
      kind,
      subjectId,
      at,
      points: points === undefined ? 0 : pointsFor(points, kind),
      week: localWeek(at, context.viewer.timeZone),
    };
    operations.push({ type: 'put', collection: COLLECTIONS.activity, value });
  }
  return operations;
}

/** Whether a batch counts some activity, so the engagement boards must move once it is committed. */
export function countsActivity(operations: readonly BatchOperation[]): boolean {
  return operations.some((operation) => operation.type === 'put' && operation.collection === COLLECTIONS.activity);
}

/**
 * Notes the global rank a finished challenge gave the seller on its `challenge-finished` record,
 * once the finish is committed (the rank is known only then), inside the finish's own change
 * event: the best rank is kept, with when it was reached. In the seller's queue, like the finish.
 */
export async function noteFinishRank(
  context: EngineContext,
  challengeId: string,
  rank: number | undefined,
): Promise<void> {
  if (rank === undefined) return;
  const key = [context.viewer.id, 'challenge-finished', challengeId];
  const record = await context.storage.get<ActivityRecord>(COLLECTIONS.activity, key);
  if (record === undefined || (record.rank !== undefined && record.rank <= rank)) return;
  const value: ActivityRecord = { ...record, rank, rankedAt: context.now() };
  await context.storage.batch([{ type: 'put', collection: COLLECTIONS.activity, value }]);
}
