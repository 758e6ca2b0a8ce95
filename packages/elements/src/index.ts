export { VERSION } from '@mindshare/core';
export { defineElement } from './shared/base/define.js';
export { MindLocalizeController, loadTranslation } from './shared/i18n/localize.js';
export type { MindTranslation } from './mind-translation.js';
export type { MindTerms, TermArgs } from './shared/i18n/localize.js';
export { elementStrings } from './shared/i18n/element-strings.js';
export type { ElementStrings, Terms, TermsLoader } from './shared/i18n/element-strings.js';
export { MindElement } from './shared/base/mind-element.js';
export { mindshareContext } from './shared/base/mindshare-context.js';
export { MindProvider } from './provider/provider.element.js';
export type { MindReadyDetail, ProviderStatus } from './provider/provider.element.js';
export type { MindErrorDetail, MindErrorEvent } from './shared/base/mind-error-detail.js';
export { defaultStorage } from './provider/load-mindshare.js';
export { MindLeaderboard } from './leaderboard/leaderboard.element.js';
export type { MindScopeChangeDetail } from './leaderboard/leaderboard.element.js';
export { MindQuiz } from './quiz/quiz.element.js';
export type {
  MindAttemptStartDetail,
  MindAttemptStartEvent,
  MindAnswerDetail,
  MindAnswerEvent,
  MindCompleteDetail,
  MindCompleteEvent,
  MindRequestResourceDetail,
  MindRequestResourceEvent,
} from './quiz/quiz.events.js';
export { renderRichText } from './shared/rich-text/rich-text.js';
export { MindNuggetFeed } from './nugget-feed/nugget-feed.element.js';
export type {
  MindNuggetSeenDetail,
  MindNuggetSeenEvent,
  MindVoteDetail,
  MindVoteEvent,
  MindRespondDetail,
  MindRespondEvent,
  MindPracticeDetail,
  MindPracticeEvent,
} from './nugget-feed/nugget-feed.events.js';
export { MindPitchReview } from './pitch-review/pitch-review.element.js';
export type {
  MindReviewSubmitDetail,
  MindReviewSubmitEvent,
  MindPublishDetail,
  MindPublishEvent,
} from './pitch-review/pitch-review.events.js';
export { MindPitchGallery } from './pitch-gallery/pitch-gallery.element.js';
export type { MindPlayDetail, MindPlayEvent } from './pitch-gallery/pitch-gallery.events.js';
export { MindMasteryMap } from './mastery-map/mastery-map.element.js';
export type { MindDrillDetail } from './mastery-map/mastery-map.element.js';
export type { MasteryBy, DrillStep, MasterySort } from './mastery-map/mastery-matrix.js';
export type { InsightDirectory } from './shared/insight/insight-directory.js';
export { MindTierReport } from './tier-report/tier-report.element.js';
export type { TierReportBudget } from './tier-report/tier-report.element.js';
export { defineLazily } from './shared/base/lazy-define.js';
export { registerTranslation } from '@shoelace-style/localize';
export { MindPitchRecorder } from './pitch-recorder/pitch-recorder.element.js';
export type {
  MindRecordingStartDetail,
  MindRecordingStartEvent,
  MindRecordingStopDetail,
  MindRecordingStopEvent,
  MindRecordingSubmitDetail,
  MindRecordingSubmitEvent,
} from './pitch-recorder/pitch-recorder.events.js';
export { pickMimeType, RECORDING_MIME_TYPES } from './pitch-recorder/mime-type.js';
