/** English UI strings of <mind-pitch-recorder> (term keys start with `mindPitchRecorder`). */
export const pitchRecorderEn = {} satisfies Record<`mindPitchRecorder${string}`, unknown>;
