import type { MindshareApi, MindshareChange, Viewer } from '../api/mindshare-api.js';
import type { Listener } from '../events/subscribable.js';
import { listChallenges } from './challenge-operations.js';
import { ViewContext, type EngineContext, type EngineHost } from './engine-context.js';
import { closedError } from './host-changes.js';

// `npm run size` charges a page one of these modules only when its elements call a method of the
// object below that refers to its loader, as `name: lazy(loader, …)` does (scripts/lib/
// api-operations.mjs); a loader used outside those methods is charged to every page.
// What only coaches and managers use (reviews, mastery and tier reports, data export) is loaded on
// first use, so the sellers' page stays within its byte budget.
const insight = () => import('./insight-operations.js');
const coaching = () => import('./pitch-review-operations.js');
const privacy = () => import('./privacy-operations.js');
// Pitch recording loads when a seller opens the recorder or a gallery, not with every page.
const pitch = () => import('./pitch-operations.js');
// The editorial line loads with the feed: a page with only a quiz never pays for it.
const editorial = () => import('./feed-operations.js');
// Reading and handling answers to open questions: managers' and owners' pages only.
const responses = () => import('./response-operations.js');
// Leaderboard reads load with the boards, on first need.
const boards = () => import('./leaderboards.js');
// A quiz's attempt flow (start, reveal, answer, finish) loads on first use: only a page with a quiz
// runs it. Listing the challenges, what a quiz does first, starts loading it.
const attempts = () => import('./attempt-operations.js');
// A seller's points and badges (issue 17): the badges' page only.
const engagement = () => import('./engagement-operations.js');
// Certifications: the seller's and the managers' views load on first use.
const certifying = () => import('./certification-operations.js');

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
  /** Runs one operation with a context of its own, which pins the pack and directory of that moment (see ViewContext). */
  const run = async <A extends unknown[], T>(
    operation: (context: EngineContext, ...args: A) => T | Promise<T>,
    ...args: A
  ): Promise<T> => {
    if (lifecycle.closed()) throw closedError();
    return operation(new ViewContext(host, viewer), ...args);
  };
  /** {@link run} for an operation of a module loaded on first use. */
  const lazy =
    <M, A extends unknown[], T>(
      load: () => Promise<M>,
      pick: (module: M) => (context: EngineContext, ...args: A) => T | Promise<T>,
    ) =>
    (...args: A): Promise<T> =>
      run(async (context: EngineContext, ...rest: A) => pick(await load())(context, ...rest), ...args);
  return {
    viewer,
    now: () => host.now(),
    catalog: () => run((context) => ({ topics: context.pack.topics, resources: context.pack.resources })),
    challenges: () => {
      void attempts().catch(() => undefined); // a failed load is tried again by the call that needs it
      return run(listChallenges);
    },
    startAttempt: lazy(attempts, (module) => module.startChallenge),
    showQuestion: lazy(attempts, (module) => module.markQuestionShown),
    answer: lazy(attempts, (module) => module.answerChallenge),
    finishAttempt: lazy(attempts, (module) => module.finishChallenge),
    attempt: lazy(attempts, (module) => module.readAttempt),
    leaderboard: lazy(boards, (module) => module.readLeaderboard),
    setBoardVisibility: lazy(boards, (module) => module.setBoardVisibility),
    feed: lazy(editorial, (module) => module.readFeed),
    markSeen: lazy(editorial, (module) => module.markNuggetSeen),
    vote: lazy(editorial, (module) => module.votePoll),
    respond: lazy(editorial, (module) => module.respondToQuestion),
    answerPractice: lazy(editorial, (module) => module.answerPractice),
    setRepetitionHold: lazy(editorial, (module) => module.setHold),
    pitchPrompts: () => run((context) => [...context.prompts.values()]),
    startRecording: lazy(pitch, (module) => module.beginPitch),
    resumeRecording: lazy(pitch, (module) => module.resumePitch),
    recordings: lazy(pitch, (module) => module.listRecordings),
    recordingMedia: lazy(pitch, (module) => module.readMedia),
    review: lazy(coaching, (module) => module.reviewPitch),
    publish: lazy(coaching, (module) => module.publishPitch),
    setConsent: lazy(pitch, (module) => module.setPitchConsent),
    directory: lazy(insight, (module) => module.readDirectory),
    mastery: lazy(insight, (module) => module.readMastery),
    tierReport: lazy(insight, (module) => module.readTierReport),
    exportSellerData: lazy(privacy, (module) => module.exportSeller),
    deleteSellerData: lazy(privacy, (module) => module.deleteSeller),
    claimReview: lazy(coaching, (module) => module.claimReview),
    releaseReview: lazy(coaching, (module) => module.releaseReview),
    responses: lazy(responses, (module) => module.readResponses),
    markResponseHandled: lazy(responses, (module) => module.markResponseHandled),
    responseQuestions: lazy(responses, (module) => module.readResponseQuestions),
    pollResults: lazy(editorial, (module) => module.readPollResults),
    polls: lazy(editorial, (module) => module.readPolls),
    // Engagement (issue 17): the board reads with the boards, whose privacy rules it shares.
    engagement: lazy(engagement, (module) => module.readEngagement),
    engagementBoard: lazy(boards, (module) => module.readEngagementBoard),
    certifications: lazy(certifying, (module) => module.readCertifications),
    certifiedSellers: lazy(certifying, (module) => module.readCertifiedSellers),
    subscribe: (listener) => lifecycle.subscribe(listener),
    close: () => lifecycle.close(),
  };
}
