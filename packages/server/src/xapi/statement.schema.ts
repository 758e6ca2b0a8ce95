import * as z from 'zod/mini';

// The xAPI 1.0.3 statements this server sends, and only those: checked before a statement is
// queued, so a statement the LRS would refuse is a bug found in the write that made it. The tests
// check what an LRS receives against the xAPI statement JSON Schema as well, independently of this.

const iri = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/, 'expected an absolute IRI'));
const uuid = z
  .string()
  .check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'expected a UUID'));
/** RFC 5646 language tags, as the pack's `locales` are. */
const languageTag = z.string().check(z.regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'expected a language tag'));
const languageMap = z.record(languageTag, z.string());
/** An ISO 8601 duration as {@link isoDuration} writes it. */
const duration = z.string().check(z.regex(/^PT(\d+H)?(\d+M)?\d+(\.\d+)?S$/, 'expected an ISO 8601 duration'));

/** Exactly one identifier: the directory account, or the e-mail when the operator opted in. */
const AgentSchema = z.union([
  z.strictObject({
    objectType: z.literal('Agent'),
    account: z.strictObject({ homePage: iri, name: z.string().check(z.minLength(1)) }),
  }),
  z.strictObject({
    objectType: z.literal('Agent'),
    mbox: z.string().check(z.regex(/^mailto:[^@\s]+@[^@\s]+$/, 'expected mailto: and an address')),
  }),
]);

const InteractionComponentSchema = z.strictObject({ id: z.string().check(z.minLength(1)), description: languageMap });

/** An activity: its IRI, ADL type, name in the pack's languages and, for a question or poll, how it is answered. */
export const ActivitySchema = z.strictObject({
  objectType: z.literal('Activity'),
  id: iri,
  definition: z.strictObject({
    type: iri,
    name: z.optional(languageMap),
    interactionType: z.optional(z.enum(['true-false', 'choice', 'long-fill-in', 'sequencing', 'numeric'])),
    choices: z.optional(z.array(InteractionComponentSchema)),
  }),
});

/** An activity of a statement (see {@link ActivitySchema}). */
export type Activity = z.infer<typeof ActivitySchema>;

const ScoreSchema = z
  .strictObject({
    scaled: z.optional(z.number().check(z.minimum(-1), z.maximum(1))),
    raw: z.optional(z.number()),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
  })
  .check(
    z.refine(
      ({ raw, min, max }) =>
        (min === undefined || max === undefined || min <= max) &&
        (raw === undefined || ((min === undefined || min <= raw) && (max === undefined || raw <= max))),
      'expected min ≤ raw ≤ max',
    ),
  );

const ResultSchema = z.strictObject({
  score: z.optional(ScoreSchema),
  success: z.optional(z.boolean()),
  completion: z.optional(z.boolean()),
  response: z.optional(z.string()),
  duration: z.optional(duration),
});

/** The result of a statement (score, success, completion, response, duration). */
export type Result = z.infer<typeof ResultSchema>;

/** A statement this server sends. */
export const StatementSchema = z.strictObject({
  id: uuid,
  actor: AgentSchema,
  verb: z.strictObject({ id: iri, display: languageMap }),
  object: z.union([ActivitySchema, z.strictObject({ objectType: z.literal('StatementRef'), id: uuid })]),
  result: z.optional(ResultSchema),
  context: z.strictObject({
    registration: z.optional(uuid),
    instructor: z.optional(AgentSchema),
    contextActivities: z.optional(z.strictObject({ parent: z.array(ActivitySchema).check(z.minLength(1)) })),
    platform: z.literal('Mindshare'),
    language: languageTag,
  }),
  timestamp: z.iso.datetime(),
});

/** A statement (see {@link StatementSchema}). */
export type Statement = z.infer<typeof StatementSchema>;

/** An agent of a statement. */
export type Agent = z.infer<typeof AgentSchema>;

/** `ms` as an ISO 8601 duration (`PT1M5.25S`), to the hundredth of a second as xAPI asks. */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6_000);
  const seconds = (centis % 6_000) / 100;
  return `PT${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${seconds}S`;
}
