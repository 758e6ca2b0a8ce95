import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { readonlyArray } from './reply-fields.js';

/** How many ballots chose one option. */
export const PollOptionCountSchema = z.object({ optionId: IdSchema, count: z.number() });

/**
 * The results of a poll as any seller may see them: counts per option, in the poll's option
 * order, and the number of voters. Deliberately has no voter ids, so a result can never be used
 * to find out who voted what.
 */
export const PollTallySchema = z.object({ options: readonlyArray(PollOptionCountSchema), voters: z.number() });
