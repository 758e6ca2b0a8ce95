import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { RedactedQuestionSchema } from '../challenge/redacted-question.schema.js';
import { FeedItemSchema } from './feed-item.schema.js';
import { ParticipantNuggetSchema } from './participant-nugget.schema.js';
import { PollTallySchema } from './poll-tally.schema.js';
import { orUndefined, readonlyArray } from './reply-fields.js';
import { CertificationReminderSchema } from './certification-view.schema.js';

/** A released nugget (mini-quiz keys redacted) with what the viewer did with it. */
export const FeedEntrySchema = z.extend(FeedItemSchema, {
  nugget: ParticipantNuggetSchema,
  /** For polls the viewer voted in: the tally and their own choice. */
  poll: z.exactOptional(z.object({ tally: PollTallySchema, mine: readonlyArray(IdSchema) })),
});

/** A question asked again by spaced repetition. */
export const DueQuestionSchema = z.object({
  questionId: IdSchema,
  question: RedactedQuestionSchema,
  /** Where the question comes from: a challenge, or a mini-quiz nugget. */
  origin: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('challenge'), challengeId: IdSchema }),
    z.object({ kind: z.literal('nugget'), nuggetId: IdSchema }),
  ]),
});

/** The viewer's feed. */
export const FeedViewSchema = z.object({
  items: readonlyArray(FeedEntrySchema),
  unread: z.number(),
  /** When the next nugget is released (epoch ms), for a timer; `undefined` when none is left. */
  nextReleaseAt: orUndefined(z.number()),
  /** Quiz questions due again by spaced repetition, most overdue first. */
  due: readonlyArray(DueQuestionSchema),
  /** Certifications of the viewer's expiring within their reminder period (or in grace), soonest first. */
  reminders: z._default(readonlyArray(CertificationReminderSchema), []),
});
