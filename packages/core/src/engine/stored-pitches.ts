// What of pitch coaching a host may need on any page, whatever its elements: deleting recordings
// past retention when it opens over a store that holds some, and the schemas of pitch records,
// which validated-storage.ts loads the first time it parses one. Apart from the pitch operations,
// so a page that records and reviews nothing (a manager's) is not charged them for these.
import type { Recording } from '../pitch/recording.schema.js';
import { expiredRecordings } from '../pitch/retention.js';
import type { BatchOperation } from '../storage/storage-adapter.js';
import type { EngineContext } from './engine-context.js';
import { COLLECTIONS } from './engine-schema.js';

import { STORED_PITCH_RECORD_SCHEMAS } from './stored-pitch-records.schema.js';

// Through the table of schemas rather than the recording's own module: both importers then need
// all three pitch schemas, which the build keeps in one chunk with the HTTP client's.
export { STORED_PITCH_RECORD_SCHEMAS };

/** Deletes recordings past their prompt's retention, with their media, reviews and claims, in one batch. */
export async function applyRetention(context: EngineContext): Promise<void> {
  // Read unchecked and keep the sound ones: a corrupt recording must not keep a host from opening.
  // It stays where it is, and the first operation that reads it reports MIND_SCHEMA_MISMATCH.
  const stored = await context.host.unchecked.query<Recording>(COLLECTIONS.recordings);
  const recordings = stored.filter((record) => STORED_PITCH_RECORD_SCHEMAS.recordings.safeParse(record).success);
  const expired = expiredRecordings(recordings, context.prompts, context.now());
  if (expired.length === 0) return;
  await context.write(
    expired.flatMap((id): BatchOperation[] => [
      { type: 'delete', collection: COLLECTIONS.recordings, key: id },
      { type: 'delete', collection: COLLECTIONS.reviews, key: id },
      { type: 'delete', collection: COLLECTIONS.reviewClaims, key: id },
      { type: 'delete-blob', blobId: id },
    ]),
    ['pitch'],
  );
}
