import type { MindshareApi } from '../api/mindshare-api.js';
import {
  answerChallenge,
  finishChallenge,
  listChallenges,
  markQuestionShown,
  readAttempt,
  startChallenge,
} from './challenge-operations.js';
import type { EngineContext } from './engine-context.js';
import { answerPractice, markNuggetSeen, readFeed, respondToQuestion, setHold, votePoll } from './feed-operations.js';

// What only coaches and managers use (reviews, mastery and tier reports, data export) is loaded on
// first use, so the sellers' page stays within its byte budget.
const insight = () => import('./insight-operations.js');
const coaching = () => import('./pitch-review-operations.js');
const privacy = () => import('./privacy-operations.js');
// Pitch recording loads when a seller opens the recorder or a gallery, not with every page.
const pitch = () => import('./pitch-operations.js');

/** The Mindshare API over an engine context: each method is one operation module's function. */
export function mindshareApi(context: EngineContext, close: () => Promise<void>): MindshareApi {
  return {
    viewer: context.viewer,
    now: () => context.now(),
    catalog: async () => ({ topics: context.pack.topics, resources: context.pack.resources }),
    challenges: () => listChallenges(context),
    startAttempt: (challengeId) => startChallenge(context, challengeId),
    showQuestion: (attemptId, questionId) => markQuestionShown(context, attemptId, questionId),
    answer: (attemptId, questionId, response, options) =>
      answerChallenge(context, attemptId, questionId, response, options),
    finishAttempt: (attemptId) => finishChallenge(context, attemptId),
    attempt: (attemptId) => readAttempt(context, attemptId),
    leaderboard: async (query) => (await context.loadBoards()).readLeaderboard(context, query),
    feed: () => readFeed(context),
    markSeen: (nuggetId) => markNuggetSeen(context, nuggetId),
    vote: (nuggetId, optionIds) => votePoll(context, nuggetId, optionIds),
    respond: (nuggetId, text) => respondToQuestion(context, nuggetId, text),
    answerPractice: (questionId, response, options) => answerPractice(context, questionId, response, options),
    setRepetitionHold: (until) => setHold(context, until),
    pitchPrompts: async () => [...context.prompts.values()],
    startRecording: async (promptId, meta) => (await pitch()).beginPitch(context, promptId, meta),
    recordings: async (query) => (await pitch()).listRecordings(context, query),
    recordingMedia: async (recordingId) => (await pitch()).readMedia(context, recordingId),
    review: async (recordingId, review) => (await coaching()).reviewPitch(context, recordingId, review),
    publish: async (recordingId) => (await coaching()).publishPitch(context, recordingId),
    setConsent: async (recordingId, consent) => (await pitch()).setPitchConsent(context, recordingId, consent),
    directory: async () => (await insight()).readDirectory(context),
    mastery: async (query) => (await insight()).readMastery(context, query),
    tierReport: async (options) => (await insight()).readTierReport(context, options),
    exportSellerData: async (sellerId) => (await privacy()).exportSeller(context, sellerId),
    deleteSellerData: async (sellerId) => (await privacy()).deleteSeller(context, sellerId),
    subscribe: (listener) => context.changes.subscribe(listener),
    close,
  };
}
