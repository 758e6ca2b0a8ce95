import type { PollOptionCountSchema, PollTallySchema } from '../api/poll-tally.schema.js';
import type { z } from '../content/zod.js';
import { MindError } from '../errors/mind-error.js';
import type { PollNugget } from './nugget.schema.js';

/** One seller's ballot as stored: who voted and which options. Never part of a result. */
export interface PollBallot {
  readonly voterId: string;
  readonly optionIds: readonly string[];
}

/** How many ballots chose one option. */
export type PollOptionCount = z.infer<typeof PollOptionCountSchema>;

/**
 * The results of a poll as any seller may see them: counts per option, in the poll's option
 * order, and the number of voters. Deliberately has no voter ids (see {@link PollTallySchema}).
 */
export type PollTally = z.infer<typeof PollTallySchema>;

function invalid(message: string, index?: number): MindError {
  return new MindError(
    'MIND_INVALID_INPUT',
    message,
    index === undefined ? { path: ['optionIds'] } : { path: ['optionIds', index] },
  );
}

/**
 * Checks a vote against its poll and throws `MIND_INVALID_INPUT` (path into `optionIds`) when it
 * is empty, names an unknown option, repeats one, gives a single-choice poll more than one
 * option, or gives more than `maxChoices`.
 */
export function validateVote(poll: PollNugget, optionIds: readonly string[]): void {
  if (optionIds.length === 0) throw invalid(`a vote on poll "${poll.id}" needs at least one option id`);
  const known = new Set(poll.options.map((option) => option.id));
  const chosen = new Set<string>();
  optionIds.forEach((optionId, index) => {
    if (!known.has(optionId)) {
      throw invalid(
        `poll "${poll.id}" has no option "${optionId}" (options: ${[...known].map((id) => `"${id}"`).join(', ')})`,
        index,
      );
    }
    if (chosen.has(optionId))
      throw invalid(`option "${optionId}" is chosen twice; choose each option at most once`, index);
    chosen.add(optionId);
  });
  if (!poll.multiple && optionIds.length > 1) {
    throw invalid(`poll "${poll.id}" takes a single option, got ${optionIds.length}`);
  }
  if (poll.maxChoices !== undefined && optionIds.length > poll.maxChoices) {
    throw invalid(`poll "${poll.id}" takes at most ${poll.maxChoices} options, got ${optionIds.length}`);
  }
}

/**
 * Counts ballots per option. A voter who voted again counts once, with their last ballot. Option
 * ids the poll no longer has (removed in a later pack version) are ignored, while the voter is
 * still counted, so results never fail to display after a republish.
 */
export function tallyPoll(poll: PollNugget, ballots: Iterable<PollBallot>): PollTally {
  const lastBallot = new Map<string, readonly string[]>();
  for (const ballot of ballots) lastBallot.set(ballot.voterId, ballot.optionIds);
  const counts = new Map<string, number>(poll.options.map((option) => [option.id, 0]));
  for (const optionIds of lastBallot.values()) {
    // A Set, so a malformed stored ballot repeating an option still counts that voter once.
    for (const optionId of new Set(optionIds)) {
      const count = counts.get(optionId);
      if (count !== undefined) counts.set(optionId, count + 1);
    }
  }
  return {
    options: poll.options.map((option) => ({ optionId: option.id, count: counts.get(option.id) ?? 0 })),
    voters: lastBallot.size,
  };
}
