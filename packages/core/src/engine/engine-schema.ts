import type { StorageSchema } from '../storage/storage-adapter.js';

/** Collection names of the engine's store: one place, so exports and deletions cannot miss one. */
export const COLLECTIONS = {
  /** Attempts with their answers (Attempt), key `id`. */
  attempts: 'attempts',
  /**
   * One record per change of an attempt, key `[attemptId, step]`, written with `add` in the same
   * batch as the attempt: two tabs changing one attempt from the same state cannot both succeed.
   * Takes in progress claim their changes here too, keyed by the recording's id (`take-…`), and so
   * do review claims (`review-…`).
   */
  attemptSteps: 'attemptSteps',
  /**
   * The claim of one change of a seller's learning records (mastery and spaced repetition), key
   * `[sellerId, step]`, written with `add` beside them: a tab or process that read them before
   * another's change cannot write over it. Only the latest step is kept.
   */
  learningSteps: 'learningSteps',
  /** The challenge as it was when an attempt began, key `[challengeId, packVersion]`, so republishing never changes an attempt in flight. */
  challengeSnapshots: 'challengeSnapshots',
  /** Derived: each seller's counted score per challenge (the leaderboard is rebuilt from it on open), key `[challengeId, sellerId]`. */
  scores: 'scores',
  /** Derived: mastery per seller and topic, key `[sellerId, topicId]`. */
  mastery: 'mastery',
  /** Spaced-repetition state per seller and question, key `[sellerId, questionId]`. */
  repetition: 'repetition',
  /** Nuggets seen or answered, key `[sellerId, nuggetId]`. */
  nuggetProgress: 'nuggetProgress',
  /** Poll ballots, key `[nuggetId, sellerId]`; read only to count, never shown. */
  ballots: 'ballots',
  /** Open-question answers for the nugget's owner, key `[nuggetId, sellerId]`. */
  responses: 'responses',
  /** Pitch recordings' metadata, key `id`; the media is the blob of the same id. */
  recordings: 'recordings',
  /** Coach reviews, key `recordingId`. */
  reviews: 'reviews',
  /**
   * Coaches' holds on submitted recordings while they review them, key `recordingId`; each change
   * claims its step in `attemptSteps` (`review-…`), like a take's (see review-claim-operations.ts).
   */
  reviewClaims: 'reviewClaims',
  /** Per-seller settings such as a vacation hold, key `sellerId`. */
  sellerSettings: 'sellerSettings',
  /**
   * The host's own records, key `name`: for now the secret of pseudonyms, created once with `add`.
   * No seller's data: never exported with a seller's records, never erased with them.
   */
  hostRecords: 'hostRecords',
  /**
   * Engagement: one record per counted action, key `[sellerId, kind, subjectId]`, written in the
   * same batch as the action, so an action counts once however often it is repeated or retried
   * (see engagement-records.ts). Points and badges are derived from these; never from scores.
   */
  activity: 'activity',
  /**
   * Each seller's standing on each certification of the pack (CertificationRecord), key
   * `[certificationId, sellerId]`, written with the finished attempt that changed it; each change
   * claims its step in `attemptSteps` (`cert-…`).
   */
  certifications: 'certifications',
} as const;

/**
 * The engine's store. Version 2 adds `attemptSteps`, version 3 `learningSteps`, version 4
 * `hostRecords`, version 5 `reviewClaims`, version 6 `activity`, version 7 `certifications`. Indexes exist for what the engine reads by seller or by challenge.
 */
export function engineSchema(name: string): StorageSchema {
  const bySeller = { name: 'bySeller', keyPath: 'sellerId' } as const;
  return {
    name,
    version: 7,
    collections: [
      {
        name: COLLECTIONS.attempts,
        keyPath: 'id',
        indexes: [bySeller, { name: 'bySellerChallenge', keyPath: ['sellerId', 'challengeId'] }],
      },
      { name: COLLECTIONS.attemptSteps, keyPath: ['attemptId', 'step'], indexes: [bySeller] },
      { name: COLLECTIONS.learningSteps, keyPath: ['sellerId', 'step'], indexes: [bySeller] },
      { name: COLLECTIONS.challengeSnapshots, keyPath: ['challengeId', 'packVersion'] },
      {
        name: COLLECTIONS.scores,
        keyPath: ['challengeId', 'sellerId'],
        indexes: [bySeller, { name: 'byChallenge', keyPath: 'challengeId' }],
      },
      { name: COLLECTIONS.mastery, keyPath: ['sellerId', 'topicId'], indexes: [bySeller] },
      { name: COLLECTIONS.repetition, keyPath: ['sellerId', 'questionId'], indexes: [bySeller] },
      { name: COLLECTIONS.nuggetProgress, keyPath: ['sellerId', 'nuggetId'], indexes: [bySeller] },
      {
        name: COLLECTIONS.ballots,
        keyPath: ['nuggetId', 'sellerId'],
        indexes: [bySeller, { name: 'byNugget', keyPath: 'nuggetId' }],
      },
      {
        name: COLLECTIONS.responses,
        keyPath: ['nuggetId', 'sellerId'],
        indexes: [bySeller, { name: 'byNugget', keyPath: 'nuggetId' }],
      },
      {
        name: COLLECTIONS.recordings,
        keyPath: 'id',
        indexes: [bySeller, { name: 'byPrompt', keyPath: 'promptId' }],
      },
      { name: COLLECTIONS.reviews, keyPath: 'recordingId' },
      { name: COLLECTIONS.reviewClaims, keyPath: 'recordingId', indexes: [bySeller] },
      { name: COLLECTIONS.sellerSettings, keyPath: 'sellerId' },
      { name: COLLECTIONS.hostRecords, keyPath: 'name' },
      {
        name: COLLECTIONS.activity,
        keyPath: ['sellerId', 'kind', 'subjectId'],
        indexes: [bySeller, { name: 'byWeek', keyPath: 'week' }],
      },
      { name: COLLECTIONS.certifications, keyPath: ['certificationId', 'sellerId'], indexes: [bySeller] },
    ],
  };
}
