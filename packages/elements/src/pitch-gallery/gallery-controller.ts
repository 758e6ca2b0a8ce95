import type { MindshareApi, PitchPrompt, RecordingEntry } from '@mindshare/core';
import type { ReactiveControllerHost } from 'lit';
import { ApiTask } from '../shared/loading/api-task.js';

/** Where the gallery stands. */
export type GalleryView = 'loading' | 'ready' | 'empty' | 'not-found' | 'error';

/** What the controller needs from its element. */
export interface GalleryHost {
  readonly api: () => MindshareApi | undefined;
  readonly promptId: () => string;
}

/** A prompt's published takes, and the prompt (`undefined` when no prompt has that id). */
interface Gallery {
  readonly entries: RecordingEntry[];
  readonly prompt: PitchPrompt | undefined;
}

/**
 * Loads the published best practices of one prompt (`recordings({ view: 'gallery' })`, newest
 * first, each with its review) and the prompt's title, again when the prompt or the API changes
 * (see {@link ApiTask}: a quiet load, on a change event, keeps the takes on screen).
 */
export class GalleryController {
  readonly #load: ApiTask<Gallery, [string]>;

  constructor(host: ReactiveControllerHost, element: GalleryHost) {
    this.#load = new ApiTask(host, {
      api: element.api,
      args: () => [element.promptId()],
      load: async (api, [promptId]) => {
        const [entries, prompts] = await Promise.all([
          api.recordings({ view: 'gallery', promptId }),
          api.pitchPrompts(),
        ]);
        const prompt = prompts.find((candidate) => candidate.id === promptId);
        return { entries: prompt ? entries : [], prompt };
      },
      // A take published or withdrawn elsewhere.
      reloadOn: ['pitch'],
    });
  }

  get view(): GalleryView {
    const { status, value } = this.#load;
    if (status !== 'ready') return status;
    return !value?.prompt ? 'not-found' : value.entries.length === 0 ? 'empty' : 'ready';
  }

  get entries(): RecordingEntry[] {
    return this.#load.value?.entries ?? [];
  }

  get prompt(): PitchPrompt | undefined {
    return this.#load.value?.prompt;
  }

  /** Why the last load failed. */
  get error(): unknown {
    return this.#load.error;
  }

  /** Loads the gallery again now; resolves when it is shown. */
  refresh(quiet = false): Promise<void> {
    return this.#load.reload(quiet);
  }
}
