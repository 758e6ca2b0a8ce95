import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { LocaleSchema, LocalizedTextSchema } from '../content/localized-text.schema.js';
import { LocalizedRichTextSchema } from '../content/rich-text.schema.js';
import { MediaUrlSchema } from '../content/safe-url.schema.js';
import { QuestionSchema } from '../challenge/question.schema.js';

// Fields every kind shares. Spread into each strict object so unknown keys stay errors per kind.
const commonFields = {
  id: IdSchema,
  title: LocalizedTextSchema,
  /** Topic ids, for mastery and for filtering the feed. */
  topics: z.exactOptional(z.array(IdSchema)),
  /** Who at the vendor receives the open answers (a team or mailbox name); the pack's default when absent. */
  owner: z.exactOptional(z.string().check(z.minLength(1))),
};

type Issues = { issues: unknown[] };

/** Reports every repeat of a key after the first, at the repeat's own path. */
function reportDuplicates<T>(
  entries: readonly T[],
  key: (entry: T) => string,
  path: (index: number) => (string | number)[],
  what: string,
  ctx: Issues,
): void {
  const firstIndex = new Map<string, number>();
  entries.forEach((entry, index) => {
    const value = key(entry);
    const first = firstIndex.get(value);
    if (first === undefined) firstIndex.set(value, index);
    else
      ctx.issues.push({
        code: 'custom',
        input: value,
        path: path(index),
        message: `duplicate ${what} "${value}" (already used at index ${first})`,
      });
  });
}

/** An image with its alternative text, which screen readers read instead. */
export const NuggetImageSchema = z.strictObject({ src: MediaUrlSchema, alt: LocalizedTextSchema });

/** An info card: rich text and an optional image. */
export const InfoNuggetSchema = z.strictObject({
  ...commonFields,
  kind: z.literal('info'),
  body: LocalizedRichTextSchema,
  image: z.exactOptional(NuggetImageSchema),
});

/** A caption track (WebVTT) of a video. */
export const CaptionTrackSchema = z.strictObject({
  locale: LocaleSchema,
  src: MediaUrlSchema,
  /** What the player's caption menu shows: "Français". */
  label: z.string().check(z.minLength(1)),
});

/** A short video. Captions are required: a nugget must be usable without sound and by deaf sellers. */
export const VideoNuggetSchema = z
  .strictObject({
    ...commonFields,
    kind: z.literal('video'),
    src: MediaUrlSchema,
    poster: z.exactOptional(MediaUrlSchema),
    captions: z
      .array(CaptionTrackSchema)
      .check(
        z.minLength(
          1,
          'expected at least one caption track, e.g. [{ "locale": "en", "src": "media/intro.en.vtt", "label": "English" }]',
        ),
      ),
    durationSeconds: z.number().check(z.positive('expected the duration in seconds, more than 0')),
  })
  .check(
    z.superRefine((video, ctx) =>
      reportDuplicates(
        video.captions,
        (track) => track.locale,
        (index) => ['captions', index, 'locale'],
        'caption locale',
        ctx,
      ),
    ),
  );

/** An option of a poll. Polls have no correct answer. */
export const PollOptionSchema = z.strictObject({ id: IdSchema, label: LocalizedTextSchema });

/**
 * A poll. Results are shown after voting. `multiple: false` takes exactly one option;
 * `multiple: true` takes one or more, at most `maxChoices` when given.
 */
export const PollNuggetSchema = z
  .strictObject({
    ...commonFields,
    kind: z.literal('poll'),
    question: LocalizedTextSchema,
    options: z.array(PollOptionSchema).check(z.minLength(2, 'expected at least two options')),
    multiple: z.boolean(),
    maxChoices: z.exactOptional(
      z.int().check(z.minimum(2, 'expected maxChoices ≥ 2; for a single choice set "multiple": false')),
    ),
  })
  .check(
    z.superRefine((poll, ctx) => {
      reportDuplicates(
        poll.options,
        (option) => option.id,
        (index) => ['options', index, 'id'],
        'option id',
        ctx,
      );
      if (poll.maxChoices === undefined) return;
      if (!poll.multiple) {
        ctx.issues.push({
          code: 'custom',
          input: poll.maxChoices,
          path: ['maxChoices'],
          message: 'maxChoices applies only to "multiple": true; remove it or allow multiple choices',
        });
      } else if (poll.maxChoices > poll.options.length) {
        ctx.issues.push({
          code: 'custom',
          input: poll.maxChoices,
          path: ['maxChoices'],
          message: `maxChoices is ${poll.maxChoices} but the poll has only ${poll.options.length} options`,
        });
      }
    }),
  );

/** An open question: free text collected for the vendor (see `owner`), at most `maxLength` characters. */
export const OpenQuestionNuggetSchema = z.strictObject({
  ...commonFields,
  kind: z.literal('open-question'),
  prompt: LocalizedRichTextSchema,
  maxLength: z.int().check(z.minimum(1), z.maximum(5000, 'expected maxLength of at most 5000 characters')),
});

/** A few quiz questions, of the same kinds as a challenge's; missed ones come back by spaced repetition. */
export const MiniQuizNuggetSchema = z
  .strictObject({
    ...commonFields,
    kind: z.literal('mini-quiz'),
    questions: z.array(QuestionSchema).check(z.minLength(1, 'expected at least one question')),
  })
  .check(
    z.superRefine((quiz, ctx) =>
      reportDuplicates(
        quiz.questions,
        (question) => question.id,
        (index) => ['questions', index, 'id'],
        'question id',
        ctx,
      ),
    ),
  );

/**
 * A micro-learning nugget of the editorial line, discriminated on `kind`: `info`, `video`, `poll`,
 * `open-question` or `mini-quiz`. Objects are strict, so a misspelt key is reported, not ignored.
 */
export const NuggetSchema = z.discriminatedUnion('kind', [
  InfoNuggetSchema,
  VideoNuggetSchema,
  PollNuggetSchema,
  OpenQuestionNuggetSchema,
  MiniQuizNuggetSchema,
]);

/** A nugget (see {@link NuggetSchema}). */
export type Nugget = z.infer<typeof NuggetSchema>;
/** The kinds of nugget. */
export type NuggetKind = Nugget['kind'];
/** An info card. */
export type InfoNugget = z.infer<typeof InfoNuggetSchema>;
/** A video nugget. */
export type VideoNugget = z.infer<typeof VideoNuggetSchema>;
/** A poll nugget. */
export type PollNugget = z.infer<typeof PollNuggetSchema>;
/** An option of a poll. */
export type PollOption = z.infer<typeof PollOptionSchema>;
/** An open-question nugget. */
export type OpenQuestionNugget = z.infer<typeof OpenQuestionNuggetSchema>;
/** A mini-quiz nugget. */
export type MiniQuizNugget = z.infer<typeof MiniQuizNuggetSchema>;
/** A caption track. */
export type CaptionTrack = z.infer<typeof CaptionTrackSchema>;
