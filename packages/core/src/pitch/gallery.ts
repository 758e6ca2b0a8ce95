import type { Recording } from './recording.schema.js';

/**
 * Whether a take is shown to peers: reviewed, published and still consented to. Checked in full
 * rather than trusting `published`, so a record written by an older engine or a buggy adapter
 * never shows a video its seller withdrew.
 */
export function isInGallery(recording: Recording): boolean {
  return recording.status === 'reviewed' && recording.published && recording.consent.gallery;
}

/**
 * The best practices peers see for a prompt: its takes that are {@link isInGallery}, the most
 * recently published first, then by id so the order is the same on every device.
 */
export function galleryRecordings(recordings: readonly Recording[], promptId: string): Recording[] {
  return recordings
    .filter((recording) => recording.promptId === promptId && isInGallery(recording))
    .sort((a, b) => {
      const newer = (b.publishedAt ?? 0) - (a.publishedAt ?? 0);
      if (newer !== 0) return newer;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
}
