import { z } from '../content/zod.js';
import { epochMs } from '../content/epoch-ms.schema.js';
import { IdSchema } from '../content/id.schema.js';

/**
 * Where a take is: `recording` while chunks arrive, `submitted` once finished (a finished take is
 * the seller's submission), `reviewed` after a coach scored it, `aborted` when the seller gave it up.
 */
export const RecordingStatusSchema = z.enum(['recording', 'submitted', 'reviewed', 'aborted']);

/** A recording's status (see {@link RecordingStatusSchema}). */
export type RecordingStatus = z.infer<typeof RecordingStatusSchema>;

/**
 * Why a take was aborted: `discarded` when the seller gave it up ("Record again"), `lost` when it
 * was still `recording` as the seller started another one (a reload, a closed tab, a crash left it
 * behind). A lost take does not count against the prompt's takes; a discarded one does.
 */
export const AbortReasonSchema = z.enum(['discarded', 'lost']);

/** Why a take was aborted (see {@link AbortReasonSchema}). */
export type AbortReason = z.infer<typeof AbortReasonSchema>;

/**
 * A media type as `MediaRecorder` reports it: `video/webm`, `video/mp4;codecs=avc1,mp4a`,
 * `audio/ogg`. Only video and audio: a pitch is never an arbitrary file.
 */
export const RecordingMimeTypeSchema = z
  .string()
  .check(
    z.maxLength(200),
    z.regex(/^(?:video|audio)\/[A-Za-z0-9.+-]+(?:\s*;.*)?$/, 'expected a video or audio type such as "video/webm"'),
  );

const count = () => z.int().check(z.minimum(0));

/** One consent decision of the seller, kept so the record shows who agreed to what and when. */
export const ConsentChangeSchema = z.strictObject({ gallery: z.boolean(), at: epochMs() });

/** A consent decision (see `ConsentChangeSchema`). */
export type ConsentChange = z.infer<typeof ConsentChangeSchema>;

/**
 * The seller's consent to show the take to peers as a best practice. `gallery` is the current
 * decision and equals the last entry of `history` (oldest first); `changedAt` is that entry's time.
 */
export const RecordingConsentSchema = z
  .strictObject({
    gallery: z.boolean(),
    changedAt: z.exactOptional(epochMs()),
    history: z.array(ConsentChangeSchema),
  })
  .check(
    z.superRefine((consent, ctx) => {
      const last = consent.history.at(-1);
      if (last === undefined) {
        if (consent.gallery) {
          ctx.issues.push({
            code: 'custom',
            input: consent.gallery,
            path: ['gallery'],
            message: 'consent given without a history entry; every consent change is recorded with its time',
          });
        }
        return;
      }
      if (last.gallery !== consent.gallery || last.at !== consent.changedAt) {
        ctx.issues.push({
          code: 'custom',
          input: consent.gallery,
          path: ['gallery'],
          message: 'expected the current consent (gallery, changedAt) to match the last history entry',
        });
      }
    }),
  );

/** A recording's consent (see `RecordingConsentSchema`). */
export type RecordingConsent = z.infer<typeof RecordingConsentSchema>;

/**
 * One take of a seller's pitch, as stored (the media itself is a blob stored beside it under the
 * same id). Times are epoch ms from the engine's clock; `size` is the media's bytes so far and
 * `chunkCount` its appended chunks; `take` counts the seller's takes at this prompt from 1.
 * `packVersion` is the content-pack version the take began with. Validated when read back from a
 * storage adapter, so the invariants between fields are checked here too.
 */
export const RecordingSchema = z
  .strictObject({
    id: IdSchema,
    promptId: IdSchema,
    sellerId: IdSchema,
    packVersion: z.string().check(z.minLength(1)),
    status: RecordingStatusSchema,
    startedAt: epochMs(),
    finishedAt: z.exactOptional(epochMs()),
    durationMs: z.exactOptional(z.number().check(z.minimum(0))),
    mimeType: RecordingMimeTypeSchema,
    size: count(),
    chunkCount: count(),
    take: z.int().check(z.minimum(1)),
    consent: RecordingConsentSchema,
    published: z.boolean(),
    publishedAt: z.exactOptional(epochMs()),
    /** Set on aborted takes from issue 16 on; older aborted records have none and count as discarded. */
    abortedBecause: z.exactOptional(AbortReasonSchema),
  })
  .check(
    z.superRefine((recording, ctx) => {
      const issue = (path: string, input: unknown, message: string) =>
        ctx.issues.push({ code: 'custom', input, path: [path], message });
      const done = recording.status === 'submitted' || recording.status === 'reviewed';
      if (done && recording.finishedAt === undefined) {
        issue('finishedAt', undefined, `a ${recording.status} recording needs finishedAt`);
      }
      if (done && recording.durationMs === undefined) {
        issue('durationMs', undefined, `a ${recording.status} recording needs durationMs`);
      }
      if (recording.abortedBecause !== undefined && recording.status !== 'aborted') {
        issue(
          'abortedBecause',
          recording.abortedBecause,
          `only an aborted take has abortedBecause (status is "${recording.status}")`,
        );
      }
      if (recording.finishedAt !== undefined && recording.finishedAt < recording.startedAt) {
        issue('finishedAt', recording.finishedAt, 'expected finishedAt at or after startedAt');
      }
      if (recording.published) {
        if (recording.status !== 'reviewed') {
          issue('published', true, `only a reviewed recording can be published (status is "${recording.status}")`);
        } else if (!recording.consent.gallery) {
          issue('published', true, 'a recording is published only while its seller consents');
        }
        if (recording.publishedAt === undefined)
          issue('publishedAt', undefined, 'a published recording needs publishedAt');
      }
    }),
  );

/** A stored take (see {@link RecordingSchema}). */
export type Recording = z.infer<typeof RecordingSchema>;
