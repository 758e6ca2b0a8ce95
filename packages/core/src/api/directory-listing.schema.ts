import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { SellerRoleSchema } from '../directory/directory.schema.js';
import { orUndefined, readonlyArray } from './reply-fields.js';

/** Who is in the directory, as coaches and managers see it: names, partners and tiers. */
export const DirectoryListingSchema = z.object({
  partners: readonlyArray(z.object({ id: IdSchema, name: z.string(), tierId: orUndefined(IdSchema) })),
  sellers: readonlyArray(
    z.object({ id: IdSchema, displayName: z.string(), partnerId: orUndefined(IdSchema), role: SellerRoleSchema }),
  ),
});
