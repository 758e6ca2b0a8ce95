/** English UI strings of <mind-nugget-feed> (term keys start with `mindNuggetFeed`). */
export const nuggetFeedEn = {} satisfies Record<`mindNuggetFeed${string}`, unknown>;
