import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { AttemptStatusSchema } from '../challenge/attempt.schema.js';
import { RedactedQuestionSchema } from '../challenge/redacted-question.schema.js';
import { readonlyArray } from './reply-fields.js';
import { AttemptResultSchema } from './attempt-result.schema.js';
import { VerdictSchema } from './verdict.schema.js';

/**
 * An attempt as its participant sees it: redacted questions in order (strict objects, so a reply
 * that leaks an answer key is refused) and the verdicts of the questions answered so far.
 */
export const AttemptViewSchema = z.object({
  id: IdSchema,
  challengeId: IdSchema,
  status: AttemptStatusSchema,
  startedAt: z.number(),
  deadline: z.number(),
  score: z.number(),
  questions: readonlyArray(RedactedQuestionSchema),
  verdicts: readonlyArray(VerdictSchema),
  /** The outcome once the attempt is finished or expired (a reload, or a reply lost, shows it again). */
  result: z.exactOptional(AttemptResultSchema),
});
