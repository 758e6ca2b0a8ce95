import { MindError } from '../errors/mind-error.js';
import type { Nugget, OpenQuestionNugget } from '../nugget/nugget.schema.js';
import type { ResponseEntry, ResponseQuery } from '../api/mindshare-api.js';
import type { EngineContext } from './engine-context.js';
import { requireId } from './engine-input.js';
import { COLLECTIONS } from './engine-schema.js';
import type { OpenQuestionResponse } from './stored-records.schema.js';

// Who reads the answers to open questions (issue 16). They are addressed to the question's `owner`:
// the person of the directory whose id it names reads them, and managers read every one (they run
// the editorial line). Coaches read only the questions they own: an answer is not coaching material
// unless its owner made it so. Poll results are read through poll-operations.ts.

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 500;
/** Between the nugget id and the seller id of a response id: a character ids never hold. */
const ID_SEPARATOR = '~';

const isOwner = (context: EngineContext, nugget: Nugget): boolean => nugget.owner === context.viewer.id;

/** The id of the answer of `sellerId` to `nuggetId`: its storage key, readable in a URL. */
export const responseId = (nuggetId: string, sellerId: string): string => `${nuggetId}${ID_SEPARATOR}${sellerId}`;

function openQuestion(context: EngineContext, nuggetId: string): OpenQuestionNugget | undefined {
  const nugget = context.nuggets.get(nuggetId);
  if (nugget && nugget.kind !== 'open-question') {
    throw new MindError('MIND_INVALID_INPUT', `Nugget "${nuggetId}" is not an open question.`, { path: ['nuggetId'] });
  }
  return nugget;
}

/** Refuses with `MIND_FORBIDDEN` unless the viewer is a manager or owns `nugget`. */
function requireReader(context: EngineContext, nugget: Nugget | undefined, id: string): void {
  if (context.viewer.role === 'manager' || (nugget && isOwner(context, nugget))) return;
  throw new MindError(
    'MIND_FORBIDDEN',
    `Only a manager, or the owner of the open question "${id}", may read and handle its answers.`,
  );
}

function entryOf(context: EngineContext, response: OpenQuestionResponse): ResponseEntry {
  const nugget = context.nuggets.get(response.nuggetId);
  const question = nugget?.kind === 'open-question' ? nugget : undefined;
  const seller = context.sellers.get(response.sellerId);
  const partnerId = seller?.partnerId;
  const partner = partnerId === undefined ? undefined : context.partners.get(partnerId);
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
    partnerName: partner?.name ?? partnerId ?? '',
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
  return { limit };
}

/**
 * Answers to open questions, newest first (then by id): a manager reads every question's, anyone
 * else those of the questions they own, or is refused with `MIND_FORBIDDEN` when they own none.
 * Filters: one question (`nuggetId`), handled or not, answers given strictly `before` an instant
 * (the `at` of the last one read, for the next page), at most `limit` (default 100, at most 500).
 */
export async function readResponses(context: EngineContext, query: ResponseQuery = {}): Promise<ResponseEntry[]> {
  const { limit } = checkQuery(query ?? {});
  const manager = context.viewer.role === 'manager';
  let nuggetIds: string[] | undefined;
  if (query.nuggetId !== undefined) {
    const id = requireId(query.nuggetId, 'nuggetId');
    const nugget = openQuestion(context, id);
    // A manager still reads the answers of a question the pack no longer has.
    if (!nugget && !manager) throw new MindError('MIND_NOT_FOUND', `No open question "${id}" in the content pack.`);
    requireReader(context, nugget, id);
    nuggetIds = [id];
  } else if (!manager) {
    nuggetIds = [...context.nuggets.values()]
      .filter((nugget) => nugget.kind === 'open-question' && isOwner(context, nugget))
      .map((nugget) => nugget.id);
    if (nuggetIds.length === 0) {
      throw new MindError('MIND_FORBIDDEN', 'Only a manager, or the owner of an open question, may read its answers.');
    }
  }
  const stored: OpenQuestionResponse[] = [];
  if (nuggetIds === undefined)
    stored.push(...(await context.storage.query<OpenQuestionResponse>(COLLECTIONS.responses)));
  else {
    for (const id of nuggetIds) {
      const range = { only: id };
      stored.push(
        ...(await context.storage.query<OpenQuestionResponse>(COLLECTIONS.responses, { index: 'byNugget', range })),
      );
    }
  }
  if (query.nuggetId !== undefined && stored.length === 0 && !context.nuggets.has(query.nuggetId)) {
    throw new MindError(
      'MIND_NOT_FOUND',
      `No open question "${query.nuggetId}" in the content pack, and no answers to it.`,
    );
  }
  return stored
    .filter(
      (response) =>
        (query.handled === undefined || (response.handledAt !== undefined) === query.handled) &&
        (query.before === undefined || response.at < query.before),
    )
    .map((response) => entryOf(context, response))
    .sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}

/**
 * Marks an answer handled (or reopens it), for its question's owner and managers; returns it as
 * {@link readResponses} lists it. Marking it as it already is changes nothing and keeps who
 * handled it first. A seller's new answer replaces the record, so it comes back unhandled.
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
  const separator = id.lastIndexOf(ID_SEPARATOR);
  const key = separator > 0 ? [id.slice(0, separator), id.slice(separator + 1)] : undefined;
  const stored = key && (await context.storage.get<OpenQuestionResponse>(COLLECTIONS.responses, key));
  if (!stored) throw new MindError('MIND_NOT_FOUND', `No answer "${id}".`, { path: ['responseId'] });
  requireReader(context, context.nuggets.get(stored.nuggetId), stored.nuggetId);
  if ((stored.handledAt !== undefined) === handled) return entryOf(context, stored);
  const { handledAt: _at, handledBy: _by, ...open } = stored;
  const value: OpenQuestionResponse = handled
    ? { ...open, handledAt: context.now(), handledBy: context.viewer.id }
    : open;
  await context.write([{ type: 'put', collection: COLLECTIONS.responses, value }], ['feed']);
  return entryOf(context, value);
}
