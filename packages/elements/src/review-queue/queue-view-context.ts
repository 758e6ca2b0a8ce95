import type { LocalizedText, MindshareApi, RecordingEntry } from '@mindshare/core';
import type { MindLocalizeController } from '../shared/i18n/localize.js';
import type { OpenedReview } from './opened-review.js';
import type { QueueController } from './queue-controller.js';
import type { reviewQueueEn } from './strings/en.js';

/** What the queue's views read and call. */
export interface QueueViewContext {
  readonly localize: MindLocalizeController<typeof reviewQueueEn>;
  readonly queue: QueueController;
  readonly opened: OpenedReview;
  /** The API in use, handed to the `<mind-pitch-review>` it opens (a page may give it no provider). */
  readonly api: MindshareApi | undefined;
  /** The viewer's id, to tell their own claims. */
  readonly viewerId: string;
  /** The engine's clock now, for waiting times. */
  readonly now: number;
  /** Authored text in the element's language, with fallback. */
  readonly text: (value: LocalizedText) => string;
  /** A moment in the viewer's time zone, for a `<time>`'s title. */
  readonly date: (epochMs: number) => string;
  readonly open: (entry: RecordingEntry, takeOver?: boolean) => void;
  readonly back: () => void;
  readonly reviewed: () => void;
}
