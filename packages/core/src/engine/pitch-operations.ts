import { MindError, isMindError } from '../errors/mind-error.js';
import { setConsent } from '../pitch/consent.js';
import { galleryRecordings } from '../pitch/gallery.js';
import { canReview, canSeeRecording, canSetConsent } from '../pitch/permissions.js';
import type { PitchPrompt } from '../pitch/pitch-prompt.schema.js';
import { abortRecording, appendChunkMeta, beginRecording, finishRecording } from '../pitch/recording-lifecycle.js';
import type { Recording } from '../pitch/recording.schema.js';
import { liveClaim, publicClaim } from '../pitch/review-claim.js';
import type { StoredReviewClaim } from '../pitch/review-claim.schema.js';
import type { Review } from '../pitch/review.schema.js';
import type { BatchOperation, BinaryChunk, BlobLike } from '../storage/storage-adapter.js';
import type {
  RecordingEntry,
  RecordingMeta,
  RecordingQuery,
  RecordingSession,
  ResumedRecording,
} from '../api/mindshare-api.js';
import type { EngineContext } from './engine-context.js';
import { newId, requireId, requireStaff } from './engine-input.js';
import { changeClaim } from './challenge-operations.js';
import { COLLECTIONS } from './engine-schema.js';
import { activityWrites, countsActivity } from './engagement-records.js';
import { partnerNameOf } from './people.js';

export function promptOf(context: EngineContext, promptId: unknown): PitchPrompt {
  const id = requireId(promptId, 'promptId');
  const prompt = context.prompts.get(id);
  if (!prompt) throw new MindError('MIND_NOT_FOUND', `No pitch prompt "${id}" in content pack "${context.pack.id}".`);
  return prompt;
}

export async function recordingOf(context: EngineContext, recordingId: unknown): Promise<Recording> {
  const id = requireId(recordingId, 'recordingId');
  const recording = await context.storage.get<Recording>(COLLECTIONS.recordings, id);
  if (!recording || !canSeeRecording(context.viewer, recording)) {
    throw new MindError('MIND_NOT_FOUND', `No recording "${id}" that you may see.`);
  }
  return recording;
}

function chunkSize(chunk: BinaryChunk): number {
  if (chunk instanceof ArrayBuffer) return chunk.byteLength;
  if (ArrayBuffer.isView(chunk)) return chunk.byteLength;
  if (typeof chunk === 'object' && chunk !== null && typeof (chunk as BlobLike).size === 'number')
    return (chunk as BlobLike).size;
  throw new MindError('MIND_INVALID_INPUT', 'A chunk must be a Blob, an ArrayBuffer or a typed array.', {
    path: ['chunk'],
  });
}

/**
 * Starts a take. Each chunk is stored as it arrives, in the same batch as the recording's updated
 * size, so a crash loses at most the chunk being written; takes left dangling by a reload or a
 * crash are aborted as `lost` together with the start of the new one (they give their turn back).
 */
export function beginPitch(context: EngineContext, promptId: unknown, meta: RecordingMeta): Promise<RecordingSession> {
  // Queued: two tabs starting takes at once would both count the same earlier takes.
  return context.exclusive(() => startTake(context, promptId, meta));
}

async function startTake(context: EngineContext, promptId: unknown, meta: RecordingMeta): Promise<RecordingSession> {
  const prompt = promptOf(context, promptId);
  if (typeof meta !== 'object' || meta === null || typeof meta.mimeType !== 'string') {
    throw new MindError('MIND_INVALID_INPUT', 'startRecording needs { mimeType } from the recorder.', {
      path: ['meta', 'mimeType'],
    });
  }
  const sellerId = context.viewer.id;
  const previous = (
    await context.storage.query<Recording>(COLLECTIONS.recordings, { index: 'bySeller', range: { only: sellerId } })
  ).filter((recording) => recording.promptId === prompt.id);
  const at = context.now();
  let record = beginRecording(prompt, previous, {
    id: newId(context, 'recording'),
    sellerId,
    packVersion: context.pack.version,
    mimeType: meta.mimeType,
    at,
  });
  if (meta.consent === true) record = setConsent(record, true, at);
  const dangling = previous.filter((recording) => recording.status === 'recording');
  await context.write(
    [
      ...dangling.flatMap((recording): BatchOperation[] => [
        takeClaim(recording),
        // Lost, not discarded: the seller did not give it up, so it does not use up a take.
        { type: 'put', collection: COLLECTIONS.recordings, value: abortRecording(recording, at, 'lost') },
        { type: 'delete-blob', blobId: recording.id },
      ]),
      { type: 'add', collection: COLLECTIONS.recordings, value: record },
    ],
    ['pitch'],
  );

  return takeSession(context, prompt, record);
}

