import type { LocalizedText } from '@mindshare/core';
import type { MindLocalizeController } from '../shared/i18n/localize.js';
import type { ReviewController } from './review-controller.js';
import type { ReviewDraft } from './review-draft.js';
import type { pitchReviewEn } from './strings/en.js';

/** What the review's views read and call. */
export interface ReviewViewContext {
  readonly localize: MindLocalizeController<typeof pitchReviewEn>;
  readonly controller: ReviewController;
  readonly draft: ReviewDraft;
  /** Authored text in the element's language, with fallback. */
  readonly text: (value: LocalizedText) => string;
  /** A date in the viewer's time zone. */
  readonly date: (epochMs: number) => string;
  /** Re-renders after a change to the draft. */
  readonly changed: () => void;
  readonly submit: () => void;
  readonly publish: () => void;
  readonly retry: () => void;
}
