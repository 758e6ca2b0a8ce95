import { MindError, isMindError } from '../errors/mind-error.js';
import type { OpenQuestionNugget } from '../nugget/nugget.schema.js';
import type { ResponseEntry, ResponseQuery, ResponseQuestion } from '../api/mindshare-api.js';
import type { EngineContext } from './engine-context.js';
import { requireId } from './engine-input.js';
import { COLLECTIONS } from './engine-schema.js';
import { partnerNameOf } from './people.js';
import { parseResponseId, responseId } from './response-id.js';
import { responseWrites } from './response-steps.js';
import type { OpenQuestionResponse } from './stored-records.schema.js';
import { isOwner } from './viewer-targeting.js';

// Who reads the answers to open questions (issue 16). Each answer is addressed to the `owner` its
// question had when the seller gave it, stored with it: the person of the directory whose id that
// names reads it, and managers read every one (they run the editorial line). A new owner in a
// later pack reads the answers given since, not the earlier ones; an answer to a question that
// left the pack stays readable by its addressee. Coaches read only what is addressed to them: an
// answer is not coaching material unless its owner made it so. Poll results: poll-operations.ts.

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 500;
/** Tries of a mark that lost a race with another process's write (it reads again each time). */
const TRIES = 3;

export { responseId } from './response-id.js';

function openQuestion(context: EngineContext, nuggetId: string): OpenQuestionNugget | undefined {
  const nugget = context.nuggets.get(nuggetId);
  if (nugget && nugget.kind !== 'open-question') {
    throw new MindError('MIND_INVALID_INPUT', `Nugget "${nuggetId}" is not an open question.`, { path: ['nuggetId'] });
  }
  return nugget;
}

/** Whether the viewer reads this answer: a manager, or the person it was addressed to. */
const mayRead = (context: EngineContext, response: OpenQuestionResponse): boolean =>
  context.viewer.role === 'manager' || isOwner(context, response.owner);

function entryOf(context: EngineContext, response: OpenQuestionResponse): ResponseEntry {
  const nugget = context.nuggets.get(response.nuggetId);
  const question = nugget?.kind === 'open-question' ? nugget : undefined;
  const seller = context.sellers.get(response.sellerId);
  const partnerId = seller?.partnerId;
  const tierId = partnerId === undefined ? undefined : context.partnerTier.get(partnerId);
  const handled = response.handledAt !== undefined;
  return {
    id: responseId(response.nuggetId, response.sellerId),
    nuggetId: response.nuggetId,
    title: question?.title,
    prompt: question?.prompt,
    sellerId: response.sellerId,
    sellerName: seller?.displayName ?? response.sellerId,
    partnerId,
    partnerName: partnerNameOf(context, response.sellerId),
    tierId,
    tierName: context.pack.tierPolicy.tiers.find((tier) => tier.id === tierId)?.name,
    text: response.text,
    at: response.at,
    handled,
    handledAt: response.handledAt,
    handledBy: response.handledBy,
    handledByName:
      response.handledBy === undefined
        ? undefined
        : (context.sellers.get(response.handledBy)?.displayName ?? response.handledBy),
  };
}

function checkQuery(query: ResponseQuery): { limit: number } {
  if (query.handled !== undefined && typeof query.handled !== 'boolean') {
    throw new MindError('MIND_INVALID_INPUT', 'handled must be true or false.', { path: ['handled'] });
  }
  const limit = query.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new MindError('MIND_INVALID_INPUT', `limit must be a whole number from 1 to ${MAX_LIMIT}.`, {
      path: ['limit'],
    });
  }
  if (query.before !== undefined && (typeof query.before !== 'number' || !Number.isFinite(query.before))) {
    throw new MindError('MIND_INVALID_INPUT', 'before must be a time in epoch ms.', { path: ['before'] });
  }
  if (query.beforeId !== undefined) {
    requireId(query.beforeId, 'beforeId');
    if (query.before === undefined) {
      throw new MindError(
        'MIND_INVALID_INPUT',
        'beforeId goes with before: the `at` and `id` of the last answer read.',
        {
          path: ['beforeId'],
        },
      );
    }
  }
  return { limit };
}

/** Whether an entry comes after the cursor `(before, beforeId)` in the order newest first, then by id. */
function afterCursor(entry: ResponseEntry, query: ResponseQuery): boolean {
  if (query.before === undefined) return true;
  if (entry.at !== query.before) return entry.at < query.before;
  return query.beforeId !== undefined && entry.id > query.beforeId;
}

/**
 * Answers to open questions, newest first, then by id: a manager reads every answer, anyone else
 * those addressed to them (the `owner` stored with each), or is refused with `MIND_FORBIDDEN`
 * when nothing is addressed to them and they own no open question of the pack. Filters: one
 * question (`nuggetId`), handled or not, a page after the cursor (`before` and `beforeId`, the
 * `at` and `id` of the last answer read; `before` alone: answers strictly before that instant),
 * at most `limit` (default 100, at most 500).
 */
