import type { MindshareApi } from '@mindshare/core';
import type { Idempotency } from './idempotency.js';
import { answerOptions, defined, text, type Handler, type RouteInput } from './route-kit.js';
import { badRequest } from './errors.js';
import {
  answered,
  claimed,
  revealed,
  finishedAttempt,
  noContent,
  practiceAnswered,
  recording,
  responseHandled,
  reviewed,
  startedAttempt,
  voted,
  type Recover,
} from './recover.js';

/** A route of the contract: method, path (hono syntax), operation, and for writes how to rebuild a lost reply. */
export interface ContractRoute {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly handler: Handler;
  /**
   * Rebuilds the reply of a write that committed but whose reply was lost with the process (see
   * `Idempotency`), from what it wrote; every write has one, and none runs the write again.
   */
  readonly recover?: Recover;
  /** Runs once the write succeeded and its reply is kept (the server's own bookkeeping). */
  readonly after?: (input: RouteInput, services: AfterWrite) => Promise<unknown>;
}

/** What a route's `after` may use: the server's bookkeeping beside the engine. */
export interface AfterWrite {
  readonly idempotency: Idempotency;
  /** The delivery queues, to erase what they hold about a person (whether or not a channel is on). */
  readonly deliveries?: { forget(personId: string): Promise<number> } | undefined;
}

const get = (path: string, handler: Handler): ContractRoute => ({ method: 'GET', path, handler });
const write = (method: 'POST' | 'PUT' | 'DELETE', path: string, handler: Handler, recover: Recover): ContractRoute => ({
  method,
  path,
  handler,
  recover,
});

/**
 * The JSON routes of docs/http-api.md, each one engine operation (media routes are in
 * `media-routes.ts`). The viewer is the token's; the engine refuses what they may not do.
 */
