import type { z } from '../content/zod.js';
import { formatIssues, issueMessage } from '../content/format-issues.js';
import { formatPath } from '../content/input-path.js';
import { MindError } from '../errors/mind-error.js';
import { RecordingSchema, type Recording } from './recording.schema.js';
import { ReviewInputSchema, type ReviewInput } from './review.schema.js';

/**
 * Parses untrusted input with `schema`, or throws `MIND_INVALID_INPUT` whose `path` is the first
 * problem's and whose message lists every problem, so a caller fixes them all in one go.
 */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, input: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(input, { error: issueMessage });
  if (parsed.success) return parsed.data as z.infer<S>;
  const problems = formatIssues(parsed.error.issues);
  const first = problems[0];
  const listed = problems.map((problem) => `${formatPath(problem.path)}: ${problem.message}`).join('; ');
  throw new MindError('MIND_INVALID_INPUT', `Invalid ${what}: ${listed}.`, first ? { path: first.path } : {});
}

/**
 * Validates what a coach submits before `scoreReview` checks it against the rubric.
 *
 * @throws MindError `MIND_INVALID_INPUT` with the path of the first problem.
 */
export function parseReviewInput(input: unknown): ReviewInput {
  return parseOrThrow(ReviewInputSchema, input, 'review');
}

/**
 * Validates a recording read back from a storage adapter, so a corrupt or foreign record is
 * caught at the boundary instead of deep in the engine.
 *
 * @throws MindError `MIND_INVALID_INPUT` with the path of the first problem.
 */
export function parseRecording(input: unknown): Recording {
  return parseOrThrow(RecordingSchema, input, 'recording');
}
