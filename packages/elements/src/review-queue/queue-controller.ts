import type { MindshareApi, PitchPrompt, RecordingEntry } from '@mindshare/core';
import type { ReactiveControllerHost } from 'lit';
import { ApiTask } from '../shared/loading/api-task.js';
import { requireReviewer, reviewerFailure } from '../shared/review/reviewer.js';

/** What the queue shows: waiting, the list (maybe empty), a seller's page, or a failure. */
export type QueueView = 'loading' | 'ready' | 'forbidden' | 'error';

/** The pitches waiting for review, oldest first, and the pack's prompts to name and filter them. */
interface Queue {
  readonly entries: readonly RecordingEntry[];
  readonly prompts: readonly PitchPrompt[];
}

/**
 * Loads the coaches' queue (`recordings({ view: 'to-review' })`, which the engine lists oldest
 * first with each take's live claim) and the prompts, and keeps the coach's filters. A quiet
 * reload (a change event, the refresh interval) keeps the list on screen while it runs.
 */
export class QueueController {
  /** The prompt id to show only, or `''` for all. */
  promptFilter = '';
  /** The partner name to show only, or `''` for all. */
  partnerFilter = '';

  readonly #host: ReactiveControllerHost;
  readonly #load: ApiTask<Queue, [], 'forbidden' | 'error'>;

  constructor(host: ReactiveControllerHost, api: () => MindshareApi | undefined) {
    this.#host = host;
    this.#load = new ApiTask(host, {
      api,
      args: () => [],
      load: async (current): Promise<Queue> => {
        requireReviewer(current);
        const [entries, prompts] = await Promise.all([
          current.recordings({ view: 'to-review' }),
          current.pitchPrompts(),
        ]);
        return { entries, prompts };
      },
      failed: reviewerFailure,
      // A take sent, claimed, released or reviewed (here or in another tab).
      reloadOn: ['pitch'],
    });
  }

  get view(): QueueView {
    return this.#load.status;
  }

  /** The load as `loadStateView` reads it. */
  get load(): ApiTask<Queue, [], 'forbidden' | 'error'> {
    return this.#load;
  }

  /** Why the last load failed. */
  get error(): unknown {
    return this.#load.error;
  }

  /** Every waiting pitch, oldest first. */
  get entries(): readonly RecordingEntry[] {
    return this.#load.value?.entries ?? [];
  }

  /** The waiting pitches the filters let through, oldest first. */
  get shown(): readonly RecordingEntry[] {
    return this.entries.filter(
      (entry) =>
        (this.promptFilter === '' || entry.promptId === this.promptFilter) &&
        (this.partnerFilter === '' || entry.partnerName === this.partnerFilter),
    );
  }

  /** The prompt of `id`, to name it. */
  prompt(id: string): PitchPrompt | undefined {
    return this.#load.value?.prompts.find((prompt) => prompt.id === id);
  }

  /** The pack's prompts, to filter by. */
  get prompts(): readonly PitchPrompt[] {
    return this.#load.value?.prompts ?? [];
  }

  /** The partners with a waiting pitch (and the one filtered on, even once it has none), by name. */
  partners(lang: string): string[] {
    const names = new Set(this.entries.map((entry) => entry.partnerName).filter((name) => name !== ''));
    if (this.partnerFilter !== '') names.add(this.partnerFilter);
    return [...names].sort((a, b) => a.localeCompare(b, lang));
  }

  /** The take `id` as last read, if it is waiting. */
  entry(id: string): RecordingEntry | undefined {
    return this.entries.find((entry) => entry.id === id);
  }

  filter(by: 'prompt' | 'partner', value: string): void {
    if (by === 'prompt') this.promptFilter = value;
    else this.partnerFilter = value;
    this.#host.requestUpdate();
  }

  /** Reads the queue again; resolves when it is shown. */
  refresh(quiet = false): Promise<void> {
    return this.#load.reload(quiet);
  }
}