export const CONTRACT_ROUTES: readonly ContractRoute[] = [
  get('/v1/viewer', async ({ engine }) => ({ viewer: engine.viewer, now: engine.now() })),
  get('/v1/catalog', ({ engine }) => engine.catalog()),
  get('/v1/challenges', ({ engine }) => engine.challenges()),
  write(
    'POST',
    '/v1/challenges/:id/attempts',
    // `{ "reveal": "next" }` reveals the question answered next with it; the engine refuses other options.
    async ({ engine, param, body }) => engine.startAttempt(param('id'), await body()),
    startedAttempt,
  ),
  get('/v1/attempts/:id', ({ engine, param }) => engine.attempt(param('id'))),
  write(
    'POST',
    '/v1/attempts/:id/shown',
    async ({ engine, param, body }) => engine.showQuestion(param('id'), text(await body(), 'questionId')),
    revealed,
  ),
  write(
    'POST',
    '/v1/attempts/:id/answers',
    async ({ engine, param, body }) => {
      const input = await body();
      return engine.answer(param('id'), text(input, 'questionId'), input.response, answerOptions(input));
    },
    answered,
  ),
  write('POST', '/v1/attempts/:id/finish', ({ engine, param }) => engine.finishAttempt(param('id')), finishedAttempt),
  get('/v1/leaderboards/:challengeId', ({ engine, param, query, count }) => {
    const scope = query('scope'); // the engine names an unknown one
    const entity = query('entity'); // likewise
    return engine.leaderboard({
      challengeId: param('challengeId'),
      ...defined({
        scope: scope as 'global' | undefined,
        entity: entity as 'seller' | undefined,
        limit: count('limit'),
        around: count('around'),
        offset: count('offset'),
      }),
    });
  }),
  get('/v1/feed', ({ engine }) => engine.feed()),
  write('POST', '/v1/nuggets/:id/seen', ({ engine, param }) => engine.markSeen(param('id')), noContent),
  write(
    'POST',
    '/v1/nuggets/:id/votes',
    async ({ engine, param, body }) => {
      const optionIds = (await body()).optionIds;
      if (!Array.isArray(optionIds))
        throw badRequest('optionIds must be an array of option ids.', ['body', 'optionIds']);
      return engine.vote(param('id'), optionIds as string[]);
    },
    voted,
  ),
  write(
    'POST',
    '/v1/nuggets/:id/responses',
    async ({ engine, param, body }) => engine.respond(param('id'), text(await body(), 'text')),
    noContent,
  ),
  write(
    'POST',
    '/v1/practice/:questionId/answers',
    async ({ engine, param, body }) => {
      const input = await body();
      return engine.answerPractice(param('questionId'), input.response, answerOptions(input));
    },
    practiceAnswered,
  ),
  write(
    'PUT',
    '/v1/repetition-hold',
    async ({ engine, body }) => {
      const until = (await body()).until;
      if (until !== null && typeof until !== 'number')
        throw badRequest('until must be a number or null.', ['body', 'until']);
      return engine.setRepetitionHold(until ?? undefined);
    },
    noContent,
  ),
  write(
    'PUT',
    '/v1/me/board-visibility',
    async ({ engine, body }) => {
      const visible = (await body()).visible;
      if (typeof visible !== 'boolean') throw badRequest('visible must be true or false.', ['body', 'visible']);
      return engine.setBoardVisibility(visible);
    },
    noContent,
  ),
  get('/v1/pitch-prompts', ({ engine }) => engine.pitchPrompts()),
  get('/v1/recordings', ({ engine, query }) =>
    engine.recordings(
      defined({ promptId: query('promptId'), sellerId: query('sellerId'), view: query('view') }) as Parameters<
        MindshareApi['recordings']
      >[0],
    ),
  ),
  write(
    'POST',
    '/v1/recordings/:id/reviews',
    async ({ engine, param, body }) => engine.review(param('id'), (await body()) as never),
    reviewed,
  ),
  write('POST', '/v1/recordings/:id/publish', ({ engine, param }) => engine.publish(param('id')), recording),
  write(
    'PUT',
    '/v1/recordings/:id/consent',
    async ({ engine, param, body }) => {
      const consent = (await body()).consent;
      if (typeof consent !== 'boolean') throw badRequest('consent must be true or false.', ['body', 'consent']);
      return engine.setConsent(param('id'), consent);
    },
    recording,
  ),
  write(
    'POST',
    '/v1/recordings/:id/claim',
    async ({ engine, param, body }) => {
      const takeOver = (await body()).takeOver;
      if (takeOver !== undefined && typeof takeOver !== 'boolean')
        throw badRequest('takeOver must be true or false.', ['body', 'takeOver']);
      return engine.claimReview(param('id'), takeOver === undefined ? {} : { takeOver });
    },
    claimed,
  ),
  write('DELETE', '/v1/recordings/:id/claim', ({ engine, param }) => engine.releaseReview(param('id')), noContent),
  get('/v1/directory', ({ engine }) => engine.directory()),
  get('/v1/mastery', ({ engine, query }) => {
    const topic = query('topic');
    const by = (query('by') ?? 'seller') as 'seller';
    return engine.mastery(topic === undefined ? { by } : { by, topic });
  }),
  get('/v1/tier-report', ({ engine, query }) => {
    const metric = query('metric');
    const budget = query('budget');
    let options: Record<string, unknown> = {};
    if (metric !== undefined) options = { ...options, metric };
    if (budget !== undefined) {
      try {
        options = { ...options, budget: JSON.parse(budget) as unknown };
      } catch {
        throw badRequest('budget must be JSON.', ['query', 'budget']);
      }
    }
    return engine.tierReport(options as never);
  }),
  get('/v1/responses', ({ engine, query, count }) => {
    const handled = query('handled');
    if (handled !== undefined && handled !== 'true' && handled !== 'false')
      throw badRequest(`handled must be "true" or "false", not "${handled}".`, ['query', 'handled']);
    return engine.responses(
      defined({
        nuggetId: query('nuggetId'),
        handled: handled === undefined ? undefined : handled === 'true',
        limit: count('limit'),
        before: count('before'),
        beforeId: query('beforeId'),
      }),
    );
  }),
  get('/v1/response-questions', ({ engine }) => engine.responseQuestions()),
  write(
    'PUT',
    '/v1/responses/:id/handled',
    async ({ engine, param, body }) => {
      const handled = (await body()).handled;
      if (typeof handled !== 'boolean') throw badRequest('handled must be true or false.', ['body', 'handled']);
      return engine.markResponseHandled(param('id'), handled);
    },
    responseHandled,
  ),
  get('/v1/nuggets/:id/poll-results', ({ engine, param }) => engine.pollResults(param('id'))),
  get('/v1/polls', ({ engine }) => engine.polls()),
  get('/v1/engagement', ({ engine, query }) => engine.engagement(defined({ sellerId: query('sellerId') }))),
  get('/v1/engagement/board', ({ engine, query, count }) =>
    engine.engagementBoard(
      defined({
        period: query('period') as 'week' | undefined, // the engine names an unknown one
        scope: query('scope') as 'global' | undefined,
        limit: count('limit'),
        around: count('around'),
        offset: count('offset'),
      }),
    ),
  ),
  get('/v1/certifications', ({ engine, query }) => engine.certifications(defined({ sellerId: query('sellerId') }))),
  get('/v1/certified-sellers', ({ engine }) => engine.certifiedSellers()),
  get('/v1/sellers/:id/export', ({ engine, param }) => engine.exportSellerData(param('id'))),
  {
    ...write('DELETE', '/v1/sellers/:id', ({ engine, param }) => engine.deleteSellerData(param('id')), noContent),
    // An erased seller's idempotency records go too: they hold what the seller was told; and the
    // webhook events and xAPI statements about them, queued or sent (their bodies are kept).
    after: async ({ param }, { idempotency, deliveries }) => {
      await idempotency.forget(param('id'));
      await deliveries?.forget(param('id'));
    },
  },
];
