/** English UI strings of <mind-pitch-review> (term keys start with `mindPitchReview`). */
export const pitchReviewEn = {} satisfies Record<`mindPitchReview${string}`, unknown>;
