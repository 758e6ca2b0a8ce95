import { MindError } from '../errors/mind-error.js';
import { formatPath } from '../content/input-path.js';
import type { PitchPrompt } from './pitch-prompt.schema.js';
import { RecordingSchema, type AbortReason, type Recording } from './recording.schema.js';
import { takesUsed } from './take-count.js';

/**
 * How far a finished take may run past the prompt's `maxDurationSeconds`. The recorder stops at
 * the limit, but the last `MediaRecorder` timeslice and container timestamps overshoot a little;
 * refusing those would throw away a seller's honest take.
 */
export const DURATION_TOLERANCE_MS = 2000;

/** Whether a seller may start another take at a prompt (see {@link canStartRecording}). */
export type TakeEligibility =
  | {
      readonly allowed: true;
      /** The number the new take gets, from 1. */
      readonly take: number;
      /** Takes the prompt allows in all: `1 + retakesAllowed`. */
      readonly maxTakes: number;
      /**
       * Ids of takes left in `recording` (a reload, a closed tab, a crash): the engine aborts them
       * as `lost` with the new one.
       */
      readonly supersedes: readonly string[];
    }
  | {
      readonly allowed: false;
      /** `submitted`: a take was already submitted; `no-takes-left`: every allowed take was used. */
      readonly reason: 'submitted' | 'no-takes-left';
      readonly maxTakes: number;
    };

/**
 * Whether a seller may start a take at `prompt`, given their earlier takes there (any status).
 *
 * A seller gets `1 + retakesAllowed` takes that count (see `takesUsed`): discarded takes
 * count, lost ones do not. Finishing a take submits it, so once a take is submitted or reviewed
 * the prompt is done for that seller, whatever takes are left: a coach's review must stay about the
 * pitch peers may see. To practise again, a vendor authors a new prompt. Take numbers continue from
 * the highest one stored, so they stay unique even after retention deleted earlier takes.
 *
 * @throws MindError `MIND_INVALID_INPUT` when the takes are not all one seller's at this prompt.
 */
export function canStartRecording(prompt: PitchPrompt, previous: readonly Recording[]): TakeEligibility {
  const maxTakes = 1 + prompt.retakesAllowed;
  const sellerId = previous[0]?.sellerId;
  for (const [index, recording] of previous.entries()) {
    if (recording.promptId !== prompt.id || recording.sellerId !== sellerId) {
      throw new MindError(
        'MIND_INVALID_INPUT',
        `Recording "${recording.id}" is not seller "${sellerId}"'s take at prompt "${prompt.id}"; pass only that seller's takes at that prompt.`,
        { path: ['previous', index] },
      );
    }
  }
  if (previous.some((recording) => recording.status === 'submitted' || recording.status === 'reviewed')) {
    return { allowed: false, reason: 'submitted', maxTakes };
  }
  if (takesUsed(previous) >= maxTakes) return { allowed: false, reason: 'no-takes-left', maxTakes };
  const highest = previous.reduce((max, recording) => Math.max(max, recording.take), 0);
  const supersedes = previous.filter((recording) => recording.status === 'recording').map((recording) => recording.id);
  return { allowed: true, take: highest + 1, maxTakes, supersedes };
}

/** What the engine knows when a seller starts a take. */
export interface RecordingStart {
  /** The new recording's id (from the engine's random source). */
  readonly id: string;
  readonly sellerId: string;
  /** The content-pack version the prompt was read from. */
  readonly packVersion: string;
  /** The recorder's media type, e.g. `video/webm;codecs=vp9,opus`. */
  readonly mimeType: string;
  /** Now, from the engine's clock. */
  readonly at: number;
}

/**
 * The initial record of a new take: `recording`, empty, without consent (consent is always an
 * explicit later act, see `setConsent`), unpublished. Takes in `supersedes` of
 * {@link canStartRecording} are the engine's to abort in the same batch.
 *
 * @throws MindError `MIND_CONFLICT` when a take was already submitted, `MIND_ATTEMPTS_EXHAUSTED`
 *   when no take is left, `MIND_INVALID_INPUT` for a bad id, seller, time or media type.
 */
