import { z } from '../content/zod.js';
import { epochMs } from '../content/epoch-ms.schema.js';
import { IdSchema } from '../content/id.schema.js';
import { LocalizedTextSchema } from '../content/localized-text.schema.js';
import { LocalizedRichTextSchema } from '../content/rich-text.schema.js';
import { orUndefined } from './reply-fields.js';

/**
 * A seller's answer to an open question, as its owner and managers read it: the question, who
 * answered (name, partner, tier), the text, and whether someone at the vendor handled it.
 */
export const ResponseEntrySchema = z.object({
  /** `<nuggetId>~<sellerId>`: one answer per seller and question (answering again replaces it). */
  id: z.string().check(z.minLength(1)),
  nuggetId: IdSchema,
  /** The question's title and prompt; `undefined` once the question left the content pack. */
  title: orUndefined(LocalizedTextSchema),
  prompt: orUndefined(LocalizedRichTextSchema),
  sellerId: IdSchema,
  /** The seller's display name, else their id once the directory no longer lists them. */
  sellerName: z.string(),
  partnerId: orUndefined(IdSchema),
  /** The partner's name, else its id; `''` for a seller of no partner. */
  partnerName: z.string(),
  /** The partner's tier under the pack's policy, with its name in every language the pack gives. */
  tierId: orUndefined(IdSchema),
  tierName: orUndefined(LocalizedTextSchema),
  /** The seller's words, plain text. */
  text: z.string(),
  at: epochMs(),
  handled: z.boolean(),
  handledAt: orUndefined(epochMs()),
  handledBy: orUndefined(IdSchema),
  /** The display name of who handled it (their id once the directory no longer lists them). */
  handledByName: orUndefined(z.string()),
});

/** An open question whose answers the viewer reads (see `MindshareApi.responseQuestions`). */
export const ResponseQuestionSchema = z.object({
  nuggetId: IdSchema,
  title: LocalizedTextSchema,
});
