import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { readonlyArray } from './reply-fields.js';

/** A stored record: any JSON object (each collection has its own shape, exported as stored). */
const StoredRecordSchema = z.custom<object>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'expected a record (a JSON object)',
);

/** Everything kept about one seller, for a data-subject request: `collection → records`. */
export const SellerDataExportSchema = z.object({
  sellerId: IdSchema,
  exportedAt: z.number(),
  collections: z.record(z.string(), readonlyArray(StoredRecordSchema)),
});