export function beginRecording(prompt: PitchPrompt, previous: readonly Recording[], start: RecordingStart): Recording {
  const other = previous.findIndex((recording) => recording.sellerId !== start.sellerId);
  if (other >= 0) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `Take ${other} of "previous" belongs to another seller than "${start.sellerId}".`,
      {
        path: ['previous', other],
      },
    );
  }
  const eligibility = canStartRecording(prompt, previous);
  if (!eligibility.allowed) {
    throw eligibility.reason === 'submitted'
      ? new MindError('MIND_CONFLICT', `Seller "${start.sellerId}" already submitted a take at prompt "${prompt.id}".`)
      : new MindError(
          'MIND_ATTEMPTS_EXHAUSTED',
          `Seller "${start.sellerId}" used all ${eligibility.maxTakes} takes at prompt "${prompt.id}".`,
        );
  }
  const candidate = {
    id: start.id,
    promptId: prompt.id,
    sellerId: start.sellerId,
    packVersion: start.packVersion,
    status: 'recording',
    startedAt: start.at,
    mimeType: start.mimeType,
    size: 0,
    chunkCount: 0,
    take: eligibility.take,
    consent: { gallery: false, history: [] },
    published: false,
  } satisfies Recording;
  // Checked without the full issue formatter (kept out of the page's eager bundle): the fields a
  // caller can get wrong (ids, media type, time) carry their own messages in the schema.
  const parsed = RecordingSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  throw new MindError('MIND_INVALID_INPUT', `Invalid recording start at ${formatPath(path)}: ${issue.message}.`, {
    path,
  });
}

function requireRecording(record: Recording, action: string): void {
  if (record.status !== 'recording') {
    throw new MindError(
      'MIND_CONFLICT',
      `Cannot ${action} recording "${record.id}": it is ${record.status}, not recording.`,
      {
        path: ['status'],
      },
    );
  }
}

function requireTime(record: Recording, at: number): void {
  if (!Number.isFinite(at) || at < record.startedAt) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `Expected a time at or after the take's start (${record.startedAt}), got ${at}.`,
      {
        path: ['at'],
      },
    );
  }
}

/**
 * Accounts for one more media chunk of `chunkSize` bytes (the bytes go to blob storage).
 *
 * @throws MindError `MIND_CONFLICT` unless the take is `recording`; `MIND_INVALID_INPUT` unless
 *   `chunkSize` is a positive whole number of bytes.
 */
export function appendChunkMeta(record: Recording, chunkSize: number): Recording {
  requireRecording(record, 'append to');
  if (!Number.isSafeInteger(chunkSize) || chunkSize <= 0) {
    throw new MindError('MIND_INVALID_INPUT', `Expected a chunk of at least one byte, got ${chunkSize}.`, {
      path: ['chunkSize'],
    });
  }
  return { ...record, size: record.size + chunkSize, chunkCount: record.chunkCount + 1 };
}

/** When a take ended and how long its media lasts. */
export interface RecordingFinish {
  /** Now, from the engine's clock. */
  readonly at: number;
  /** The media's duration as the recorder measured it. */
  readonly durationMs: number;
}

/**
 * Ends a take and submits it. The duration is the recorder's, trusted up to the prompt's maximum
 * plus {@link DURATION_TOLERANCE_MS}.
 *
 * @throws MindError `MIND_CONFLICT` unless the take is `recording` and has media;
 *   `MIND_INVALID_INPUT` for another prompt, a time before the start, or a duration that is not
 *   positive or runs over the maximum (path `durationMs`).
 */
export function finishRecording(record: Recording, prompt: PitchPrompt, finish: RecordingFinish): Recording {
  if (record.promptId !== prompt.id) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `Recording "${record.id}" answers prompt "${record.promptId}", not "${prompt.id}".`,
      {
        path: ['promptId'],
      },
    );
  }
  requireRecording(record, 'finish');
  if (record.chunkCount === 0) {
    throw new MindError('MIND_CONFLICT', `Recording "${record.id}" has no media yet; append chunks or abort it.`, {
      path: ['chunkCount'],
    });
  }
  requireTime(record, finish.at);
  const limitMs = prompt.maxDurationSeconds * 1000 + DURATION_TOLERANCE_MS;
  if (!Number.isFinite(finish.durationMs) || finish.durationMs <= 0 || finish.durationMs > limitMs) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `Expected a duration above 0 and at most ${prompt.maxDurationSeconds} s for prompt "${prompt.id}", got ${finish.durationMs} ms.`,
      { path: ['durationMs'] },
    );
  }
  return { ...record, status: 'submitted', finishedAt: finish.at, durationMs: finish.durationMs };
}

/**
 * Gives a take up: it stays stored until retention deletes it. `because` says why (see
 * `AbortReasonSchema`): a `discarded` take counts as a used take, a `lost` one does not.
 *
 * @throws MindError `MIND_CONFLICT` unless the take is `recording`; `MIND_INVALID_INPUT` for a time
 *   before its start.
 */
export function abortRecording(record: Recording, at: number, because: AbortReason = 'discarded'): Recording {
  requireRecording(record, 'abort');
  requireTime(record, at);
  return { ...record, status: 'aborted', finishedAt: at, abortedBecause: because };
}