/**
 * The session of a take left in progress (a server process that restarted, or another process
 * behind the load balancer, receives the next chunk): the seller's own recording, still recording.
 */
export function resumePitch(context: EngineContext, recordingId: unknown): Promise<ResumedRecording> {
  return context.exclusive(async () => {
    const id = requireId(recordingId, 'recordingId');
    const record = await context.storage.get<Recording>(COLLECTIONS.recordings, id);
    if (!record || record.sellerId !== context.viewer.id) {
      throw new MindError('MIND_NOT_FOUND', `No recording "${id}" of yours.`, { path: ['recordingId'] });
    }
    if (record.status !== 'recording') {
      throw new MindError('MIND_CONFLICT', `Recording "${id}" is ${record.status}: it takes no more chunks.`, {
        path: ['status'],
      });
    }
    return takeSession(context, promptOf(context, record.promptId), record);
  });
}

/** The claim of one change of a take: the same chunk sent twice at once, or a finish racing an append, cannot both succeed. */
const takeClaim = (recording: Recording): BatchOperation =>
  changeClaim(recording.id, recording.sellerId, `take-${recording.chunkCount}-${recording.status}`);

function takeSession(context: EngineContext, prompt: PitchPrompt, started: Recording): ResumedRecording {
  let record = started;
  // Appends run one after another even if the recorder calls faster than storage writes. After a
  // failed append the take has a hole, so only abort() is allowed from then on.
  let queue: Promise<unknown> = Promise.resolve();
  let broken: unknown;
  const serial = <T>(step: () => Promise<T>, always = false): Promise<T> => {
    const guarded = () => {
      if (broken !== undefined && !always) {
        return Promise.reject(
          new MindError('MIND_CONFLICT', `Recording "${record.id}" lost a chunk; abort it and record again.`, {
            cause: broken,
          }),
        );
      }
      // Under the seller's queue, from the take as stored: another session of this take (a tab,
      // a request on this process) may have moved it on since this one last looked.
      return context.exclusive(step);
    };
    const next = queue.then(guarded, guarded);
    queue = next.catch(() => undefined);
    return next;
  };
  /** The take as stored, refused when it is not where this session left it. */
  const current = async (): Promise<Recording> => {
    const stored = (await context.storage.get<Recording>(COLLECTIONS.recordings, record.id)) ?? record;
    if (stored.chunkCount !== record.chunkCount || stored.status !== record.status) {
      record = stored;
      throw new MindError(
        'MIND_CONFLICT',
        `Recording "${stored.id}" changed elsewhere: it is ${stored.status} with ${stored.size} bytes.`,
        { path: ['recordingId'] },
      );
    }
    return stored;
  };
  return {
    recordingId: record.id,
    get size() {
      return record.size;
    },
    append: (chunk) =>
      serial(async () => {
        try {
          const stored = await current();
          const next = appendChunkMeta(stored, chunkSize(chunk));
          await context.write(
            [
              takeClaim(stored),
              { type: 'append-chunk', blobId: next.id, chunk },
              { type: 'put', collection: COLLECTIONS.recordings, value: next },
            ],
            ['pitch'],
          );
          record = next;
        } catch (error) {
          broken = error;
          throw error;
        }
      }),
    finish: (options) =>
      serial(async () => {
        const durationMs = options?.durationMs;
        if (typeof durationMs !== 'number' || !Number.isFinite(durationMs)) {
          throw new MindError('MIND_INVALID_INPUT', 'finish needs { durationMs } of the recording.', {
            path: ['durationMs'],
          });
        }
        const stored = await current();
        const finished = finishRecording(stored, prompt, { at: context.now(), durationMs });
        // Sending a pitch for review counts once per prompt, however many takes follow.
        const activity = await activityWrites(context, [{ kind: 'pitch-sent', subjectId: prompt.id }]);
        const counted = countsActivity(activity);
        await context.write(
          [takeClaim(stored), { type: 'put', collection: COLLECTIONS.recordings, value: finished }, ...activity],
          counted ? ['pitch', 'engagement'] : ['pitch'],
          () => (counted ? context.host.engagementChanged(context.viewer.id) : undefined),
        );
        record = finished;
        return record;
      }),
    abort: () =>
      serial(async () => {
        // Another tab may have aborted this take already (it supersedes dangling takes).
        const stored = (await context.storage.get<Recording>(COLLECTIONS.recordings, record.id)) ?? record;
        const aborted = stored.status === 'recording' ? abortRecording(stored, context.now()) : stored;
        await context.write(
          [
            ...(stored.status === 'recording' ? [takeClaim(stored)] : []),
            { type: 'put', collection: COLLECTIONS.recordings, value: aborted },
            { type: 'delete-blob', blobId: record.id },
          ],
          ['pitch'],
        );
        record = aborted;
      }, true),
  };
}

