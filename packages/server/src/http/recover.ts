// How each write's reply is rebuilt when the process died between the commit of the write (with
// its idempotency record) and the reply: from what the write left in the store, never by running
// the write again. `since` is when the request was first applied.
import { MindError, parseResponseId, type MindshareApi, type Recording, type RecordingEntry } from '@mindshare/core';
import type { RouteInput } from './route-kit.js';
import { text } from './route-kit.js';

/** Rebuilds a lost reply; `undefined` is 204. */
export type Recover = (input: RouteInput, since: number) => Promise<unknown>;

/** For writes that answer 204: there is nothing to rebuild. */
export const noContent: Recover = async () => undefined;

/** A reply that cannot be rebuilt: said plainly, kept like any refusal. */
function lost(what: string): never {
  throw new MindError('MIND_CONFLICT', `${what} was recorded, but its reply was lost with the server process.`);
}

/**
 * The attempt this request started or resumed: numbered per seller and challenge, the one begun
 * since, or the one still running (a resume that revealed its next question wrote that reveal).
 */
export const startedAttempt: Recover = async ({ engine, param }, since) => {
  const challengeId = param('id');
  const listing = (await engine.challenges()).find((challenge) => challenge.id === challengeId);
  if (!listing || listing.attemptsUsed === 0) lost(`The start of "${challengeId}"`);
  const view = await engine.attempt(`${challengeId}.${listing.attemptsUsed}.${engine.viewer.id}`);
  if (view.status !== 'in-progress' && view.startedAt < since - 60_000) lost(`The start of "${challengeId}"`);
  return view;
};

/** The question, revealed by the write (its text comes from the attempt, which now shows it). */
export const revealed: Recover = async ({ engine, param, body }) => {
  const questionId = text(await body(), 'questionId');
  const question = (await engine.attempt(param('id'))).questions.find((candidate) => candidate.id === questionId);
  if (!question) lost(`The reveal of "${questionId}"`);
  return question;
};

/** The verdict, written with the answer. */
export const answered: Recover = async ({ engine, param, body }) => {
  const questionId = text(await body(), 'questionId');
  const verdict = (await engine.attempt(param('id'))).verdicts.find((candidate) => candidate.questionId === questionId);
  if (!verdict) lost(`The answer to "${questionId}"`);
  return { status: 'scored', ...verdict };
};

/** The result of the closed attempt, with the viewer's rank now (the rank before is not kept). */
export const finishedAttempt: Recover = async ({ engine, param }) => {
  const view = await engine.attempt(param('id'));
  if (!view.result) lost(`The finish of "${param('id')}"`);
  const board = await engine.leaderboard({ challengeId: view.challengeId, limit: 0 }).catch(() => undefined);
  const listing = (await engine.challenges()).find((challenge) => challenge.id === view.challengeId);
  return {
    ...view.result,
    rank: board?.me?.rank,
    previousRank: undefined,
    counted: listing?.countedScore === view.result.total,
  };
};

/** The tally of the poll as the viewer sees it after voting. */
export const voted: Recover = async ({ engine, param }) => {
  const item = (await engine.feed()).items.find((candidate) => candidate.nuggetId === param('id'));
  if (!item?.poll) lost(`The vote on "${param('id')}"`);
  return item.poll.tally;
};

async function entryOf(engine: MindshareApi, recordingId: string): Promise<RecordingEntry> {
  const view = engine.viewer.role === 'seller' ? 'mine' : 'all';
  const entry = (await engine.recordings({ view })).find((candidate) => candidate.id === recordingId);
  if (!entry) lost(`The change of recording "${recordingId}"`);
  return entry;
}

/** The recording as the write left it (finished, published, consent changed). */
export const recording: Recover = async ({ engine, param }) => {
  const {
    review: _review,
    claim: _claim,
    sellerName: _sellerName,
    partnerName: _partnerName,
    ...stored
  } = await entryOf(engine, param('id'));
  return stored satisfies Recording;
};

/** The review, written once per recording. */
export const reviewed: Recover = async ({ engine, param }) => {
  const entry = await entryOf(engine, param('id'));
  if (!entry.review) lost(`The review of "${param('id')}"`);
  return entry.review;
};

/** The viewer's claim the write made (or renewed), when it still holds. */
export const claimed: Recover = async ({ engine, param }) => {
  const { claim } = await entryOf(engine, param('id'));
  if (claim?.coachId !== engine.viewer.id) lost(`The claim of "${param('id')}"`);
  return claim;
};

/** The take this request started: the seller's take still recording, begun since. */
export const startedTake: Recover = async ({ engine, body }, since) => {
  const { promptId } = await body();
  const take = (await engine.recordings({ view: 'mine' }))
    .filter((entry) => entry.promptId === promptId && entry.status === 'recording' && entry.startedAt >= since - 60_000)
    .sort((a, b) => b.startedAt - a.startedAt)[0];
  if (!take) lost('The start of the take');
  return { recordingId: take.id, offset: take.size };
};

/** A practice verdict is not kept apart from the learning state it changed. */
export const practiceAnswered: Recover = async ({ param }) => lost(`The practice answer to "${param('questionId')}"`);

/** The answer as the write left it: found among its question's answers, page by page. */
export const responseHandled: Recover = async ({ engine, param }) => {
  const id = param('id');
  const nuggetId = parseResponseId(id)?.nuggetId;
  if (nuggetId === undefined) lost(`The change of answer "${id}"`);
  let cursor: { before: number; beforeId: string } | undefined;
  for (;;) {
    const page = await engine.responses({ nuggetId, limit: 500, ...cursor });
    const entry = page.find((candidate) => candidate.id === id);
    if (entry) return entry;
    const last = page[page.length - 1];
    if (!last || page.length < 500) lost(`The change of answer "${id}"`);
    // On (at, id): answers given in the same millisecond across a page boundary are all read.
    cursor = { before: last.at, beforeId: last.id };
  }
};
