/** English UI strings of <mind-tier-report> (term keys start with `mindTierReport`). */
export const tierReportEn = {} satisfies Record<`mindTierReport${string}`, unknown>;
