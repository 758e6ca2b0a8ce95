import type { Translation } from '@shoelace-style/localize';
import type { leaderboardEn } from './leaderboard/leaderboard.en.js';
import type { masteryMapEn } from './mastery-map/mastery-map.en.js';
import type { myPitchesEn } from './my-pitches/my-pitches.en.js';
import type { nuggetFeedEn } from './nugget-feed/nugget-feed.en.js';
import type { pitchGalleryEn } from './pitch-gallery/pitch-gallery.en.js';
import type { pitchRecorderEn } from './pitch-recorder/pitch-recorder.en.js';
import type { pitchReviewEn } from './pitch-review/pitch-review.en.js';
import type { providerEn } from './provider/provider.en.js';
import type { quizEn } from './quiz/quiz.en.js';
import type { reviewQueueEn } from './review-queue/review-queue.en.js';
import type { SharedTerms } from './shared/i18n/en.js';
import type { tierReportEn } from './tier-report/tier-report.en.js';
import type { responsesEn } from './responses/responses.en.js';
import type { badgesEn } from './badges/badges.en.js';

/**
 * A whole UI translation for `registerTranslation`: every `mind*` term of Mindshare (the shared
 * ones and each element's), with the same arguments as the English term. Use `Partial` of it for
 * a few overrides.
 */
export type MindTranslation = Translation &
  SharedTerms &
  typeof providerEn &
  typeof quizEn &
  typeof leaderboardEn &
  typeof nuggetFeedEn &
  typeof pitchRecorderEn &
  typeof pitchReviewEn &
  typeof pitchGalleryEn &
  typeof masteryMapEn &
  typeof tierReportEn &
  typeof myPitchesEn &
  typeof reviewQueueEn &
  typeof responsesEn &
  typeof badgesEn;
