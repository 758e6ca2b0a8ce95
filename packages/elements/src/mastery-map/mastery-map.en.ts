/** English UI strings of <mind-mastery-map> (term keys start with `mindMasteryMap`). */
export const masteryMapEn = {} satisfies Record<`mindMasteryMap${string}`, unknown>;
