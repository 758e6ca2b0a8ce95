import type { MindshareApi, PitchPrompt, RecordingEntry } from '@mindshare/core';
import type { ReactiveControllerHost } from 'lit';
import { LoadController } from '../shared/loading/load-controller.js';

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
 * first, each with its review) and the prompt's title (see {@link LoadController}: a quiet load,
 * on a change event, keeps the takes on screen).
 */
export class GalleryController extends LoadController<Gallery> {
  constructor(
    host: ReactiveControllerHost,
    private readonly element: GalleryHost,
  ) {
    super(host);
  }

  get view(): GalleryView {
    const { status, prompt, entries } = this;
    if (status !== 'ready') return status;
    return !prompt ? 'not-found' : entries.length === 0 ? 'empty' : 'ready';
  }

  get entries(): RecordingEntry[] {
    return this.result?.entries ?? [];
  }

  get prompt(): PitchPrompt | undefined {
    return this.result?.prompt;
  }

  /** Loads the gallery of the element's prompt now. */
  refresh(quiet = false): Promise<void> {
    const promptId = this.element.promptId();
    return this.load(
      {
        api: this.element.api(),
        load: async (api) => {
          const [entries, prompts] = await Promise.all([
            api.recordings({ view: 'gallery', promptId }),
            api.pitchPrompts(),
          ]);
          const prompt = prompts.find((candidate) => candidate.id === promptId);
          return { entries: prompt ? entries : [], prompt };
        },
      },
      quiet,
    );
  }
}
