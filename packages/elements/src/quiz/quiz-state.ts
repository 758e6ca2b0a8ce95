import type { AnswerOutcome, ChallengeListing, FinishedAttempt } from '@mindshare/core';

/** What the quiz shows: one view per state of the challenge and the attempt. */
export type QuizState =
  | { readonly view: 'idle' }
  | { readonly view: 'loading' }
  | { readonly view: 'start' }
  | { readonly view: 'question' }
  | { readonly view: 'verdict'; readonly outcome: AnswerOutcome }
  | { readonly view: 'results'; readonly result: FinishedAttempt }
  | { readonly view: 'upcoming' }
  | { readonly view: 'closed' }
  | { readonly view: 'not-targeted' }
  | { readonly view: 'deadline'; readonly result: FinishedAttempt | undefined }
  | { readonly view: 'pending' }
  | { readonly view: 'refused'; readonly code: string; readonly error: unknown }
  | { readonly view: 'error'; readonly error: unknown; readonly retry: () => Promise<void> };

/** The views a quiet reload of the listing may replace: nothing is under way in them. */
export const RELOADABLE: readonly QuizState['view'][] = ['start', 'upcoming', 'closed'];

/** The view a freshly loaded listing calls for (`undefined`: the viewer is not listed the challenge). */
export function listingState(listing: ChallengeListing | undefined): QuizState {
  // A seller is only listed the challenges that target them; coaches see the others flagged.
  if (!listing || !listing.targeted) return { view: 'not-targeted' };
  if (listing.status === 'upcoming') return { view: 'upcoming' };
  if (listing.status === 'closed') return { view: 'closed' };
  return { view: 'start' };
}
