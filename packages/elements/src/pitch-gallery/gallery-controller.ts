import type { MindshareApi, PitchPrompt, RecordingEntry } from '@mindshare/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where the gallery stands. */
export type GalleryView = 'loading' | 'ready' | 'empty' | 'not-found' | 'error';

/** What the controller needs from its element. */
export interface GalleryHost {
  readonly api: () => MindshareApi | undefined;
  readonly promptId: () => string;
}

/**
 * Loads the published best practices of one prompt (`recordings({ view: 'gallery' })`, newest
 * first, each with its review) and the prompt's title. Loads are numbered so an old answer never
 * overwrites a newer one; a quiet load (a change event) keeps the takes on screen.
 */
export class GalleryController implements ReactiveController {
  view: GalleryView = 'loading';
  entries: RecordingEntry[] = [];
  prompt: PitchPrompt | undefined;
  #request = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly element: GalleryHost,
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
    const promptId = this.element.promptId();
    if (!quiet || this.view === 'error') {
      this.view = 'loading';
      this.host.requestUpdate();
    }
    if (!api) return; // A provider is still building the engine.
    try {
      const [entries, prompts] = await Promise.all([api.recordings({ view: 'gallery', promptId }), api.pitchPrompts()]);
      if (request !== this.#request) return;
      this.prompt = prompts.find((prompt) => prompt.id === promptId);
      this.entries = this.prompt ? entries : [];
      this.view = !this.prompt ? 'not-found' : entries.length === 0 ? 'empty' : 'ready';
    } catch {
      if (request !== this.#request) return;
      this.entries = [];
      this.view = 'error';
    }
    this.host.requestUpdate();
  }
}
