import type { Verdict } from '../challenge/attempt.js';
import { certificationReminders } from './certification-operations.js';
import { answerCredit } from '../challenge/answer-credit.js';
import { verdictFor } from '../challenge/verdict.js';
import { parseResponse } from '../challenge/parse-response.js';
import { MindError } from '../errors/mind-error.js';
import type { Nugget } from '../nugget/nugget.schema.js';
import { validateVote, type PollBallot, type PollTally } from '../nugget/poll-tally.js';
import { dueItems } from '../repetition/due-items.js';
import type { RepetitionMode } from '../repetition/repetition-mode.js';
import type { RepetitionState } from '../repetition/repetition-state.schema.js';
import { computeFeed, type Feed } from '../schedule/feed.js';
import type { AnswerOptions, FeedEntry, FeedView, MindshareChange, Viewer } from '../api/mindshare-api.js';
import type { BatchOperation } from '../storage/storage-adapter.js';
import { confidenceOf, retryOnConflict } from './challenge-operations.js';
import type { EngineContext } from './engine-context.js';
import { requireId } from './engine-input.js';
import { COLLECTIONS } from './engine-schema.js';
import { learningWrites } from './learning-records.js';
import { participantNugget, practiceQuestion } from './participant-nugget.js';
import { responseWrites } from './response-steps.js';
import { tallyOf } from './poll-operations.js';
import { activityWrites, countsActivity, type Action } from './engagement-records.js';

// Staff read poll results with the feed's module, which shares their schedule and tally code.
export { readPollResults, readPolls } from './poll-operations.js';

import type { NuggetProgress, OpenQuestionResponse, SellerSettings } from './stored-records.schema.js';
export type { NuggetProgress, SellerSettings } from './stored-records.schema.js';

const DUE_LIMIT = 20;

async function progressOf(context: EngineContext): Promise<Map<string, NuggetProgress>> {
  const records = await context.storage.query<NuggetProgress>(COLLECTIONS.nuggetProgress, {
    index: 'bySeller',
    range: { only: context.viewer.id },
  });
  return new Map(records.map((record) => [record.nuggetId, record]));
}

function feedAt(context: EngineContext, progress: ReadonlyMap<string, NuggetProgress>): Feed {
  const { viewer } = context;
  const seen: Record<string, number> = {};
  const answered: Record<string, number> = {};
  for (const record of progress.values()) {
    if (record.seenAt !== undefined) seen[record.nuggetId] = record.seenAt;
    if (record.answeredAt !== undefined) answered[record.nuggetId] = record.answeredAt;
  }
  return computeFeed({
    schedules: context.pack.schedules,
    nuggets: context.nuggets,
    viewer: {
      sellerId: viewer.id,
      tierId: viewer.tierId,
      partnerId: viewer.partnerId,
      role: viewer.role,
      locale: viewer.locale,
      timeZone: viewer.timeZone,
      ...(viewer.region === undefined ? {} : { region: viewer.region }),
      ...(viewer.team === undefined ? {} : { team: viewer.team }),
    },
    progress: { seen, answered },
    now: context.now(),
  });
}

function tallyOfPoll(context: EngineContext, nuggetId: string): Promise<PollTally> {
  const nugget = context.nuggets.get(nuggetId);
  if (nugget?.kind !== 'poll') throw new MindError('MIND_INVALID_INPUT', `Nugget "${nuggetId}" is not a poll.`);
  return tallyOf(context, nugget);
}

/** Quiz questions due again for the viewer, most overdue first, each mode applied to its own questions. */
async function dueQuestions(context: EngineContext, now: number): Promise<string[]> {
  const states = await context.storage.query<RepetitionState>(COLLECTIONS.repetition, {
    index: 'bySeller',
    range: { only: context.viewer.id },
  });
  const settings = await context.storage.get<SellerSettings>(COLLECTIONS.sellerSettings, context.viewer.id);
  const byMode = new Map<RepetitionMode, RepetitionState[]>();
  for (const state of states) {
    const mode = context.questions.get(state.questionId)?.repetition;
    if (mode === undefined || mode === 'off') continue;
    byMode.set(mode, [...(byMode.get(mode) ?? []), state]);
  }
  const live = new Set(context.questions.keys());
  const due = [...byMode].flatMap(([mode, group]) =>
    dueItems({ states: group, now, mode, hold: settings?.hold, liveQuestionIds: live, limit: DUE_LIMIT }),
  );
  const dueAt = new Map(states.map((state) => [state.questionId, state.due]));
  return due.sort((a, b) => dueAt.get(a)! - dueAt.get(b)! || (a < b ? -1 : 1)).slice(0, DUE_LIMIT);
}

