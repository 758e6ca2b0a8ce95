export { VERSION } from '@mindshare/core';
export { defineElement } from './internal/define.js';
export { MindLocalizeController, loadTranslation } from './i18n/localize.js';
export type { MindTranslation } from './i18n/en.js';
export type { TermArgs } from './i18n/localize.js';
export { MindElement } from './internal/mind-element.js';
export { mindshareContext } from './context/mindshare-context.js';
export { MindProvider } from './provider/provider.element.js';
export type { MindReadyDetail, MindErrorDetail, ProviderStatus } from './provider/provider.element.js';
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
export { renderRichText } from './rich-text/rich-text.js';
