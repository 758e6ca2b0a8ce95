/** English UI strings of <mind-pitch-gallery> (term keys start with `mindPitchGallery`). */
export const pitchGalleryEn = {} satisfies Record<`mindPitchGallery${string}`, unknown>;