/** The nuggets released to a seller so far, for the month-read badge. */
export function releasesTo(context: EngineContext, seller: Viewer): { nuggetId: string; releasedAt: number }[] {
  const feed = computeFeed({
    schedules: context.pack.schedules,
    nuggets: context.nuggets,
    viewer: {
      sellerId: seller.id,
      tierId: seller.tierId,
      partnerId: seller.partnerId,
      role: seller.role,
      locale: seller.locale,
      timeZone: seller.timeZone,
      ...(seller.region === undefined ? {} : { region: seller.region }),
      ...(seller.team === undefined ? {} : { team: seller.team }),
    },
    progress: { seen: {}, answered: {} },
    now: context.now(),
  });
  return feed.items.map((item) => ({ nuggetId: item.nuggetId, releasedAt: item.releasedAt }));
}

/** The viewer's feed: released nuggets, poll results where they voted, and questions due again. */
export async function readFeed(context: EngineContext): Promise<FeedView> {
  const progress = await progressOf(context);
  const feed = feedAt(context, progress);
  const items: FeedEntry[] = [];
  for (const item of feed.items) {
    const nugget = context.nuggets.get(item.nuggetId)!;
    const entry: FeedEntry = { ...item, nugget: participantNugget(nugget, context.viewer.id) };
    if (nugget.kind === 'poll' && item.status === 'answered') {
      const ballot = await context.storage.get<PollBallot>(COLLECTIONS.ballots, [nugget.id, context.viewer.id]);
      items.push({ ...entry, poll: { tally: await tallyOfPoll(context, nugget.id), mine: ballot?.optionIds ?? [] } });
    } else {
      items.push(entry);
    }
  }
  const due = (await dueQuestions(context, context.now())).map((questionId) => {
    const source = context.questions.get(questionId)!;
    return {
      questionId,
      question: practiceQuestion(source.question, context.viewer.id),
      origin: source.origin,
    };
  });
  const reminders = await certificationReminders(context);
  return { items, unread: feed.unread, nextReleaseAt: feed.nextReleaseAt, due, reminders };
}

/** A nugget released to the viewer, else `MIND_NOT_FOUND` (unknown, or not released to them yet). */
async function releasedNugget(
  context: EngineContext,
  nuggetId: unknown,
): Promise<{ nugget: Nugget; progress: NuggetProgress | undefined }> {
  const id = requireId(nuggetId, 'nuggetId');
  const progress = await progressOf(context);
  const nugget = context.nuggets.get(id);
  if (!nugget || !feedAt(context, progress).items.some((item) => item.nuggetId === id)) {
    throw new MindError('MIND_NOT_FOUND', `Nugget "${id}" is not in your feed (unknown, or not released to you yet).`);
  }
  return { nugget, progress: progress.get(id) };
}

function progressRecord(
  context: EngineContext,
  nuggetId: string,
  previous: NuggetProgress | undefined,
  change: Partial<NuggetProgress>,
): NuggetProgress {
  return { sellerId: context.viewer.id, nuggetId, ...previous, ...change };
}

/**
 * Writes `operations` with the activity they count (`actions`, each counted once: see
 * engagement-records.ts) in one batch, then moves the viewer on the engagement boards.
 */
async function writeCounting(
  context: EngineContext,
  operations: readonly BatchOperation[],
  actions: readonly Action[],
  areas: MindshareChange['areas'],
): Promise<void> {
  const activity = await activityWrites(context, actions);
  const counted = countsActivity(activity);
  await context.write([...operations, ...activity], counted ? [...areas, 'engagement'] : areas, () =>
    counted ? context.host.engagementChanged(context.viewer.id) : undefined,
  );
}

