import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';

/**
 * Who a challenge is for. Each present, non-empty list must contain the seller's value; an absent
 * or empty list (or no targeting at all) means everyone.
 */
export const TargetingSchema = z.strictObject({
  tiers: z.exactOptional(z.array(IdSchema)),
  partners: z.exactOptional(z.array(IdSchema)),
  regions: z.exactOptional(z.array(IdSchema)),
  roles: z.exactOptional(z.array(IdSchema)),
});

/** Targeting (see {@link TargetingSchema}). */
export type Targeting = z.infer<typeof TargetingSchema>;

/** The facts about a seller that targeting reads. */
export interface TargetedSeller {
  readonly tier?: string;
  readonly partnerId?: string;
  readonly region?: string;
  readonly role?: string;
}

function allows(list: readonly string[] | undefined, value: string | undefined): boolean {
  return list === undefined || list.length === 0 || (value !== undefined && list.includes(value));
}

/** Whether `targeting` includes `seller`. */
export function isTargeted(targeting: Targeting | undefined, seller: TargetedSeller): boolean {
  if (!targeting) return true;
  return (
    allows(targeting.tiers, seller.tier) &&
    allows(targeting.partners, seller.partnerId) &&
    allows(targeting.regions, seller.region) &&
    allows(targeting.roles, seller.role)
  );
}
