import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { AttemptSchema } from '../challenge/attempt.schema.js';
import { ChallengeSchema } from '../challenge/challenge.schema.js';
import { SellerRoleSchema } from '../directory/directory.schema.js';
import { MasteryRecordSchema } from '../mastery/mastery-record.schema.js';
import { RepetitionStateSchema } from '../repetition/repetition-state.schema.js';
import type { COLLECTIONS } from './engine-schema.js';
import { ActivityRecordSchema } from './stored-activity.schema.js';
import { CertificationRecordSchema } from '../certification/certification-record.schema.js';

// The records of the engine's store as they are read back. Storage is a trust boundary (another
// tab running an older or newer version, a browser extension, someone editing IndexedDB by hand),
// so `validatedStorage` parses every record read with the schema of its collection here.

/**
 * An id the engine composes from authored ids (`<challengeId>.<n>.<sellerId>`), so it may be
 * longer than an authored id's 128 characters: any non-empty string.
 */
const ComposedIdSchema = z.string().check(z.minLength(1));

/** A content-pack version as recorded with an attempt or a snapshot. */
const PackVersionSchema = z.string().check(z.minLength(1));

/**
 * An attempt as stored: an attempt (`AttemptSchema`) whose id is composed by the engine (see
 * {@link ComposedIdSchema}), key `id`.
 */
export const StoredAttemptSchema = z.extend(AttemptSchema, { id: ComposedIdSchema });

/**
 * The claim of one change of an attempt (`after-<answers>-<status>`), key `[attemptId, step]`:
 * written with `add` beside the attempt so two tabs cannot both change it from the same state.
 */
export const AttemptStepSchema = z.strictObject({
  attemptId: ComposedIdSchema,
  sellerId: IdSchema,
  step: z.string().check(z.minLength(1)),
});

/** A claim of one change of an attempt (see {@link AttemptStepSchema}). */
export type AttemptStep = z.infer<typeof AttemptStepSchema>;

/** The claim of one change of a seller's learning records, key `[sellerId, step]` (see `COLLECTIONS.learningSteps`). */
export const LearningStepSchema = z.strictObject({
  sellerId: IdSchema,
  step: z.int().check(z.minimum(1)),
});

/** A claim of one change of a seller's learning records (see {@link LearningStepSchema}). */
export type LearningStep = z.infer<typeof LearningStepSchema>;

/** The challenge as an attempt began it, key `[challengeId, packVersion]`. */
export const ChallengeSnapshotSchema = z
  .strictObject({
    challengeId: IdSchema,
    packVersion: PackVersionSchema,
    challenge: ChallengeSchema,
  })
  .check(
    z.refine((snapshot) => snapshot.challenge.id === snapshot.challengeId, {
      message: 'expected the challenge of the snapshot to have the id challengeId',
      path: ['challenge', 'id'],
    }),
  );

/** The stored record of a challenge as an attempt began it, as `ChallengeSnapshotSchema` in this module defines it. */
export type ChallengeSnapshot = z.infer<typeof ChallengeSnapshotSchema>;

/**
 * A seller's counted score on a challenge, key `[challengeId, sellerId]` (derived state;
 * leaderboards are rebuilt from it). `completedAt` is when the counted attempt finished.
 */
export const StoredScoreSchema = z.strictObject({
  challengeId: IdSchema,
  sellerId: IdSchema,
  attemptId: ComposedIdSchema,
  score: z.number(),
  completedAt: z.number(),
  /**
   * The scorer's role in the directory when the score was written, so the boards still know
   * whether to rank them once the directory no longer lists them (see `ranksPerson`). Scores
   * written before roles were ranked (issue 14) have none.
   */
  role: z.exactOptional(SellerRoleSchema),
});

/** A seller's counted score on a challenge, as stored (see {@link StoredScoreSchema}). */
export type StoredScore = z.infer<typeof StoredScoreSchema>;

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const isId = (value: unknown): boolean =>
  typeof value === 'string' && value.length >= 1 && value.length <= 128 && ID_PATTERN.test(value);
const isNumber = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value);
const ROLES: ReadonlySet<unknown> = new Set(SellerRoleSchema.options);
const isRole = (value: unknown): boolean => ROLES.has(value);

/**
 * {@link StoredScoreSchema} by hand, for the one collection read in bulk: the first leaderboard
 * build reads every score (100 000 and more), and zod/mini (jitless, as a strict CSP requires)
 * took 50–90 ms per 100 000 records in Node where this takes 6–16 ms. It only ever accepts: a
 * record it refuses goes through the schema, which stays the definition and words the problem.
 * It must therefore never accept what the schema refuses (tested against the schema).
 */
export function isStoredScore(record: unknown): record is StoredScore {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return false;
  const score = record as Record<string, unknown>;
  const keys = Object.keys(score).length;
  return (
    (keys === 5 ? !('role' in score) : keys === 6 && isRole(score.role)) &&
    isId(score.challengeId) &&
    isId(score.sellerId) &&
    typeof score.attemptId === 'string' &&
    score.attemptId.length > 0 &&
    isNumber(score.score) &&
    isNumber(score.completedAt)
  );
}