/** Marks a nugget as seen (counted as read); seeing it again changes nothing. */
export async function markNuggetSeen(context: EngineContext, nuggetId: unknown): Promise<void> {
  const { nugget, progress } = await releasedNugget(context, nuggetId);
  if (progress?.seenAt !== undefined) return;
  const value = progressRecord(context, nugget.id, progress, { seenAt: context.now() });
  await writeCounting(
    context,
    [{ type: 'put', collection: COLLECTIONS.nuggetProgress, value }],
    [{ kind: 'nugget-read', subjectId: nugget.id }],
    ['feed'],
  );
}

/** Votes in a poll (a new vote replaces the seller's previous one) and returns the results. */
export async function votePoll(context: EngineContext, nuggetId: unknown, optionIds: unknown): Promise<PollTally> {
  const { nugget, progress } = await releasedNugget(context, nuggetId);
  if (nugget.kind !== 'poll')
    throw new MindError('MIND_INVALID_INPUT', `Nugget "${nugget.id}" is not a poll.`, { path: ['nuggetId'] });
  if (!Array.isArray(optionIds) || !optionIds.every((id) => typeof id === 'string')) {
    throw new MindError('MIND_INVALID_INPUT', 'optionIds must be an array of option ids.', { path: ['optionIds'] });
  }
  validateVote(nugget, optionIds);
  const now = context.now();
  const ballot = {
    nuggetId: nugget.id,
    sellerId: context.viewer.id,
    voterId: context.viewer.id,
    optionIds: [...optionIds],
    at: now,
  };
  const value = progressRecord(context, nugget.id, progress, { seenAt: progress?.seenAt ?? now, answeredAt: now });
  await writeCounting(
    context,
    [
      { type: 'put', collection: COLLECTIONS.ballots, value: ballot },
      { type: 'put', collection: COLLECTIONS.nuggetProgress, value },
    ],
    [
      { kind: 'nugget-read', subjectId: nugget.id },
      { kind: 'poll-vote', subjectId: nugget.id },
    ],
    ['feed'],
  );
  return tallyOfPoll(context, nugget.id);
}

/**
 * Answers an open question; the text is kept for the nugget's owner (and reads as not handled).
 * In the seller's queue, again when another process wrote the answer first: a handled mark made
 * meanwhile never puts the previous text back over this one (see response-steps.ts).
 */
export function respondToQuestion(context: EngineContext, nuggetId: unknown, text: unknown): Promise<void> {
  return context.exclusive(() => retryOnConflict(() => respond(context, nuggetId, text)));
}

async function respond(context: EngineContext, nuggetId: unknown, text: unknown): Promise<void> {
  const { nugget, progress } = await releasedNugget(context, nuggetId);
  if (nugget.kind !== 'open-question') {
    throw new MindError('MIND_INVALID_INPUT', `Nugget "${nugget.id}" is not an open question.`, { path: ['nuggetId'] });
  }
  if (typeof text !== 'string' || text.trim().length === 0) {
    throw new MindError('MIND_INVALID_INPUT', 'The answer must be non-empty text.', { path: ['text'] });
  }
  if ([...text].length > nugget.maxLength) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `The answer is ${[...text].length} characters; at most ${nugget.maxLength} are allowed.`,
      {
        path: ['text'],
      },
    );
  }
  const now = context.now();
  const sellerId = context.viewer.id;
  const stored = await context.storage.get<OpenQuestionResponse>(COLLECTIONS.responses, [nugget.id, sellerId]);
  const response = { nuggetId: nugget.id, sellerId, owner: nugget.owner ?? null, text, at: now };
  const value = progressRecord(context, nugget.id, progress, { seenAt: progress?.seenAt ?? now, answeredAt: now });
  await writeCounting(
    context,
    [...responseWrites(stored, response), { type: 'put', collection: COLLECTIONS.nuggetProgress, value }],
    [
      { kind: 'nugget-read', subjectId: nugget.id },
      { kind: 'open-answer', subjectId: nugget.id },
    ],
    ['feed'],
  );
}

