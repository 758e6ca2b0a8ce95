import type { PitchPrompt, Recording, RecordingEntry } from '@mindshare/core';
import type { MindLink } from '../shared/base/mind-element.js';
import type { ReactiveControllerHost } from 'lit';
import { ApiTask } from '../shared/loading/api-task.js';

/** Where the list stands. */
export type PitchesView = 'loading' | 'ready' | 'empty' | 'error';

/** What the controller needs from its element. */
export interface PitchesHost extends MindLink {
  /** The prompt to limit the list to; `''` for every prompt. */
  readonly promptId: () => string;
}

interface Pitches {
  readonly entries: readonly RecordingEntry[];
  readonly prompts: ReadonlyMap<string, PitchPrompt>;
}

/**
 * Loads the viewer's own sent takes (`recordings({ view: 'mine' })`, newest first), with the
 * prompts whose rubric their reviews score, again when the API, the prompt or a `pitch` change
 * says so (see {@link ApiTask}); and saves the seller's consent per take. Takes never sent — still
 * recording, discarded, or lost by a reload — are not listed: there is nothing to show a coach's
 * word on, and the recorder already offers what is next.
 */
export class PitchesController {
  readonly #host: ReactiveControllerHost;
  readonly #element: PitchesHost;
  readonly #load: ApiTask<Pitches, [string]>;
  /** The consent asked for, per take whose change is being saved. */
  readonly #saving = new Map<string, boolean>();
  /** Why the last consent change failed, per take. */
  readonly #failed = new Map<string, unknown>();
  /** Takes as a consent change saved them, shown until the next load completes. */
  #saved = new Map<string, Recording>();

  constructor(host: ReactiveControllerHost, element: PitchesHost) {
    this.#host = host;
    this.#element = element;
    this.#load = new ApiTask<Pitches, [string]>(host, {
      api: element.api,
      args: () => [element.promptId()],
      load: async (api, [promptId]) => {
        const [entries, prompts] = await Promise.all([
          api.recordings(promptId ? { view: 'mine', promptId } : { view: 'mine' }),
          api.pitchPrompts(),
        ]);
        return {
          entries: entries.filter((entry) => entry.status === 'submitted' || entry.status === 'reviewed'),
          prompts: new Map(prompts.map((prompt) => [prompt.id, prompt])),
        };
      },
      onComplete: () => (this.#saved = new Map()),
      // A review, a claim, a publication or a consent change (here or in another tab).
      reloadOn: ['pitch'],
    });
  }

  get view(): PitchesView {
    const { status, value } = this.#load;
    if (status !== 'ready' || !value) return status === 'ready' ? 'loading' : status;
    return value.entries.length === 0 ? 'empty' : 'ready';
  }

  /** The sent takes, newest first, with the consent changes saved since the last load. */
  get entries(): RecordingEntry[] {
    return (this.#load.value?.entries ?? []).map((entry) => {
      const saved = this.#saved.get(entry.id);
      return saved ? { ...entry, ...saved } : entry;
    });
  }

  prompt(promptId: string): PitchPrompt | undefined {
    return this.#load.value?.prompts.get(promptId);
  }

  /** Why the last load failed. */
  get error(): unknown {
    return this.#load.error;
  }

  /** The consent being saved for a take, if a change is under way. */
  saving(recordingId: string): boolean | undefined {
    return this.#saving.get(recordingId);
  }

  /** Why the last consent change of a take failed, if it did. */
  failure(recordingId: string): unknown {
    return this.#failed.get(recordingId);
  }

  /** Every consent failure shown (the element announces each once). */
  failures(): unknown[] {
    return [...this.#failed.values()];
  }

  /** Loads the list again now; resolves when it is shown. */
  refresh(quiet = false): Promise<void> {
    return this.#load.reload(quiet);
  }

  /**
   * Gives or withdraws the seller's consent to the gallery for one take; `false` when it was not
   * saved (`failure` says why, and the take shows its stored consent again).
   */
  async setConsent(entry: RecordingEntry, consent: boolean): Promise<boolean> {
    const api = this.#element.api();
    if (!api || this.#saving.has(entry.id)) return false;
    this.#saving.set(entry.id, consent);
    this.#failed.delete(entry.id);
    this.#host.requestUpdate();
    try {
      const recording = await api.setConsent(entry.id, consent);
      this.#saved.set(entry.id, recording);
      this.#element.emit('mind-consent-change', {
        recordingId: entry.id,
        promptId: entry.promptId,
        consent: recording.consent.gallery,
        recording,
      });
      return true;
    } catch (error) {
      this.#failed.set(entry.id, error);
      return false;
    } finally {
      this.#saving.delete(entry.id);
      this.#host.requestUpdate();
    }
  }
}