/** What a seller did with a nugget, key `[sellerId, nuggetId]`. */
export const NuggetProgressSchema = z.strictObject({
  sellerId: IdSchema,
  nuggetId: IdSchema,
  seenAt: z.exactOptional(z.number()),
  answeredAt: z.exactOptional(z.number()),
  /** Mini-quiz questions answered; the nugget counts as answered when all are. */
  answeredQuestions: z.exactOptional(z.array(IdSchema)),
});

/** What a seller did with a nugget, as stored (see {@link NuggetProgressSchema}). */
export type NuggetProgress = z.infer<typeof NuggetProgressSchema>;

/** A seller's ballot in a poll, key `[nuggetId, sellerId]`; read only to count, never shown. */
export const StoredBallotSchema = z.strictObject({
  nuggetId: IdSchema,
  sellerId: IdSchema,
  voterId: IdSchema,
  optionIds: z.array(IdSchema),
  at: z.number(),
});

/** A poll ballot as stored: a `PollBallot` with its keys (`StoredBallotSchema` in this module). */
export type StoredBallot = z.infer<typeof StoredBallotSchema>;

/**
 * A seller's answer to an open question, for the nugget's owner, key `[nuggetId, sellerId]`: one
 * per seller and question, a new answer replacing the last (and reopening it). `handledAt` and
 * `handledBy` (issue 16) are set together when the owner or a manager marks it handled; answers
 * stored before have neither and read as not handled, so no migration is needed.
 */
export const OpenQuestionResponseSchema = z.strictObject({
  nuggetId: IdSchema,
  sellerId: IdSchema,
  /** The nugget's `owner` when the answer was given; `null` when it had none. */
  owner: z.nullable(z.string().check(z.minLength(1))),
  text: z.string(),
  at: z.number(),
  handledAt: z.exactOptional(z.number()),
  handledBy: z.exactOptional(IdSchema),
  /**
   * How many times the record was written (absent: never since steps were counted). Each write
   * claims the step it read in `attemptSteps`, so a handled mark made from an answer another
   * process has since replaced fails instead of putting the old text back.
   */
  step: z.exactOptional(z.int().check(z.minimum(0))),
});

/** An open-question answer as stored, as `OpenQuestionResponseSchema` in this module defines it. */
export type OpenQuestionResponse = z.infer<typeof OpenQuestionResponseSchema>;

/**
 * A seller's settings, key `sellerId`: the vacation hold of spaced repetition, and whether others
 * see them on leaderboards (their own choice, which overrides the directory's `privacy`; absent
 * until they make one).
 */
export const SellerSettingsSchema = z.strictObject({
  sellerId: IdSchema,
  hold: z.exactOptional(z.strictObject({ from: z.number(), until: z.number() })),
  boardVisibility: z.exactOptional(z.enum(['visible', 'hidden'])),
});

/** A seller's settings, as stored (see {@link SellerSettingsSchema}). */
export type SellerSettings = z.infer<typeof SellerSettingsSchema>;

/**
 * The secret of the host's pseudonyms, key `name` (`pseudonymSecret`): 32 random bytes as hex,
 * made once by the first host that needed it (see pseudonym-secret.ts).
 */
export const PseudonymSecretRecordSchema = z.strictObject({
  name: z.literal('pseudonymSecret'),
  secret: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

/** The stored secret of pseudonyms (see {@link PseudonymSecretRecordSchema}). */
export type PseudonymSecretRecord = z.infer<typeof PseudonymSecretRecordSchema>;

/** A collection name of the engine's store. */
export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];

/** The collections of pitch coaching, whose schemas load with the pitch code (see stored-pitch-records.schema.ts). */
export type PitchCollection = 'recordings' | 'reviews' | 'reviewClaims';

/**
 * The schema of each collection's records but pitch coaching's. With `STORED_PITCH_RECORD_SCHEMAS`
 * typed over every collection name, so a collection added to `COLLECTIONS` without a schema does
 * not compile. Blobs (`readChunks`) are binary, not parsed.
 */
export const STORED_RECORD_SCHEMAS: { readonly [C in Exclude<CollectionName, PitchCollection>]: z.ZodMiniType } = {
  attempts: StoredAttemptSchema,
  attemptSteps: AttemptStepSchema,
  learningSteps: LearningStepSchema,
  challengeSnapshots: ChallengeSnapshotSchema,
  scores: StoredScoreSchema,
  mastery: MasteryRecordSchema,
  repetition: RepetitionStateSchema,
  nuggetProgress: NuggetProgressSchema,
  ballots: StoredBallotSchema,
  responses: OpenQuestionResponseSchema,
  sellerSettings: SellerSettingsSchema,
  hostRecords: PseudonymSecretRecordSchema,
  activity: ActivityRecordSchema,
  certifications: CertificationRecordSchema,
};
