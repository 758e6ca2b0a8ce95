import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { SellerRoleSchema } from '../directory/directory.schema.js';
import { orUndefined } from './reply-fields.js';

/** Who is using the page, as the engine resolved them from the directory and the tier policy. */
export const ViewerSchema = z.object({
  id: IdSchema,
  displayName: z.string(),
  role: SellerRoleSchema,
  /** The viewer's partner company; `undefined` for vendor-side coaches and managers. */
  partnerId: orUndefined(IdSchema),
  /** The viewer's partner's tier under the pack's tier policy; `undefined` without a partner. */
  tierId: orUndefined(IdSchema),
  region: orUndefined(z.string()),
  team: orUndefined(z.string()),
  /** BCP 47 tag used for authored content (`fr-FR`). */
  locale: z.string(),
  /** IANA zone in which schedules and windows are shown (`Europe/Paris`). */
  timeZone: z.string(),
});
