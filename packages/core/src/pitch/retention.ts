import type { PitchPrompt } from './pitch-prompt.schema.js';
import type { Recording } from './recording.schema.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Options of {@link expiredRecordings}. */
export interface RetentionOptions {
  /**
   * Days to keep takes whose prompt is no longer in the content pack. Without it they are kept,
   * since nothing says how long their seller was promised; set it so removed prompts do not keep
   * videos forever.
   */
  readonly orphanRetentionDays?: number;
}

/**
 * The moment a take's retention period starts: when it was finished for a submitted or reviewed
 * take, so a seller's submission is kept for the full period whatever the time spent re-taking;
 * when it was started for a take that was aborted or never finished, since those were given up at
 * the start of their life and a take stuck in `recording` has no finish to count from.
 */
export function retentionStart(recording: Recording): number {
  if (recording.status === 'submitted' || recording.status === 'reviewed') {
    return recording.finishedAt ?? recording.startedAt;
  }
  return recording.startedAt;
}

/**
 * Ids of the takes to delete at `now`: those whose retention start (see {@link retentionStart})
 * is more than their prompt's `retentionDays` ago. Published takes expire like any other, since
 * the period is a promise to the seller. Ids come in the order of `recordings`.
 */
export function expiredRecordings(
  recordings: readonly Recording[],
  promptsById: ReadonlyMap<string, PitchPrompt>,
  now: number,
  options: RetentionOptions = {},
): string[] {
  const expired: string[] = [];
  for (const recording of recordings) {
    const days = promptsById.get(recording.promptId)?.retentionDays ?? options.orphanRetentionDays;
    if (days === undefined) continue;
    if (now - retentionStart(recording) > days * DAY_MS) expired.push(recording.id);
  }
  return expired;
}
