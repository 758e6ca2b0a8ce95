import type { MindshareApi, MindshareChange, Viewer } from '../api/mindshare-api.js';
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
import { ViewContext, type EngineContext, type EngineHost } from './engine-context.js';
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
export function mindshareApi(host: EngineHost, viewer: Viewer, lifecycle: ViewLifecycle): MindshareApi {
  // A context per call: it pins the pack and directory of that moment (see ViewContext).
  const live = async <T>(operation: (context: EngineContext) => T | Promise<T>): Promise<T> => {
    if (lifecycle.closed()) {
      throw new MindError('MIND_STORAGE_CLOSED', 'This Mindshare host is closed: create a new one.');
    }
    return operation(new ViewContext(host, viewer));
  };
  return {
    viewer,
    now: () => host.now(),
    catalog: () => live((context) => ({ topics: context.pack.topics, resources: context.pack.resources })),
    challenges: () => live((context) => listChallenges(context)),
    startAttempt: (challengeId) => live((context) => startChallenge(context, challengeId)),
    showQuestion: (attemptId, questionId) => live((context) => markQuestionShown(context, attemptId, questionId)),
    answer: (attemptId, questionId, response, options) =>
      live((context) => answerChallenge(context, attemptId, questionId, response, options)),
    finishAttempt: (attemptId) => live((context) => finishChallenge(context, attemptId)),
    attempt: (attemptId) => live((context) => readAttempt(context, attemptId)),
    leaderboard: (query) => live(async (context) => (await boards()).readLeaderboard(context, query)),
    feed: () => live((context) => readFeed(context)),
    markSeen: (nuggetId) => live((context) => markNuggetSeen(context, nuggetId)),
    vote: (nuggetId, optionIds) => live((context) => votePoll(context, nuggetId, optionIds)),
    respond: (nuggetId, text) => live((context) => respondToQuestion(context, nuggetId, text)),
    answerPractice: (questionId, response, options) =>
      live((context) => answerPractice(context, questionId, response, options)),
    setRepetitionHold: (until) => live((context) => setHold(context, until)),
    pitchPrompts: () => live((context) => [...context.prompts.values()]),
    startRecording: (promptId, meta) => live(async (context) => (await pitch()).beginPitch(context, promptId, meta)),
    recordings: (query) => live(async (context) => (await pitch()).listRecordings(context, query)),
    recordingMedia: (recordingId) => live(async (context) => (await pitch()).readMedia(context, recordingId)),
    review: (recordingId, review) =>
      live(async (context) => (await coaching()).reviewPitch(context, recordingId, review)),
    publish: (recordingId) => live(async (context) => (await coaching()).publishPitch(context, recordingId)),
    setConsent: (recordingId, consent) =>
      live(async (context) => (await pitch()).setPitchConsent(context, recordingId, consent)),
    directory: () => live(async (context) => (await insight()).readDirectory(context)),
    mastery: (query) => live(async (context) => (await insight()).readMastery(context, query)),
    tierReport: (options) => live(async (context) => (await insight()).readTierReport(context, options)),
    exportSellerData: (sellerId) => live(async (context) => (await privacy()).exportSeller(context, sellerId)),
    deleteSellerData: (sellerId) => live(async (context) => (await privacy()).deleteSeller(context, sellerId)),
    subscribe: (listener) => lifecycle.subscribe(listener),
    close: () => lifecycle.close(),
  };
}
