import type { Recording, RecordingEntry } from '@mindshare/core';

/**
 * Where a sent take is: `sent` (waiting for a coach), `in-review` (a coach holds it, until the
 * claim lapses), `reviewed`, `published` (a best practice peers see).
 */
export type PitchState = 'sent' | 'in-review' | 'reviewed' | 'published';

/**
 * The state of a sent take at `now` (the API's clock: a lapsed claim is no longer a review). The
 * one rule the seller's pitches and the recorder's "sent" view both show: reviewed first, then a
 * live claim, else sent. A bare `Recording` (just submitted, no entry read yet) has no claim.
 */
export function pitchState(take: Recording | RecordingEntry, now: number): PitchState {
  if (take.published) return 'published';
  if (take.status === 'reviewed') return 'reviewed';
  const claim = 'claim' in take ? take.claim : undefined;
  if (claim !== undefined && claim.expiresAt > now) return 'in-review';
  return 'sent';
}
