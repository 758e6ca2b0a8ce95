import {
  isMindError,
  REVIEW_CLAIM_MS,
  type MindshareApi,
  type RecordingEntry,
  type ReviewClaim,
} from '@mindshare/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MindLink } from '../shared/base/mind-element.js';

/**
 * How often an open pitch's claim is renewed, whatever the queue's refresh interval: a third of
 * `REVIEW_CLAIM_MS`, so one renewal lost (offline, a sleeping laptop) still leaves the claim live.
 */
export const RENEW_EVERY_MS = REVIEW_CLAIM_MS / 3;

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
  | { readonly step: 'held'; readonly entry: RecordingEntry; readonly holder: string; readonly error: unknown }
  | { readonly step: 'gone'; readonly entry: RecordingEntry; readonly error: unknown }
  | { readonly step: 'failed'; readonly entry: RecordingEntry; readonly error: unknown };

/** One claim asked for: the API it went through (another API is another coach) and what came of it. */
interface Attempt {
  readonly api: MindshareApi;
  readonly id: string;
  /** The claim made, or `undefined` when it was refused or failed. */
  readonly claim: Promise<ReviewClaim | undefined>;
}

/**
 * The coach holding the take, as the refusal names them. Only a refusal naming someone says the
 * take is held: the engine's other MIND_CONFLICT (the take is no longer submitted) names nobody,
 * and the queue as last read may still show a claim that has ended since.
 */
function holderOf(error: unknown): string | undefined {
  return isMindError(error, 'MIND_CONFLICT') ? error.details?.coachName : undefined;
}

type OpenState = Extract<OpenedState, { step: 'open' }>;

/** Whether `state` holds a claim of the coach's that is theirs to renew or release. */
function holdsClaim(state: OpenedState | undefined): state is OpenState {
  return state?.step === 'open' && !state.reviewed && state.lostTo === undefined;
}

/**
 * Opens a pitch of the queue for the coach: claims it (so the other coaches see who is on it),
 * renews the claim every {@link RENEW_EVERY_MS} while it stays open, and releases it when the
 * coach leaves it — Back to queue, the element removed, the page hidden — unless a review was
 * sent. A claim still on its way when the coach leaves is released once it arrives.
 */
export class OpenedReview implements ReactiveController {
  state: OpenedState | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #element: MindLink;
  /** The claim behind the current state, if one was asked for. */
  #attempt: Attempt | undefined;
  /** Releases still on their way: a new claim waits for them, or they would drop it. */
  #leaving: Promise<unknown> = Promise.resolve();
  /** The renewal on its way, if any: a release waits for it, or the renewal would claim again after. */
  #renewing: Promise<void> | undefined;
  #renewal: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost, element: MindLink) {
    this.#host = host;
    this.#element = element;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.#onPageHide);
    window.addEventListener('pageshow', this.#onPageShow);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.#onPageHide);
    window.removeEventListener('pageshow', this.#onPageShow);
    // Removed from the page: the coach is no longer on it (a move shows the queue again).
    void this.close();
  }

  /** Claims `entry` (taking it over from another coach with `takeOver`) and opens it. */
  async open(entry: RecordingEntry, takeOver = false): Promise<void> {
    const api = this.#element.api();
    const before = this.state;
    if (!api || before?.step === 'claiming') return;
    const claiming: OpenedState = { step: 'claiming', entry };
    this.#attempt = undefined;
    this.#set(claiming);
    await this.#leaving;
    if (this.state !== claiming) return; // went back before anything was asked
    const call = api.claimReview(entry.id, takeOver ? { takeOver: true } : {});
    const attempt: Attempt = { api, id: entry.id, claim: call.catch(() => undefined) };
    this.#attempt = attempt;
    try {
      const claim = await call;
      if (this.#attempt !== attempt) return; // went back meanwhile: leaving released it
      this.#set({ step: 'open', entry, claim, reviewed: false });
      this.#element.emit('mind-review-open', {
        recordingId: entry.id,
        promptId: entry.promptId,
        sellerName: entry.sellerName,
        claim,
        takenOver: takeOver,
      });
    } catch (error) {
      if (this.#attempt !== attempt) return;
      const holder = holderOf(error);
      if (holder !== undefined) this.#set({ step: 'held', entry, holder, error });
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
   * (they took it over) is shown; another failure (offline, or the take reviewed elsewhere) is
   * not, since nobody else holds it and the next renewal tries again.
   */
  renew(): Promise<void> {
    const api = this.#element.api();
    const state = this.state;
    if (!api || !holdsClaim(state) || this.#renewing) return this.#renewing ?? Promise.resolve();
    const renewing = this.#renew(api, state).finally(() => (this.#renewing = undefined));
    this.#renewing = renewing;
    return renewing;
  }

  async #renew(api: MindshareApi, state: OpenState): Promise<void> {
    try {
      const claim = await api.claimReview(state.entry.id);
      if (this.state === state) this.#set({ ...state, claim });
    } catch (error) {
      const holder = holderOf(error);
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
    const released = await this.#leave();
    this.#element.emit('mind-review-close', {
      recordingId: state.entry.id,
      reviewed: state.step === 'open' && state.reviewed,
      released,
    });
  }

  /** Forgets the open pitch, releasing its claim through the API that made it (another API: another coach). */
  reset(): void {
    void this.#leave();
  }

  /** Leaves the pitch shown; resolves whether a claim of the coach's was released. */
  #leave(): Promise<boolean> {
    const state = this.state;
    const attempt = this.#attempt;
    this.#attempt = undefined;
    this.#set(undefined);
    if (!attempt || !(state?.step === 'claiming' || holdsClaim(state))) return Promise.resolve(false);
    const released = this.#release(attempt);
    this.#leaving = Promise.all([this.#leaving, released]);
    return released;
  }

  /** Releases the claim of `attempt` once it and any renewal on its way are done; never rejects. */
  async #release(attempt: Attempt): Promise<boolean> {
    const [claim] = await Promise.all([attempt.claim, this.#renewing]);
    if (!claim) return false;
    try {
      await attempt.api.releaseReview(attempt.id);
      return true;
    } catch {
      return false; // offline: the claim lapses by itself
    }
  }

  /**
   * The page is going away (closed, navigated, put in the back-forward cache): release the claim
   * without waiting — the page may not live to hear the answer. The view stays as it is, so a
   * page restored from the cache claims again (see `#onPageShow`).
   */
  readonly #onPageHide = (): void => {
    const attempt = this.#attempt;
    if (attempt && (this.state?.step === 'claiming' || holdsClaim(this.state))) void this.#release(attempt);
  };

  readonly #onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) void this.renew();
  };

  #set(state: OpenedState | undefined): void {
    this.state = state;
    if (holdsClaim(state)) this.#renewal ??= setInterval(() => void this.renew(), RENEW_EVERY_MS);
    else if (this.#renewal !== undefined) {
      clearInterval(this.#renewal);
      this.#renewal = undefined;
    }
    this.#host.requestUpdate();
  }
}
