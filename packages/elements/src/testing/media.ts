import { executeServerCommand } from '@web/test-runner-commands';

/** What {@link emulateMedia} can ask for; `no-preference` gives the scheme back to the system. */
export interface EmulatedMedia {
  readonly colorScheme?: 'light' | 'dark' | 'no-preference';
  readonly reducedMotion?: 'reduce' | 'no-preference';
}

/**
 * Emulates the user's colour scheme and motion preference, in Chromium and Firefox alike
 * (scripts/lib/emulate-media.mjs), and returns once the page's media queries say so. The
 * runner's own `emulateMedia` speaks only Chrome's protocol.
 */
export async function emulateMedia(media: EmulatedMedia): Promise<void> {
  await executeServerCommand('mind-emulate-media', media);
}