/**
 * Answers a practice question: one of a released mini-quiz, or one due again by spaced repetition
 * (a challenge's or a mini-quiz's). Practice earns no leaderboard points; it feeds mastery and
 * spaced repetition in the same batch.
 */
export function answerPractice(
  context: EngineContext,
  questionId: unknown,
  response: unknown,
  options: AnswerOptions | undefined,
): Promise<Verdict> {
  // Queued with the seller's quiz answers: both read and rewrite the same mastery records.
  return context.exclusive(() => retryOnConflict(() => practise(context, questionId, response, options)));
}

async function practise(
  context: EngineContext,
  questionId: unknown,
  response: unknown,
  options: AnswerOptions | undefined,
): Promise<Verdict> {
  const id = requireId(questionId, 'questionId');
  const source = context.questions.get(id);
  if (!source) throw new MindError('MIND_NOT_FOUND', `No question "${id}" in the current content pack.`);
  const now = context.now();
  const operations: BatchOperation[] = [];
  const actions: Action[] = [{ kind: 'practice-answer', subjectId: id }];
  if (source.origin.kind === 'nugget') {
    const released = await releasedNugget(context, source.origin.nuggetId).catch(() => undefined);
    const due = await dueQuestions(context, now);
    if (!released && !due.includes(id)) {
      throw new MindError('MIND_NOT_FOUND', `Question "${id}" is not in your feed yet.`);
    }
    if (released?.progress?.answeredQuestions?.includes(id) && !due.includes(id)) {
      // Answering again once the explanation is shown would only inflate mastery.
      throw new MindError('MIND_ALREADY_ANSWERED', `Question "${id}" is answered; it comes back when it is due again.`);
    }
    if (released) {
      actions.push({ kind: 'nugget-read', subjectId: released.nugget.id });
      const answeredQuestions = [...new Set([...(released.progress?.answeredQuestions ?? []), id])];
      const quiz = released.nugget.kind === 'mini-quiz' ? released.nugget.questions.length : 1;
      const done = answeredQuestions.length >= quiz;
      const change = {
        seenAt: released.progress?.seenAt ?? now,
        answeredQuestions,
        ...(done ? { answeredAt: released.progress?.answeredAt ?? now } : {}),
      };
      operations.push({
        type: 'put' as const,
        collection: COLLECTIONS.nuggetProgress,
        value: progressRecord(context, released.nugget.id, released.progress, change),
      });
    }
  } else if (!(await dueQuestions(context, now)).includes(id)) {
    throw new MindError(
      'MIND_FORBIDDEN',
      `Question "${id}" belongs to a challenge; it is practised only when it is due again.`,
    );
  }
  const confidence = confidenceOf(options);
  const parsed = parseResponse(source.question, response);
  const credit = answerCredit(source.question, parsed, source.rules);
  const verdict = verdictFor(source.question, {
    questionId: id,
    correct: credit === 1,
    credit,
    points: 0,
    timedOut: false,
  });
  const derived = await learningWrites(context, {
    sellerId: context.viewer.id,
    question: source.question,
    credit,
    correct: verdict.correct,
    confidence,
    at: now,
  });
  await writeCounting(context, [...operations, ...derived], actions, ['feed', 'mastery']);
  return verdict;
}

/** Pauses spaced repetition until `until` (a vacation), or resumes it. */
export async function setHold(context: EngineContext, until: unknown): Promise<void> {
  const now = context.now();
  if (until !== undefined && (typeof until !== 'number' || !Number.isFinite(until) || until <= now)) {
    throw new MindError('MIND_INVALID_INPUT', 'until must be a future time in epoch ms, or undefined to resume.', {
      path: ['until'],
    });
  }
  const id = context.viewer.id;
  // Read-modify-write in the seller's queue: the record also holds their board visibility.
  await context.host.exclusive(id, async () => {
    const { hold: _previous, ...kept } = (await context.storage.get<SellerSettings>(
      COLLECTIONS.sellerSettings,
      id,
    )) ?? {
      sellerId: id,
    };
    const value: SellerSettings = { ...kept, ...(until === undefined ? {} : { hold: { from: now, until } }) };
    await context.write([{ type: 'put', collection: COLLECTIONS.sellerSettings, value }], ['feed']);
  });
}
