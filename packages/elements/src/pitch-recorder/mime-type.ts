/** Containers the recorder asks for, best first: WebM with VP9, WebM with VP8, then MP4 (Safari). */
export const RECORDING_MIME_TYPES: readonly string[] = [
  'video/webm;codecs=vp9,opus',
  'video/webm;codecs=vp8,opus',
  'video/mp4',
];

/**
 * The first of {@link RECORDING_MIME_TYPES} the browser can record (`MediaRecorder.isTypeSupported`),
 * or `undefined` to let the browser pick its default.
 */
export function pickMimeType(
  isTypeSupported: (type: string) => boolean,
  candidates: readonly string[] = RECORDING_MIME_TYPES,
): string | undefined {
  return candidates.find((type) => isTypeSupported(type));
}