/** Recordings the viewer may list: their own, those to review (staff), the gallery, or all (staff). */
const VIEWS = new Set(['mine', 'to-review', 'gallery', 'all']);

export async function listRecordings(context: EngineContext, query: RecordingQuery = {}): Promise<RecordingEntry[]> {
  if (typeof query !== 'object' || query === null) {
    throw new MindError('MIND_INVALID_INPUT', 'recordings() takes { view?, promptId?, sellerId? }.', {
      path: ['query'],
    });
  }
  if (query.view !== undefined && !VIEWS.has(query.view)) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `view must be one of mine, to-review, gallery, all; got "${String(query.view)}".`,
      {
        path: ['view'],
      },
    );
  }
  const view = query.view ?? (context.viewer.role === 'seller' ? 'mine' : 'to-review');
  if (view === 'to-review' || view === 'all') requireStaff(context, `list ${view} recordings`);
  let recordings =
    view === 'mine'
      ? await context.storage.query<Recording>(COLLECTIONS.recordings, {
          index: 'bySeller',
          range: { only: context.viewer.id },
        })
      : await context.storage.query<Recording>(COLLECTIONS.recordings);
  if (query.promptId !== undefined)
    recordings = recordings.filter((recording) => recording.promptId === query.promptId);
  if (query.sellerId !== undefined)
    recordings = recordings.filter((recording) => recording.sellerId === query.sellerId);
  if (view === 'to-review') recordings = recordings.filter((recording) => recording.status === 'submitted');
  if (view === 'gallery') {
    const prompts = query.promptId === undefined ? [...context.prompts.keys()] : [query.promptId];
    recordings = prompts.flatMap((promptId) => galleryRecordings(recordings, promptId));
  } else if (view === 'to-review') {
    // The coaches' queue: the take waiting longest comes first.
    recordings.sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0) || (a.id < b.id ? -1 : 1));
  } else {
    recordings.sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? -1 : 1));
  }
  const now = context.now();
  // A second guard: whatever the query, nobody lists a take they may not see. Each take's review
  // and claim are read side by side: the queue is read again every few seconds by every coach.
  const visible = recordings.filter((candidate) => canSeeRecording(context.viewer, candidate));
  return Promise.all(
    visible.map(async (recording): Promise<RecordingEntry> => {
      const review = await context.storage.get<Review>(COLLECTIONS.reviews, recording.id);
      // Who reviews a take and where its seller works are for the coaches and the seller only: a
      // seller watching a peer's take in the gallery learns the peer's name and nothing more.
      const insider = canReview(context.viewer.role) || context.viewer.id === recording.sellerId;
      // Only a take waiting for its review can be held; a lapsed or released claim holds nothing.
      const claim =
        insider && recording.status === 'submitted'
          ? liveClaim(await context.storage.get<StoredReviewClaim>(COLLECTIONS.reviewClaims, recording.id), now)
          : undefined;
      return {
        ...recording,
        review,
        claim: claim && publicClaim(claim),
        sellerName: context.sellers.get(recording.sellerId)?.displayName ?? recording.sellerId,
        partnerName: insider ? partnerNameOf(context, recording.sellerId) : '',
      };
    }),
  );
}

interface BlobConstructor {
  new (parts: readonly BinaryChunk[], options: { type: string }): BlobLike;
}

