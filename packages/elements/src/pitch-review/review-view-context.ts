import type { LocalizedText } from '@mindshare/core';
import type { MindLocalizeController, TermArgs } from '../shared/i18n/localize.js';
import type { ReviewController } from './review-controller.js';
import type { ReviewDraft } from './review-draft.js';
import type { pitchReviewEn } from './pitch-review.en.js';

/** The typed terms of <mind-pitch-review>. */
export type PitchReviewTerms = <K extends keyof typeof pitchReviewEn & string>(
  key: K,
  ...args: TermArgs<(typeof pitchReviewEn)[K]>
) => string;

/** What the review's views read and call. */
export interface ReviewViewContext {
  readonly t: PitchReviewTerms;
  readonly localize: MindLocalizeController;
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
