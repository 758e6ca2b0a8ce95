import { isMindError, type MindshareApi, type RecordingEntry, type ReviewClaim } from '@mindshare/core';
import type { ReactiveControllerHost } from 'lit';
import type { MindReviewCloseDetail, MindReviewOpenDetail } from './review-queue.events.js';

/**
 * Where the pitch the coach opened stands: being claimed, open for review (claimed, maybe
 * reviewed since, maybe taken over by another coach meanwhile), held by another coach, no longer
 * waiting, or a claim that failed otherwise (offline).
 */
export type OpenedState =
  | { readonly step: 'claiming'; readonly entry: RecordingEntry }
  | {
      readonly step: 'open';
      readonly entry: RecordingEntry;
      readonly claim: ReviewClaim;
      readonly reviewed: boolean;
      /** The coach who took it over since it was opened, when a renewal was refused. */
      readonly lostTo?: string;
    }
  | {
      readonly step: 'held';
      readonly entry: RecordingEntry;
      readonly holder: string | undefined;
      readonly error: unknown;
    }
  | { readonly step: 'gone'; readonly entry: RecordingEntry; readonly error: unknown }
  | { readonly step: 'failed'; readonly entry: RecordingEntry; readonly error: unknown };

/** What the controller needs from its element. */
export interface OpenedHost {
  readonly api: () => MindshareApi | undefined;
  readonly emit: <T>(type: `mind-${string}`, detail: T) => boolean;
}

/** The name of the coach holding the take, from the refusal, else from the queue as last read. */
function holderOf(error: unknown, entry: RecordingEntry): string | undefined {
  const named = isMindError(error) ? error.details?.coachName : undefined;
  return named ?? entry.claim?.coachName;
}

/**
 * Opens a pitch of the queue for the coach: claims it (so the other coaches see who is on it),
 * renews the claim while it stays open, and releases it on the way back unless a review was sent.
 */
export class OpenedReview {
  state: OpenedState | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #element: OpenedHost;

  constructor(host: ReactiveControllerHost, element: OpenedHost) {
    this.#host = host;
    this.#element = element;
  }

  /** Claims `entry` (taking it over from another coach with `takeOver`) and opens it. */
  async open(entry: RecordingEntry, takeOver = false): Promise<void> {
    const api = this.#element.api();
    if (!api || this.state?.step === 'claiming') return;
    this.#set({ step: 'claiming', entry });
    try {
      const claim = await api.claimReview(entry.id, takeOver ? { takeOver: true } : {});
      if (this.state?.entry.id !== entry.id) return; // went back meanwhile
      this.#set({ step: 'open', entry, claim, reviewed: false });
      this.#element.emit<MindReviewOpenDetail>('mind-review-open', {
        recordingId: entry.id,
        promptId: entry.promptId,
        sellerName: entry.sellerName,
        claim,
        takenOver: takeOver,
      });
    } catch (error) {
      if (this.state?.entry.id !== entry.id) return;
      const holder = holderOf(error, entry);
      if (isMindError(error, 'MIND_CONFLICT') && holder !== undefined)
        this.#set({ step: 'held', entry, holder, error });
      else if (isMindError(error, 'MIND_CONFLICT') || isMindError(error, 'MIND_NOT_FOUND'))
        this.#set({ step: 'gone', entry, error });
      else this.#set({ step: 'failed', entry, error });
    }
  }

  /** The review of the open pitch was sent: the engine ended the claim, nothing to release. */
  markReviewed(): void {
    if (this.state?.step === 'open') this.#set({ ...this.state, reviewed: true });
  }

  /**
   * Claims the open pitch again, so a long review does not lapse. A refusal naming another coach
   * (they took it over) is shown; another failure (offline) is not, since the claim still holds
   * for a while and the next renewal tries again.
   */
  async renew(): Promise<void> {
    const api = this.#element.api();
    const state = this.state;
    if (!api || state?.step !== 'open' || state.reviewed || state.lostTo !== undefined) return;
    try {
      const claim = await api.claimReview(state.entry.id);
      if (this.state === state) this.#set({ ...state, claim });
    } catch (error) {
      const holder = isMindError(error, 'MIND_CONFLICT') ? holderOf(error, state.entry) : undefined;
      if (holder !== undefined && this.state === state) this.#set({ ...state, lostTo: holder });
    }
  }

  /**
   * Goes back to the queue, releasing the coach's claim unless the review was sent. A release that
   * fails (offline) is let go: the claim lapses by itself.
   */
  async close(): Promise<void> {
    const state = this.state;
    if (!state) return;
    this.#set(undefined);
    const release = state.step === 'open' && !state.reviewed && state.lostTo === undefined;
    let released = false;
    if (release) {
      try {
        await this.#element.api()?.releaseReview(state.entry.id);
        released = true;
      } catch {
        // See above: it lapses.
      }
    }
    this.#element.emit<MindReviewCloseDetail>('mind-review-close', {
      recordingId: state.entry.id,
      reviewed: state.step === 'open' && state.reviewed,
      released,
    });
  }

  /** Forgets the open pitch without a word to the engine (another API: another coach). */
  reset(): void {
    this.#set(undefined);
  }

  #set(state: OpenedState | undefined): void {
    this.state = state;
    this.#host.requestUpdate();
  }
}
