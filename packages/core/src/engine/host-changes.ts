import type { ContentPack } from '../content/content-pack.schema.js';
import { MindError } from '../errors/mind-error.js';
import type { Subscribable } from '../events/subscribable.js';
import type { MindshareChange, Viewer } from '../api/mindshare-api.js';
import { COLLECTIONS } from './engine-schema.js';

/** The viewer of host-level housekeeping (retention): a manager who is nobody in particular. */
export function systemViewer(pack: ContentPack): Viewer {
  return {
    id: '$host',
    displayName: 'Mindshare',
    role: 'manager' as const,
    partnerId: undefined,
    tierId: undefined,
    region: undefined,
    team: undefined,
    locale: pack.defaultLocale,
    timeZone: 'UTC',
  };
}

export function closedError(): MindError {
  return new MindError('MIND_STORAGE_CLOSED', 'This Mindshare host is closed: create a new one.');
}

/**
 * Emits a change without letting a listener's error reach the operation that made the write:
 * the write is committed, so the caller must get its result; the error is reported on its own.
 */
export function announce(changes: Subscribable<MindshareChange>, change: MindshareChange): void {
  try {
    changes.emit(change);
  } catch (error) {
    reportLater(error);
  }
}

/**
 * Reports an error that no caller can receive: `reportError` where the runtime has it (browsers,
 * so it reaches `window.onerror` and the console), else the console — never by throwing, which
 * would bring a Node server down for a faulty listener.
 */
export function reportLater(error: unknown): void {
  const runtime = globalThis as {
    reportError?: (error: unknown) => void;
    console?: { error(...data: unknown[]): void };
  };
  if (runtime.reportError) runtime.reportError(error);
  else runtime.console?.error('Mindshare: a change listener failed.', error);
}

const AREAS: Record<string, MindshareChange['areas'][number] | MindshareChange['areas']> = {
  [COLLECTIONS.attempts]: 'challenges',
  [COLLECTIONS.scores]: 'leaderboard',
  [COLLECTIONS.mastery]: 'mastery',
  [COLLECTIONS.learningSteps]: 'mastery',
  [COLLECTIONS.repetition]: 'feed',
  [COLLECTIONS.nuggetProgress]: 'feed',
  [COLLECTIONS.ballots]: 'feed',
  [COLLECTIONS.responses]: 'feed',
  [COLLECTIONS.recordings]: 'pitch',
  [COLLECTIONS.reviews]: 'pitch',
  [COLLECTIONS.reviewClaims]: 'pitch',
  // The repetition hold and the board visibility.
  [COLLECTIONS.sellerSettings]: ['feed', 'leaderboard'],
  $blobs: 'pitch',
  [COLLECTIONS.activity]: 'engagement',
  // A certification awarded or renewed: the seller's certifications, the feed's reminders, the tiers.
  [COLLECTIONS.certifications]: ['certifications', 'feed'],
};

export function areasOf(collections: readonly string[]): MindshareChange['areas'] {
  return [...new Set(collections.flatMap((collection) => AREAS[collection] ?? []))];
}

/** Whether an announced key is a stored score's (`[challengeId, sellerId]`), the only ones the boards read again. */
export function isScoreKey(key: unknown): key is readonly [string, string] {
  return Array.isArray(key) && key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string';
}