/** The media of a recording as one Blob (every browser and Node ≥ 18 has `Blob`). */
export async function readMedia(context: EngineContext, recordingId: unknown): Promise<BlobLike> {
  const recording = await recordingOf(context, recordingId);
  const chunks = await context.storage.readChunks(recording.id);
  const { Blob } = globalThis as unknown as { Blob?: BlobConstructor };
  if (!Blob) throw new MindError('MIND_UNSUPPORTED', 'This runtime has no Blob to assemble the media in.');
  return new Blob(chunks, { type: recording.mimeType });
}

/**
 * The state of a take's record that its seller's consent, its review and its publication change:
 * every such change grows it (a review moves the status on, a consent change adds to the history,
 * a publication sets `published`, which only a withdrawal, itself a consent change, clears), so
 * no state comes back and a step claimed on it is never needed again.
 */
export function recordingState(recording: Recording): string {
  const shown = recording.published ? 'published' : 'unpublished';
  return `pitch-${recording.status}-${recording.consent.history.length}-${shown}`;
}

/**
 * The claim of one change of a take's consent, review or publication from the state it was read
 * in (see {@link recordingState}), written with `add` in `attemptSteps` beside the new record: of
 * a seller's withdrawal and a coach's review made from the same read on two processes, one commits
 * and the other fails with MIND_CONFLICT instead of writing the old consent or status back.
 */
export function recordingStep(recording: Recording): BatchOperation {
  return changeClaim(recording.id, recording.sellerId, recordingState(recording));
}

/** Tries of a change that lost a race with another process's change (it reads again each time). */
const TRIES = 3;

/** A record read beside a recording whose changes also race (a review claim), and what versions it. */
export interface AlsoRead<S> {
  readonly read: (recordingId: string) => Promise<S>;
  readonly version: (value: S) => unknown;
}

const NOTHING_ELSE: AlsoRead<undefined> = { read: async () => undefined, version: () => undefined };

/**
 * Runs `change` in the queue of the recording's seller (reviews, claims, consent and publication
 * all run there), from the recording (and `also`'s record) as stored now, and again from a new
 * read when another process changed them first: its batch failed with MIND_CONFLICT on
 * {@link recordingStep} (or the other record's step) and the stored state moved since the read.
 * A recording deleted meanwhile is read again too, and reported as not found.
 */
export async function underRecording<T, S = undefined>(
  context: EngineContext,
  recordingId: unknown,
  change: (recording: Recording, other: S) => Promise<T>,
  also: AlsoRead<S> = NOTHING_ELSE as unknown as AlsoRead<S>,
): Promise<T> {
  const { sellerId, id } = await recordingOf(context, recordingId);
  const versionNow = async () => {
    const recording = await context.storage.get<Recording>(COLLECTIONS.recordings, id);
    return [recording && recordingState(recording), also.version(await also.read(id))];
  };
  return context.host.exclusive(sellerId, async () => {
    for (let attempt = 1; ; attempt++) {
      const recording = await recordingOf(context, id);
      const other = await also.read(id);
      try {
        return await change(recording, other);
      } catch (error) {
        // Only a lost race is tried again: what was read is no longer the latest.
        if (!isMindError(error, 'MIND_CONFLICT') || attempt >= TRIES) throw error;
        const [state, version] = await versionNow();
        if (state === recordingState(recording) && version === also.version(other)) throw error;
      }
    }
  });
}

/** Gives or withdraws the seller's consent to publishing; withdrawing unpublishes at once. */
export function setPitchConsent(context: EngineContext, recordingId: unknown, consent: unknown): Promise<Recording> {
  return underRecording(context, recordingId, async (recording) => {
    if (typeof consent !== 'boolean')
      throw new MindError('MIND_INVALID_INPUT', 'consent must be true or false.', { path: ['consent'] });
    if (!canSetConsent(context.viewer, recording))
      throw new MindError('MIND_FORBIDDEN', 'Only the seller who recorded a pitch may change its consent.');
    const changed = setConsent(recording, consent, context.now());
    await context.write(
      [recordingStep(recording), { type: 'put', collection: COLLECTIONS.recordings, value: changed }],
      ['pitch'],
    );
    return changed;
  });
}

// Unused here: importing the three pitch record schemas (as retention and the HTTP client do)
// keeps them in one chunk of the CDN build rather than three, which cost each page 0.8 KiB more.
export { STORED_PITCH_RECORD_SCHEMAS } from './stored-pitch-records.schema.js';
