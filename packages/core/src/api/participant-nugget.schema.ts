import { z } from '../content/zod.js';
import { RedactedQuestionSchema } from '../challenge/redacted-question.schema.js';
import type { ParticipantNugget } from '../engine/participant-nugget.js';
import {
  InfoNuggetSchema,
  OpenQuestionNuggetSchema,
  PollNuggetSchema,
  VideoNuggetSchema,
} from '../nugget/nugget.schema.js';
import type { Assert, SameShape } from './assignable.js';
import { readonlyArray } from './reply-fields.js';

// The fields every kind of nugget shares.
const { id, title, topics, owner } = InfoNuggetSchema.shape;

/** A mini-quiz as a seller receives it: its questions without answer keys or explanations. */
export const ParticipantMiniQuizSchema = z.strictObject({
  id,
  title,
  topics,
  owner,
  kind: z.literal('mini-quiz'),
  questions: readonlyArray(RedactedQuestionSchema),
});

/**
 * A nugget as a seller receives it (see `participantNugget`): authored nuggets as they are, and
 * mini-quizzes with redacted questions. Strict objects, so a reply that leaks a key is refused.
 */
export const ParticipantNuggetSchema = z.discriminatedUnion('kind', [
  InfoNuggetSchema,
  VideoNuggetSchema,
  PollNuggetSchema,
  OpenQuestionNuggetSchema,
  ParticipantMiniQuizSchema,
]);

// The engine redacts nuggets into its own `ParticipantNugget`; this fails to compile when the two drift.
export type _ParticipantNuggetMatchesEngine = Assert<
  SameShape<z.infer<typeof ParticipantNuggetSchema>, ParticipantNugget>
>;
