import { MindError } from '../errors/mind-error.js';
import type { PollNugget } from '../nugget/nugget.schema.js';
import { tallyPoll, type PollBallot, type PollTally } from '../nugget/poll-tally.js';
import { planReleases, releasedCount } from '../schedule/release-times.js';
import type { PollResult } from '../api/mindshare-api.js';
import type { EngineContext } from './engine-context.js';
import { requireId } from './engine-input.js';
import { COLLECTIONS } from './engine-schema.js';
import { isOwner } from './viewer-targeting.js';

// Poll results (issue 16). They carry no names: coaches and managers read them, and so does the
// poll's `owner`; sellers still see them only after voting, in the feed. Loaded with the feed's
// module (which counts votes with the same tally), whose schedule code it shares.

/** The earliest time zone on Earth: a poll released there is released to someone. */
const EARLIEST_ZONE = 'Pacific/Kiritimati';

/** The results of a poll: its ballots counted. */
export async function tallyOf(context: EngineContext, poll: PollNugget): Promise<PollTally> {
  const ballots = await context.storage.query<PollBallot>(COLLECTIONS.ballots, {
    index: 'byNugget',
    range: { only: poll.id },
  });
  return tallyPoll(poll, ballots);
}

/** The ids of the nuggets released to someone by now (in the earliest time zone). */
function releasedToSomeone(context: EngineContext): Set<string> {
  const now = context.now();
  const released = new Set<string>();
  for (const schedule of context.pack.schedules) {
    const count = releasedCount(planReleases(schedule, EARLIEST_ZONE), now);
    schedule.nuggets.slice(0, count).forEach((id) => released.add(id));
  }
  return released;
}

function requirePollReader(context: EngineContext, poll: PollNugget): void {
  if (context.viewer.role !== 'seller' || isOwner(context, poll.owner)) return;
  throw new MindError(
    'MIND_FORBIDDEN',
    `Only coaches, managers and the poll's owner see the results of "${poll.id}" without voting; vote in the feed to see them.`,
  );
}

/**
 * The results of a poll without voting, for coaches, managers and the poll's owner, once it is
 * released to someone (as {@link readPolls} lists them): `MIND_NOT_FOUND` before.
 */
export async function readPollResults(context: EngineContext, nuggetId: unknown): Promise<PollTally> {
  const id = requireId(nuggetId, 'nuggetId');
  const nugget = context.nuggets.get(id);
  if (!nugget) throw new MindError('MIND_NOT_FOUND', `No nugget "${id}" in the content pack.`, { path: ['nuggetId'] });
  if (nugget.kind !== 'poll')
    throw new MindError('MIND_INVALID_INPUT', `Nugget "${id}" is not a poll.`, { path: ['nuggetId'] });
  requirePollReader(context, nugget);
  // Like readPolls: no one has voted on a poll not released yet, and its results are not shown.
  if (!releasedToSomeone(context).has(id)) {
    throw new MindError('MIND_NOT_FOUND', `Poll "${id}" is not released to anyone yet.`, { path: ['nuggetId'] });
  }
  return tallyOf(context, nugget);
}

/**
 * Every poll released to someone by now (in the earliest time zone), in the pack's order, with its
 * labels and results: coaches and managers see all, a seller the polls they own (`MIND_FORBIDDEN`
 * when they own none).
 */
export async function readPolls(context: EngineContext): Promise<PollResult[]> {
  const released = releasedToSomeone(context);
  const staff = context.viewer.role !== 'seller';
  const polls = [...context.nuggets.values()].filter(
    (nugget): nugget is PollNugget => nugget.kind === 'poll' && (staff || isOwner(context, nugget.owner)),
  );
  if (!staff && polls.length === 0) {
    throw new MindError(
      'MIND_FORBIDDEN',
      'Only coaches, managers and the owner of a poll see its results without voting.',
    );
  }
  const results: PollResult[] = [];
  for (const poll of polls.filter((candidate) => released.has(candidate.id))) {
    const { options, voters } = await tallyOf(context, poll);
    results.push({
      nuggetId: poll.id,
      title: poll.title,
      question: poll.question,
      multiple: poll.multiple,
      options: poll.options.map((option) => ({
        optionId: option.id,
        label: option.label,
        count: options.find((counted) => counted.optionId === option.id)?.count ?? 0,
      })),
      voters,
    });
  }
  return results;
}
