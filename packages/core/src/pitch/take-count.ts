// Apart from recording-lifecycle.ts, with type imports only: the recorder counts takes with these
// two functions, and importing them must not bring the recording schemas into its chunk.
import type { Recording } from './recording.schema.js';

/**
 * Whether a take still counts against the prompt's `1 + retakesAllowed`: every started take does,
 * except a lost one — aborted as `lost`, or still `recording` and so lost the moment the seller
 * starts another (`canStartRecording` lists it to abort as lost). A take the seller discarded counts, so retakes
 * cannot be farmed by discarding; a take left behind by a reload or a crash is not the seller's
 * choice and gives its turn back.
 */
export function countsAsTake(recording: Recording): boolean {
  if (recording.status === 'recording') return false;
  return !(recording.status === 'aborted' && recording.abortedBecause === 'lost');
}

/**
 * How many of a seller's takes at one prompt count (see {@link countsAsTake}): the highest take
 * number stored less the lost takes stored. Counted from the highest number rather than the
 * records, so retention deleting old discarded takes does not hand them back (the price: a lost
 * take deleted by retention while a later take is still stored counts again).
 */
export function takesUsed(takes: readonly Recording[]): number {
  const highest = takes.reduce((max, recording) => Math.max(max, recording.take), 0);
  return Math.max(0, highest - takes.filter((recording) => !countsAsTake(recording)).length);
}
