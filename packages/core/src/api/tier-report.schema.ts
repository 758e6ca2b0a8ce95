import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { LocalizedTextSchema } from '../content/localized-text.schema.js';
import { BudgetSplitSchema } from './budget-split.schema.js';
import { ConcentrationReportSchema } from './concentration-report.schema.js';
import { orUndefined, readonlyArray } from './reply-fields.js';
import { TierAssignmentSchema } from './tier-assignment.schema.js';

/** The tier report for channel managers. */
export const TierReportSchema = z.object({
  /** The partner metric of the concentration view: the one asked for, else the one the tier policy ranks on. */
  metric: z.string(),
  /** The pack's display names of metrics (`metricNames`), in every language it gives: name them with these. */
  metricNames: z.exactOptional(z.record(z.string(), LocalizedTextSchema)),
  /** The policy's tiers, highest first. */
  tiers: readonlyArray(z.object({ id: IdSchema, name: LocalizedTextSchema })),
  assignments: readonlyArray(TierAssignmentSchema),
  /** `partnerId → text` of the reason, in the viewer's language ("Platinum: revenue 2.1 M ≥ 1 M"). */
  reasons: z.record(z.string(), z.string()),
  /** `partnerId → text` of what the partner lacks for the next tier, `null` at the top. */
  nextTierGaps: z.record(z.string(), z.nullable(z.string())),
  concentration: ConcentrationReportSchema,
  budget: orUndefined(BudgetSplitSchema),
});
