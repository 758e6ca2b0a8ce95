import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { AttemptStatusSchema } from '../challenge/attempt.schema.js';
import { RedactedQuestionSchema } from '../challenge/redacted-question.schema.js';
import { readonlyArray } from './reply-fields.js';
import { AttemptResultSchema } from './attempt-result.schema.js';
import { VerdictSchema } from './verdict.schema.js';

/**
 * An attempt as its participant sees it: the question ids in order, the redacted questions
 * revealed so far (strict objects, so a reply that leaks an answer key is refused) and the
 * verdicts of the questions answered so far.
 */
export const AttemptViewSchema = z.object({
  id: IdSchema,
  challengeId: IdSchema,
  status: AttemptStatusSchema,
  startedAt: z.number(),
  deadline: z.number(),
  score: z.number(),
  /** Every question of the attempt, in the order it asks them: their count is `questionIds.length`. */
  questionIds: readonlyArray(IdSchema),
  /**
   * The questions revealed so far, in attempt order: while the attempt runs, those shown
   * (`showQuestion`) or answered; once it is closed, all of them. A question's text is not sent
   * before it is revealed, so its clock cannot be dodged by reading it early.
   */
  questions: readonlyArray(RedactedQuestionSchema),
  verdicts: readonlyArray(VerdictSchema),
  /** The outcome once the attempt is finished or expired (a reload, or a reply lost, shows it again). */
  result: z.exactOptional(AttemptResultSchema),
});
