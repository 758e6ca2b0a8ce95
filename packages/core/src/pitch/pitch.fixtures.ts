// Shared builders for the pitch tests; no tests of its own. Not shipped: tsconfig.json and the
// package's `files` leave *.fixtures.ts out.
import { PitchPromptSchema, type PitchPrompt } from './pitch-prompt.schema.js';
import { abortRecording, appendChunkMeta, beginRecording, finishRecording } from './recording-lifecycle.js';
import type { Recording } from './recording.schema.js';
import { applyReview, createReview } from './review.js';

export const T0 = Date.UTC(2026, 10, 2, 9, 0, 0);
export const DAY = 24 * 60 * 60 * 1000;

/** A prompt as an author would write it; `overrides` replace top-level fields. */
export function promptInput(overrides: Record<string, unknown> = {}) {
  return {
    id: 'pitch-renewal',
    title: { en: 'Renewal objection', fr: 'Objection au renouvellement' },
    scenario: { en: 'The customer says the price went up. Answer in two minutes.' },
    maxDurationSeconds: 120,
    retakesAllowed: 2,
    retentionDays: 30,
    rubric: {
      criteria: [
        {
          id: 'empathy',
          label: { en: 'Acknowledges the concern' },
          weight: 1,
          levels: [
            { score: 1, descriptor: { en: 'Ignores it' } },
            { score: 2, descriptor: { en: 'Mentions it' } },
            { score: 3, descriptor: { en: 'Restates it' } },
            { score: 4, descriptor: { en: 'Explores it' } },
          ],
        },
        {
          id: 'value',
          label: { en: 'Quantifies the value' },
          weight: 3,
          levels: [
            { score: 0, descriptor: { en: 'No figure' } },
            { score: 5, descriptor: { en: 'One figure' } },
            { score: 10, descriptor: { en: 'A business case' } },
          ],
        },
      ],
    },
    ...overrides,
  };
}

export function prompt(overrides: Record<string, unknown> = {}): PitchPrompt {
  return PitchPromptSchema.parse(promptInput(overrides));
}

export function started(
  p: PitchPrompt = prompt(),
  previous: Recording[] = [],
  id = 'rec-1',
  sellerId = 'ana',
): Recording {
  return beginRecording(p, previous, {
    id,
    sellerId,
    packVersion: '3',
    mimeType: 'video/webm;codecs=vp9,opus',
    at: T0,
  });
}

/** A take with two chunks, finished after 90 s of media. */
export function submitted(p: PitchPrompt = prompt(), id = 'rec-1', sellerId = 'ana'): Recording {
  const withMedia = appendChunkMeta(appendChunkMeta(started(p, [], id, sellerId), 1000), 500);
  return finishRecording(withMedia, p, { at: T0 + 95_000, durationMs: 90_000 });
}

export function reviewed(p: PitchPrompt = prompt(), id = 'rec-1', sellerId = 'ana'): Recording {
  const recording = submitted(p, id, sellerId);
  const review = createReview(
    p.rubric,
    recording,
    {
      scores: [
        { criterionId: 'empathy', score: 3 },
        { criterionId: 'value', score: 10 },
      ],
      comments: [],
      feedback: '',
    },
    { coachId: 'coach-1', at: T0 + DAY },
  );
  return applyReview(recording, review);
}

/** A take the seller discarded (it counts); `lost` for one left behind by a reload (it does not). */
export function aborted(
  p: PitchPrompt,
  previous: Recording[],
  id: string,
  because: 'discarded' | 'lost' = 'discarded',
): Recording {
  return abortRecording(started(p, previous, id), T0 + 1000, because);
}
