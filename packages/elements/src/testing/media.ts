import { executeServerCommand } from '@web/test-runner-commands';

/** What {@link emulateMedia} can ask for; `no-preference` gives the scheme back to the system. */
export interface EmulatedMedia {
  readonly colorScheme?: 'light' | 'dark' | 'no-preference';
  readonly reducedMotion?: 'reduce' | 'no-preference';
  /** A touch screen's finger (`coarse`), or a mouse (`fine`, the test page's own). */
  readonly pointer?: 'coarse' | 'fine';
}

/**
 * Emulates the user's colour scheme, motion preference and pointer, in Chromium and Firefox alike
 * (scripts/lib/emulate-media.mjs), and returns once the page's media queries say so. The
 * runner's own `emulateMedia` speaks only Chrome's protocol.
 */
export async function emulateMedia(media: EmulatedMedia): Promise<void> {
  await executeServerCommand('mind-emulate-media', media);
}
