import { isMindError, type PitchPrompt, type RecordingEntry, type ReviewInput } from '@mindshare/core';
import type { ReactiveControllerHost } from 'lit';
import type { MindLink } from '../shared/base/mind-element.js';
import { ApiTask } from '../shared/loading/api-task.js';
import { requireReviewer, reviewerFailure } from '../shared/review/reviewer.js';

/**
 * What the review shows: waiting, the form (`review`), the read-only summary (`reviewed`), or why
 * there is nothing to review — a seller's page (`forbidden`), an unknown or deleted take
 * (`not-found`), a take still being recorded (`not-submitted`), a failure (`error`).
 */
export type ReviewView =
  'loading' | 'no-recording' | 'forbidden' | 'not-found' | 'not-submitted' | 'error' | 'review' | 'reviewed';

/** Why the last submit or publish failed, for the message beside its button. */
export type ActionProblem = 'incomplete' | 'submit-failed' | 'publish-failed' | 'no-consent' | 'conflict' | 'held';

/** What the controller needs from its element. */
export interface ReviewHost extends MindLink {
  readonly recordingId: () => string;
}

/** The recording to review and its prompt; either is `undefined` when not found. */
interface ReviewSubject {
  readonly entry: RecordingEntry | undefined;
  readonly prompt: PitchPrompt | undefined;
}

/** How loading the recording failed: a seller's page, an unknown take, or another failure. */
type ReviewFailure = 'forbidden' | 'not-found' | 'error';

/** What a loaded subject shows. */
function viewOf({
  entry,
  prompt,
}: ReviewSubject): Extract<ReviewView, 'not-found' | 'not-submitted' | 'review' | 'reviewed'> {
  if (!entry || !prompt || entry.status === 'aborted') return 'not-found';
  if (entry.status === 'recording') return 'not-submitted';
  return entry.review ? 'reviewed' : 'review';
}

/**
 * Loads one recording with its review and its prompt's rubric, again when the recording or the
 * API changes (see {@link ApiTask}: a quiet load, on a change event, keeps the form or the
 * summary on screen), and sends the coach's review and publication.
 */
export class ReviewController {
  busy: 'submit' | 'publish' | undefined;
  problem: ActionProblem | undefined;
  /** The failure behind `problem`, when a call failed (not for an incomplete form). */
  problemError: unknown;
  /** With `held`: the coach whose review claim refused the review. */
  holder: string | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #element: ReviewHost;
  readonly #load: ApiTask<ReviewSubject, [string], ReviewFailure>;
  /**
   * What a saved review or a publication made of the loaded subject, shown until the next load
   * completes. A Task's value is its last answer and cannot be set, so the action's answer is kept
   * beside it rather than written into it.
   */
  #changed: ReviewSubject | undefined;

  constructor(host: ReactiveControllerHost, element: ReviewHost) {
    this.#host = host;
    this.#element = element;
    this.#load = new ApiTask(host, {
      api: element.api,
      args: () => [element.recordingId()],
      load: async (api, [id]) => {
        requireReviewer(api);
        // No recording chosen: nothing to ask for (the view says so).
        if (!id) return { entry: undefined, prompt: undefined };
        const [entries, prompts] = await Promise.all([api.recordings({ view: 'all' }), api.pitchPrompts()]);
        const entry = entries.find((candidate) => candidate.id === id);
        return { entry, prompt: prompts.find((candidate) => candidate.id === entry?.promptId) };
      },
      failed: (error) => (isMindError(error, 'MIND_NOT_FOUND') ? 'not-found' : reviewerFailure(error)),
      keeps: (subject) => viewOf(subject) === 'review' || viewOf(subject) === 'reviewed',
      onComplete: () => (this.#changed = undefined),
      // Consent, publication or a review from another tab: refreshed without losing the draft.
      reloadOn: ['pitch'],
    });
  }

  get view(): ReviewView {
    const { status } = this.#load;
    if (status === 'ready' && !this.#element.recordingId()) return 'no-recording';
    const subject = this.#subject;
    return status !== 'ready' ? status : subject ? viewOf(subject) : 'loading';
  }

  get entry(): RecordingEntry | undefined {
    return this.#subject?.entry;
  }

  get prompt(): PitchPrompt | undefined {
    return this.#subject?.prompt;
  }

  /** Why the last load failed. */
  get error(): unknown {
    return this.#load.error;
  }

  get #subject(): ReviewSubject | undefined {
    return this.#changed ?? this.#load.value;
  }

  /** Loads the element's recording again now; resolves when it is shown. */
  refresh(quiet = false): Promise<void> {
    return this.#load.reload(quiet);
  }

  /** Saves the review; `false` when it was not saved (`problem` says why). */
  async submit(input: ReviewInput, complete: boolean): Promise<boolean> {
    const { entry } = this;
    const api = this.#element.api();
    if (!entry || !api || this.busy) return false;
    if (!complete) {
      this.problem = 'incomplete';
      this.problemError = undefined;
      this.#host.requestUpdate();
      return false;
    }
    return this.#act(
      'submit',
      async () => {
        const review = await api.review(entry.id, input);
        this.#changed = { prompt: this.prompt, entry: { ...entry, status: 'reviewed', review } };
        this.#element.emit('mind-review-submit', {
          recordingId: entry.id,
          promptId: entry.promptId,
          review,
        });
      },
      (error) => {
        // Another coach holds the take (a review claim): the draft stays, the refusal names them.
        this.holder = isMindError(error, 'MIND_CONFLICT') ? error.details?.coachName : undefined;
        if (this.holder !== undefined) return 'held';
        // Reviewed meanwhile (another coach, another tab): show that review instead of the form.
        const conflict = isMindError(error, 'MIND_CONFLICT');
        if (conflict) void this.refresh(true);
        return conflict ? 'conflict' : 'submit-failed';
      },
    );
  }

  /** Publishes the reviewed take to the gallery; `false` when it was not published. */
  async publish(): Promise<boolean> {
    const { entry } = this;
    const api = this.#element.api();
    if (!entry || !api || this.busy) return false;
    return this.#act(
      'publish',
      async () => {
        const recording = await api.publish(entry.id);
        this.#changed = { prompt: this.prompt, entry: { ...entry, ...recording } };
        this.#element.emit('mind-publish', {
          recordingId: entry.id,
          promptId: entry.promptId,
          recording,
        });
      },
      (error) => {
        // The seller withdrew consent meanwhile: reload so the button explains it.
        void this.refresh(true);
        return isMindError(error, 'MIND_FORBIDDEN') ? 'no-consent' : 'publish-failed';
      },
    );
  }

  /**
   * Runs an action with its button busy: `true` once done, else `false` with `problem` set to what
   * `failed` names for the error.
   */
  async #act(
    busy: 'submit' | 'publish',
    run: () => Promise<void>,
    failed: (error: unknown) => ActionProblem,
  ): Promise<boolean> {
    this.#busy(busy);
    try {
      await run();
      return true;
    } catch (error) {
      this.problemError = error;
      this.problem = failed(error);
      return false;
    } finally {
      this.#busy(undefined);
    }
  }

  #busy(busy: 'submit' | 'publish' | undefined): void {
    this.busy = busy;
    if (busy) this.problem = this.problemError = undefined;
    this.#host.requestUpdate();
  }
}