export async function readResponses(context: EngineContext, query: ResponseQuery = {}): Promise<ResponseEntry[]> {
  const { limit } = checkQuery(query ?? {});
  const manager = context.viewer.role === 'manager';
  let stored: OpenQuestionResponse[];
  if (query.nuggetId !== undefined) {
    const id = requireId(query.nuggetId, 'nuggetId');
    const nugget = openQuestion(context, id);
    const range = { only: id };
    const all = await context.storage.query<OpenQuestionResponse>(COLLECTIONS.responses, { index: 'byNugget', range });
    stored = all.filter((response) => mayRead(context, response));
    // The owner of a question with no answer yet reads an empty list; others learn nothing of it.
    if (stored.length === 0 && !manager && !(nugget && isOwner(context, nugget.owner))) {
      if (!nugget) throw new MindError('MIND_NOT_FOUND', `No open question "${id}" in the content pack.`);
      throw new MindError(
        'MIND_FORBIDDEN',
        `Only a manager, or the person the answers to "${id}" are addressed to (its owner), may read them.`,
      );
    }
    if (stored.length === 0 && !nugget) {
      throw new MindError('MIND_NOT_FOUND', `No open question "${id}" in the content pack, and no answers to it.`);
    }
  } else {
    const all = await context.storage.query<OpenQuestionResponse>(COLLECTIONS.responses);
    stored = manager ? all : all.filter((response) => mayRead(context, response));
    if (stored.length === 0 && !manager && readableQuestions(context).length === 0) {
      throw new MindError('MIND_FORBIDDEN', 'Only a manager, or the owner of an open question, may read its answers.');
    }
  }
  return stored
    .filter((response) => query.handled === undefined || (response.handledAt !== undefined) === query.handled)
    .map((response) => entryOf(context, response))
    .filter((entry) => afterCursor(entry, query))
    .sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}

/** The pack's open questions whose answers the viewer reads: all for a manager, else those they own. */
function readableQuestions(context: EngineContext): OpenQuestionNugget[] {
  const manager = context.viewer.role === 'manager';
  return [...context.nuggets.values()].filter(
    (nugget): nugget is OpenQuestionNugget =>
      nugget.kind === 'open-question' && (manager || isOwner(context, nugget.owner)),
  );
}

/** The open questions of the pack the viewer reads the answers of, in the pack's order (maybe none). */
export async function readResponseQuestions(context: EngineContext): Promise<ResponseQuestion[]> {
  return readableQuestions(context).map((nugget) => ({ nuggetId: nugget.id, title: nugget.title }));
}

/**
 * Marks an answer handled (or reopens it), for the person it is addressed to and managers;
 * returns it as {@link readResponses} lists it. Marking it as it already is changes nothing and
 * keeps who handled it first. A seller's new answer replaces the record, so it comes back
 * unhandled; one given while this mark runs (here or in another process) is returned as it is,
 * unhandled: the mark was of the answer read, which is gone.
 */
export async function markResponseHandled(
  context: EngineContext,
  responseId: unknown,
  handled: unknown,
): Promise<ResponseEntry> {
  const id = requireId(responseId, 'responseId');
  if (typeof handled !== 'boolean') {
    throw new MindError('MIND_INVALID_INPUT', 'handled must be true or false.', { path: ['handled'] });
  }
  const key = parseResponseId(id);
  if (!key) throw new MindError('MIND_NOT_FOUND', `No answer "${id}".`, { path: ['responseId'] });
  // In the seller's queue, like their answers: on this engine none is written between read and write.
  return context.host.exclusive(key.sellerId, async () => {
    let first: number | undefined;
    for (let attempt = 1; ; attempt++) {
      const stored = await context.storage.get<OpenQuestionResponse>(COLLECTIONS.responses, [
        key.nuggetId,
        key.sellerId,
      ]);
      if (!stored) throw new MindError('MIND_NOT_FOUND', `No answer "${id}".`, { path: ['responseId'] });
      if (!mayRead(context, stored)) {
        throw new MindError(
          'MIND_FORBIDDEN',
          `Only a manager, or the person the answer "${id}" is addressed to, may handle it.`,
        );
      }
      first ??= stored.at;
      // Another process's seller answered again since the first read: that answer is not the one marked.
      if (stored.at !== first || (stored.handledAt !== undefined) === handled) return entryOf(context, stored);
      const { handledAt: _at, handledBy: _by, step: _step, ...open } = stored;
      const value = handled ? { ...open, handledAt: context.now(), handledBy: context.viewer.id } : open;
      try {
        await context.write(responseWrites(stored, value), ['feed']);
        return entryOf(context, { ...value, step: (stored.step ?? 0) + 1 });
      } catch (error) {
        if (attempt >= TRIES || !isMindError(error, 'MIND_CONFLICT')) throw error;
      }
    }
  });
}
