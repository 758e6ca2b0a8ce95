import {
  canReview,
  isMindError,
  type MindshareApi,
  type PitchPrompt,
  type RecordingEntry,
  type ReviewInput,
} from '@mindshare/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MindPublishDetail, MindReviewSubmitDetail } from './pitch-review.events.js';

/**
 * What the review shows: waiting, the form (`review`), the read-only summary (`reviewed`), or why
 * there is nothing to review — a seller's page (`forbidden`), an unknown or deleted take
 * (`not-found`), a take still being recorded (`not-submitted`), a failure (`error`).
 */
export type ReviewView = 'loading' | 'forbidden' | 'not-found' | 'not-submitted' | 'error' | 'review' | 'reviewed';

/** Why the last submit or publish failed, for the message beside its button. */
export type ActionProblem = 'incomplete' | 'submit-failed' | 'publish-failed' | 'no-consent' | 'conflict';

/** What the controller needs from its element. */
export interface ReviewHost {
  readonly api: () => MindshareApi | undefined;
  readonly recordingId: () => string;
  readonly emit: <T>(type: `mind-${string}`, detail: T) => boolean;
}

/**
 * Loads one recording with its review and its prompt's rubric, and sends the coach's review and
 * publication. Loads are numbered so an old answer (another recording, a swapped API) never
 * overwrites a newer one; a quiet load (a change event) keeps the view on screen.
 */
export class ReviewController implements ReactiveController {
  view: ReviewView = 'loading';
  entry: RecordingEntry | undefined;
  prompt: PitchPrompt | undefined;
  busy: 'submit' | 'publish' | undefined;
  problem: ActionProblem | undefined;
  #request = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly element: ReviewHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#request++;
  }

  async load(quiet = false): Promise<void> {
    const request = ++this.#request;
    const api = this.element.api();
    const id = this.element.recordingId();
    if (!quiet || (this.view !== 'review' && this.view !== 'reviewed')) {
      this.view = 'loading';
      this.host.requestUpdate();
    }
    if (!api) return; // A provider is still building the engine.
    if (!canReview(api.viewer.role)) {
      this.#show(request, 'forbidden');
      return;
    }
    try {
      const [entries, prompts] = await Promise.all([api.recordings({ view: 'all' }), api.pitchPrompts()]);
      if (request !== this.#request) return;
      const entry = entries.find((candidate) => candidate.id === id);
      const prompt = prompts.find((candidate) => candidate.id === entry?.promptId);
      this.entry = entry;
      this.prompt = prompt;
      if (!entry || !prompt || entry.status === 'aborted') this.#show(request, 'not-found');
      else if (entry.status === 'recording') this.#show(request, 'not-submitted');
      else this.#show(request, entry.review ? 'reviewed' : 'review');
    } catch (error) {
      if (request !== this.#request) return;
      this.entry = undefined;
      this.#show(
        request,
        isMindError(error, 'MIND_FORBIDDEN')
          ? 'forbidden'
          : isMindError(error, 'MIND_NOT_FOUND')
            ? 'not-found'
            : 'error',
      );
    }
  }

  /** Saves the review; `false` when it was not saved (`problem` says why). */
  async submit(input: ReviewInput, complete: boolean): Promise<boolean> {
    const { entry } = this;
    const api = this.element.api();
    if (!entry || !api || this.busy) return false;
    if (!complete) {
      this.problem = 'incomplete';
      this.host.requestUpdate();
      return false;
    }
    this.#busy('submit');
    try {
      const review = await api.review(entry.id, input);
      this.entry = { ...entry, status: 'reviewed', review };
      this.view = 'reviewed';
      this.element.emit<MindReviewSubmitDetail>('mind-review-submit', {
        recordingId: entry.id,
        promptId: entry.promptId,
        review,
      });
      return true;
    } catch (error) {
      // Reviewed meanwhile (another coach, another tab): show that review instead of the form.
      this.problem = isMindError(error, 'MIND_CONFLICT') ? 'conflict' : 'submit-failed';
      if (this.problem === 'conflict') void this.load(true);
      return false;
    } finally {
      this.#busy(undefined);
    }
  }

  /** Publishes the reviewed take to the gallery; `false` when it was not published. */
  async publish(): Promise<boolean> {
    const { entry } = this;
    const api = this.element.api();
    if (!entry || !api || this.busy) return false;
    this.#busy('publish');
    try {
      const recording = await api.publish(entry.id);
      this.entry = { ...entry, ...recording };
      this.element.emit<MindPublishDetail>('mind-publish', {
        recordingId: entry.id,
        promptId: entry.promptId,
        recording,
      });
      return true;
    } catch (error) {
      // The seller withdrew consent meanwhile: reload so the button explains it.
      this.problem = isMindError(error, 'MIND_FORBIDDEN') ? 'no-consent' : 'publish-failed';
      void this.load(true);
      return false;
    } finally {
      this.#busy(undefined);
    }
  }

  #busy(busy: 'submit' | 'publish' | undefined): void {
    this.busy = busy;
    if (busy) this.problem = undefined;
    this.host.requestUpdate();
  }

  #show(request: number, view: ReviewView): void {
    if (request !== this.#request) return;
    this.view = view;
    this.host.requestUpdate();
  }
}
