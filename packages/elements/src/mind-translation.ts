import type { Translation } from '@shoelace-style/localize';
import type { leaderboardEn } from './leaderboard/strings/en.js';
import type { masteryMapEn } from './mastery-map/strings/en.js';
import type { myPitchesEn } from './my-pitches/strings/en.js';
import type { nuggetFeedEn } from './nugget-feed/strings/en.js';
import type { pitchGalleryEn } from './pitch-gallery/strings/en.js';
import type { pitchRecorderEn } from './pitch-recorder/strings/en.js';
import type { pitchReviewEn } from './pitch-review/strings/en.js';
import type { providerEn } from './provider/strings/en.js';
import type { quizEn } from './quiz/strings/en.js';
import type { reviewQueueEn } from './review-queue/strings/en.js';
import type { SharedTerms } from './shared/i18n/strings/en.js';
import type { tierReportEn } from './tier-report/strings/en.js';
import type { responsesEn } from './responses/strings/en.js';
import type { badgesEn } from './badges/strings/en.js';

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
