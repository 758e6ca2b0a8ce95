import type { MindshareApi, MindshareChange } from '../api/mindshare-api.js';
import type { Listener } from '../events/subscribable.js';
import { MindError } from '../errors/mind-error.js';
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
// Leaderboard reads load with the boards, on first need.
const boards = () => import('./leaderboards.js');

/** How a view ties into its host: whether the host is closed, and the view's own subscriptions. */
export interface ViewLifecycle {
  closed(): boolean;
  subscribe(listener: Listener<MindshareChange>): () => void;
  close(): Promise<void>;
}

/**
 * The Mindshare API over an engine context: each method is one operation module's function,
 * refused with `MIND_STORAGE_CLOSED` once the host is closed (also those that need no storage, so
 * a closed host never half-answers).
 */
export function mindshareApi(context: EngineContext, lifecycle: ViewLifecycle): MindshareApi {
  const live = async <T>(operation: () => T | Promise<T>): Promise<T> => {
    if (lifecycle.closed()) {
      throw new MindError('MIND_STORAGE_CLOSED', 'This Mindshare host is closed: create a new one.');
    }
    return operation();
  };
  return {
    viewer: context.viewer,
    now: () => context.now(),
    catalog: () => live(() => ({ topics: context.pack.topics, resources: context.pack.resources })),
    challenges: () => live(() => listChallenges(context)),
    startAttempt: (challengeId) => live(() => startChallenge(context, challengeId)),
    showQuestion: (attemptId, questionId) => live(() => markQuestionShown(context, attemptId, questionId)),
    answer: (attemptId, questionId, response, options) =>
      live(() => answerChallenge(context, attemptId, questionId, response, options)),
    finishAttempt: (attemptId) => live(() => finishChallenge(context, attemptId)),
    attempt: (attemptId) => live(() => readAttempt(context, attemptId)),
    leaderboard: (query) => live(async () => (await boards()).readLeaderboard(context, query)),
    feed: () => live(() => readFeed(context)),
    markSeen: (nuggetId) => live(() => markNuggetSeen(context, nuggetId)),
    vote: (nuggetId, optionIds) => live(() => votePoll(context, nuggetId, optionIds)),
    respond: (nuggetId, text) => live(() => respondToQuestion(context, nuggetId, text)),
    answerPractice: (questionId, response, options) =>
      live(() => answerPractice(context, questionId, response, options)),
    setRepetitionHold: (until) => live(() => setHold(context, until)),
    pitchPrompts: () => live(() => [...context.prompts.values()]),
    startRecording: (promptId, meta) => live(async () => (await pitch()).beginPitch(context, promptId, meta)),
    recordings: (query) => live(async () => (await pitch()).listRecordings(context, query)),
    recordingMedia: (recordingId) => live(async () => (await pitch()).readMedia(context, recordingId)),
    review: (recordingId, review) => live(async () => (await coaching()).reviewPitch(context, recordingId, review)),
    publish: (recordingId) => live(async () => (await coaching()).publishPitch(context, recordingId)),
    setConsent: (recordingId, consent) =>
      live(async () => (await pitch()).setPitchConsent(context, recordingId, consent)),
    directory: () => live(async () => (await insight()).readDirectory(context)),
    mastery: (query) => live(async () => (await insight()).readMastery(context, query)),
    tierReport: (options) => live(async () => (await insight()).readTierReport(context, options)),
    exportSellerData: (sellerId) => live(async () => (await privacy()).exportSeller(context, sellerId)),
    deleteSellerData: (sellerId) => live(async () => (await privacy()).deleteSeller(context, sellerId)),
    subscribe: (listener) => lifecycle.subscribe(listener),
    close: () => lifecycle.close(),
  };
}
