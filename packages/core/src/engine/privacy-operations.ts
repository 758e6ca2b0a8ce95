import { MindError } from '../errors/mind-error.js';
import type { Recording } from '../pitch/recording.schema.js';
import type { BatchOperation } from '../storage/storage-adapter.js';
import { readKey } from '../storage/storage-key.js';
import type { SellerDataExport } from '../api/mindshare-api.js';
import type { EngineContext } from './engine-context.js';
import { requireId, requireSelfOrManager } from './engine-input.js';
import { COLLECTIONS, engineSchema } from './engine-schema.js';

/** The collections holding a seller's records under a `bySeller` index. */
const BY_SELLER = [
  COLLECTIONS.attempts,
  COLLECTIONS.attemptSteps,
  COLLECTIONS.learningSteps,
  COLLECTIONS.scores,
  COLLECTIONS.mastery,
  COLLECTIONS.repetition,
  COLLECTIONS.nuggetProgress,
  COLLECTIONS.ballots,
  COLLECTIONS.responses,
  COLLECTIONS.recordings,
  COLLECTIONS.reviewClaims,
  COLLECTIONS.activity,
  COLLECTIONS.certifications,
] as const;

async function sellerRecords(
  context: EngineContext,
  sellerId: string,
  storage = context.storage,
): Promise<Record<string, object[]>> {
  const collections: Record<string, object[]> = {};
  for (const collection of BY_SELLER) {
    collections[collection] = await storage.query(collection, { index: 'bySeller', range: { only: sellerId } });
  }
  const reviews: object[] = [];
  for (const recording of collections[COLLECTIONS.recordings] as Recording[]) {
    const review = await storage.get(COLLECTIONS.reviews, recording.id);
    if (review) reviews.push(review);
  }
  collections[COLLECTIONS.reviews] = reviews;
  const settings = await storage.get(COLLECTIONS.sellerSettings, sellerId);
  collections[COLLECTIONS.sellerSettings] = settings ? [settings] : [];
  return collections;
}

/** Everything kept about a seller (pitch media excepted: fetch it with `recordingMedia`). */
export async function exportSeller(context: EngineContext, sellerId: unknown): Promise<SellerDataExport> {
  const id = requireId(sellerId, 'sellerId');
  requireSelfOrManager(context, id, "export a seller's data");
  return { sellerId: id, exportedAt: context.now(), collections: await sellerRecords(context, id) };
}

/**
 * Deletes every record of a seller — attempts, scores, mastery, repetition, feed progress, ballots,
 * answers, recordings with their media, reviews and review claims, settings — in one atomic batch, then takes
 * them off every leaderboard.
 */
export async function deleteSeller(context: EngineContext, sellerId: unknown): Promise<void> {
  const id = requireId(sellerId, 'sellerId');
  requireSelfOrManager(context, id, "delete a seller's data");
  // In the seller's own queue: an answer of theirs in flight would otherwise write its records
  // back after the erasure (its step claims are erased too, so nothing would refuse it).
  return context.host.exclusive(id, () => erase(context, id));
}

async function erase(context: EngineContext, id: string): Promise<void> {
  // Read unchecked: a record that no longer matches its schema must not keep a seller's data from being erased.
  const collections = await sellerRecords(context, id, context.host.unchecked);
  const keyPaths = new Map(engineSchema('').collections.map((collection) => [collection.name, collection.keyPath]));
  const operations: BatchOperation[] = [];
  for (const [collection, records] of Object.entries(collections)) {
    for (const record of records) {
      const key = readKey(record, keyPaths.get(collection)!);
      if (key === undefined)
        throw new MindError('MIND_CONFLICT', `A ${collection} record of "${id}" has no key; storage is inconsistent.`);
      operations.push({ type: 'delete', collection, key });
    }
  }
  for (const recording of collections[COLLECTIONS.recordings] as Recording[]) {
    operations.push({ type: 'delete-blob', blobId: recording.id });
  }
  // Off the boards once the deletion is committed, before the change is announced; a board build
  // that read the scores before the deletion reads this seller's again once it is done.
  const offTheBoards = () => {
    for (const attempt of collections[COLLECTIONS.attempts] as { id?: unknown }[]) {
      if (typeof attempt.id === 'string') context.host.shownInMemory?.delete(attempt.id);
    }
    const weeks = (collections[COLLECTIONS.activity] as { week?: unknown }[])
      .map((record) => record.week)
      .filter((week): week is number => typeof week === 'number');
    return Promise.all([context.host.removeSeller(id), context.host.engagementChanged(id, weeks)]).then(
      () => undefined,
    );
  };
  // A certified seller erased no longer counts for their partner's tier.
  const certified = (collections[COLLECTIONS.certifications]?.length ?? 0) > 0;
  const committed = async () => {
    await offTheBoards();
    if (certified) await context.host.recountCertified();
  };
  if (operations.length > 0)
    await context.write(
      operations,
      ['privacy', 'challenges', 'leaderboard', 'feed', 'mastery', 'pitch', 'certifications'],
      committed,
    );
  else await offTheBoards();
}
