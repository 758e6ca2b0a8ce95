import type { MindshareApi } from '@mindshare/core';
import { answerOptions, defined, text, type Handler } from './route-kit.js';
import { badRequest } from './errors.js';

/** A route of the contract: method, path (hono syntax), operation, and for writes how to rebuild a lost reply. */
export interface ContractRoute {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly handler: Handler;
  /**
   * Rebuilds the reply of a write that committed but whose reply was lost with the process (see
   * `Idempotency`), from what it wrote. Without it, a write that answers 204 replays 204 and any
   * other runs again: it must then be one that gives the same reply twice.
   */
  readonly recover?: Handler;
}

const get = (path: string, handler: Handler): ContractRoute => ({ method: 'GET', path, handler });
const write = (
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  handler: Handler,
  recover?: Handler,
): ContractRoute => ({
  method,
  path,
  handler,
  ...(recover ? { recover } : {}),
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
    ({ engine, param }) => engine.startAttempt(param('id')),
    // The attempt this request started is the one still running.
    async ({ engine, param }) => {
      const listing = (await engine.challenges()).find((challenge) => challenge.id === param('id'));
      if (!listing?.runningAttemptId) return engine.startAttempt(param('id'));
      return engine.attempt(listing.runningAttemptId);
    },
  ),
  get('/v1/attempts/:id', ({ engine, param }) => engine.attempt(param('id'))),
  write('POST', '/v1/attempts/:id/shown', async ({ engine, param, body }) =>
    engine.showQuestion(param('id'), text(await body(), 'questionId')),
  ),
  write(
    'POST',
    '/v1/attempts/:id/answers',
    async ({ engine, param, body }) => {
      const input = await body();
      return engine.answer(param('id'), text(input, 'questionId'), input.response, answerOptions(input));
    },
    // The verdict was written with the answer.
    async ({ engine, param, body }) => {
      const questionId = text(await body(), 'questionId');
      const verdict = (await engine.attempt(param('id'))).verdicts.find(
        (candidate) => candidate.questionId === questionId,
      );
      return verdict ? { status: 'scored', ...verdict } : undefined;
    },
  ),
  write('POST', '/v1/attempts/:id/finish', ({ engine, param }) => engine.finishAttempt(param('id'))),
  get('/v1/leaderboards/:challengeId', ({ engine, param, query, count }) => {
    const scope = query('scope'); // the engine names an unknown one
    return engine.leaderboard({
      challengeId: param('challengeId'),
      ...defined({
        scope: scope as 'global' | undefined,
        limit: count('limit'),
        around: count('around'),
        offset: count('offset'),
      }),
    });
  }),
  get('/v1/feed', ({ engine }) => engine.feed()),
  write('POST', '/v1/nuggets/:id/seen', ({ engine, param }) => engine.markSeen(param('id'))),
  write('POST', '/v1/nuggets/:id/votes', async ({ engine, param, body }) => {
    const optionIds = (await body()).optionIds;
    if (!Array.isArray(optionIds)) throw badRequest('optionIds must be an array of option ids.', ['body', 'optionIds']);
    return engine.vote(param('id'), optionIds as string[]);
  }),
  write('POST', '/v1/nuggets/:id/responses', async ({ engine, param, body }) =>
    engine.respond(param('id'), text(await body(), 'text')),
  ),
  write('POST', '/v1/practice/:questionId/answers', async ({ engine, param, body }) => {
    const input = await body();
    return engine.answerPractice(param('questionId'), input.response, answerOptions(input));
  }),
  write('PUT', '/v1/repetition-hold', async ({ engine, body }) => {
    const until = (await body()).until;
    if (until !== null && typeof until !== 'number')
      throw badRequest('until must be a number or null.', ['body', 'until']);
    return engine.setRepetitionHold(until ?? undefined);
  }),
  get('/v1/pitch-prompts', ({ engine }) => engine.pitchPrompts()),
  get('/v1/recordings', ({ engine, query }) =>
    engine.recordings(
      defined({ promptId: query('promptId'), sellerId: query('sellerId'), view: query('view') }) as Parameters<
        MindshareApi['recordings']
      >[0],
    ),
  ),
  write('POST', '/v1/recordings/:id/reviews', async ({ engine, param, body }) =>
    engine.review(param('id'), (await body()) as never),
  ),
  write('POST', '/v1/recordings/:id/publish', ({ engine, param }) => engine.publish(param('id'))),
  write('PUT', '/v1/recordings/:id/consent', async ({ engine, param, body }) => {
    const consent = (await body()).consent;
    if (typeof consent !== 'boolean') throw badRequest('consent must be true or false.', ['body', 'consent']);
    return engine.setConsent(param('id'), consent);
  }),
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
  get('/v1/sellers/:id/export', ({ engine, param }) => engine.exportSellerData(param('id'))),
  write('DELETE', '/v1/sellers/:id', ({ engine, param }) => engine.deleteSellerData(param('id'))),
];
