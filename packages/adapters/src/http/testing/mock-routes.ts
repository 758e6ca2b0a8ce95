import { MindError, type MindshareApi } from '@mindshare/core';
import { http, HttpResponse, type RequestHandler } from 'msw';
import { errorResponse, type MockServer } from './mock-server.js';

type Params = Readonly<Record<string, string | readonly string[] | undefined>>;
type Handler = (engine: MindshareApi, request: Request, params: Params) => Promise<unknown>;

function reply(value: unknown): Response {
  return value === undefined ? new HttpResponse(null, { status: 204 }) : HttpResponse.json(value);
}

function param(params: Params, name: string): string {
  return String(params[name]);
}

async function json(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  const body: unknown = text === '' ? {} : JSON.parse(text);
  if (typeof body !== 'object' || body === null) throw new MindError('MIND_INVALID_INPUT', 'Expected a JSON object.');
  return body as Record<string, unknown>;
}

function query(request: Request, name: string): string | undefined {
  return new URL(request.url).searchParams.get(name) ?? undefined;
}

function numberQuery(request: Request, name: string): number | undefined {
  const value = query(request, name);
  return value === undefined ? undefined : Number(value);
}

/** The routes of the contract, each a thin shell over one engine operation. */
export function contractHandlers(server: MockServer): RequestHandler[] {
  const url = (path: string) => `${server.baseUrl}${path}`;
  const run = (handler: Handler) => async (request: Request, params: Params) => {
    try {
      return reply(await handler(await server.engineFor(request), request, params));
    } catch (error) {
      return errorResponse(error);
    }
  };
  const read = (path: string, handler: Handler) =>
    http.get(url(path), ({ request, params }) => run(handler)(request, params));
  const write = (method: 'post' | 'put' | 'delete', path: string, handler: Handler) =>
    http[method](url(path), ({ request, params }) => server.idempotent(request, () => run(handler)(request, params)));

  return [
    read('/v1/viewer', async (engine) => ({ viewer: engine.viewer, now: server.now() })),
    read('/v1/catalog', (engine) => engine.catalog()),
    read('/v1/challenges', (engine) => engine.challenges()),
    write('post', '/v1/challenges/:id/attempts', async (engine, request, params) =>
      engine.startAttempt(param(params, 'id'), (await json(request)) as { reveal?: 'next' }),
    ),
    read('/v1/attempts/:id', (engine, _, params) => engine.attempt(param(params, 'id'))),
    write('post', '/v1/attempts/:id/shown', async (engine, request, params) =>
      engine.showQuestion(param(params, 'id'), String((await json(request)).questionId)),
    ),
    write('post', '/v1/attempts/:id/answers', async (engine, request, params) => {
      const body = await json(request);
      const options = body.confidence === undefined ? {} : { confidence: body.confidence as 'sure' | 'unsure' };
      return engine.answer(param(params, 'id'), String(body.questionId), body.response, options);
    }),
    write('post', '/v1/attempts/:id/finish', (engine, _, params) => engine.finishAttempt(param(params, 'id'))),
    read('/v1/leaderboards/:challengeId', async (engine, request, params) => {
      const scope = query(request, 'scope') as 'global' | undefined;
      const options = Object.fromEntries(
        Object.entries({
          scope,
          limit: numberQuery(request, 'limit'),
          around: numberQuery(request, 'around'),
          offset: numberQuery(request, 'offset'),
        }).filter(([, value]) => value !== undefined),
      );
      return engine.leaderboard({ challengeId: param(params, 'challengeId'), ...options });
    }),
    read('/v1/feed', (engine) => engine.feed()),
    write('post', '/v1/nuggets/:id/seen', (engine, _, params) => engine.markSeen(param(params, 'id'))),
    write('post', '/v1/nuggets/:id/votes', async (engine, request, params) =>
      engine.vote(param(params, 'id'), (await json(request)).optionIds as string[]),
    ),
    write('post', '/v1/nuggets/:id/responses', async (engine, request, params) =>
      engine.respond(param(params, 'id'), String((await json(request)).text)),
    ),
    write('post', '/v1/practice/:questionId/answers', async (engine, request, params) =>
      engine.answerPractice(param(params, 'questionId'), (await json(request)).response),
    ),
    write('put', '/v1/repetition-hold', async (engine, request) => {
      const until = (await json(request)).until;
      return engine.setRepetitionHold(typeof until === 'number' ? until : undefined);
    }),
    write('put', '/v1/me/board-visibility', async (engine, request) =>
      engine.setBoardVisibility((await json(request)).visible as boolean),
    ),
    read('/v1/pitch-prompts', (engine) => engine.pitchPrompts()),
    read('/v1/recordings', (engine, request) => {
      const filters = {
        promptId: query(request, 'promptId'),
        sellerId: query(request, 'sellerId'),
        view: query(request, 'view'),
      };
      const defined = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
      return engine.recordings(defined);
    }),
    write('post', '/v1/recordings/:id/reviews', async (engine, request, params) =>
      engine.review(param(params, 'id'), (await json(request)) as never),
    ),
    write('post', '/v1/recordings/:id/publish', (engine, _, params) => engine.publish(param(params, 'id'))),
    write('put', '/v1/recordings/:id/consent', async (engine, request, params) =>
      engine.setConsent(param(params, 'id'), (await json(request)).consent === true),
    ),
    write('post', '/v1/recordings/:id/claim', async (engine, request, params) => {
      const takeOver = (await json(request)).takeOver;
      return engine.claimReview(param(params, 'id'), takeOver === undefined ? {} : { takeOver: takeOver === true });
    }),
    write('delete', '/v1/recordings/:id/claim', (engine, _, params) => engine.releaseReview(param(params, 'id'))),
    write('post', '/v1/recordings', async (engine, request) => {
      const body = await json(request);
      const meta = {
        mimeType: String(body.mimeType),
        ...(body.consent === undefined ? {} : { consent: !!body.consent }),
      };
      const session = await engine.startRecording(String(body.promptId), meta);
      server.uploads.set(session.recordingId, { session, offset: 0 });
      return { recordingId: session.recordingId, offset: 0 };
    }),
    http.put(url('/v1/recordings/:id/media'), ({ request, params }) =>
      run(async (_engine, request) => {
        const id = param(params, 'id');
        const upload = server.uploads.get(id);
        if (!upload) throw new MindError('MIND_NOT_FOUND', `No upload "${id}" in progress.`);
        const offset = Number(query(request, 'offset'));
        if (!Number.isSafeInteger(offset) || offset < 0) throw new MindError('MIND_INVALID_INPUT', 'Bad offset.');
        if (offset > upload.offset) throw new MindError('MIND_CONFLICT', `The server holds ${upload.offset} bytes.`);
        const bytes = new Uint8Array(await request.arrayBuffer());
        // Bytes before the committed offset were received already (a lost reply): skip them.
        const fresh = bytes.subarray(upload.offset - offset);
        if (fresh.length > 0) {
          await upload.session.append(fresh.slice());
          upload.offset += fresh.length;
        }
        return { recordingId: id, offset: upload.offset };
      })(request, params),
    ),
    http.head(url('/v1/recordings/:id/media'), ({ params }) => {
      const upload = server.uploads.get(param(params, 'id'));
      if (!upload) return new HttpResponse(null, { status: 404 });
      return new HttpResponse(null, { status: 200, headers: { 'upload-offset': String(upload.offset) } });
    }),
    http.get(url('/v1/recordings/:id/media'), async ({ request, params }) => {
      try {
        const blob = await (await server.engineFor(request)).recordingMedia(param(params, 'id'));
        return new HttpResponse(await blob.arrayBuffer(), { headers: { 'content-type': blob.type } });
      } catch (error) {
        return errorResponse(error);
      }
    }),
    write('post', '/v1/recordings/:id/finish', async (_engine, request, params) => {
      const upload = server.uploads.get(param(params, 'id'));
      if (!upload) throw new MindError('MIND_NOT_FOUND', 'No upload in progress.');
      const body = await json(request);
      if (body.size !== upload.offset) throw new MindError('MIND_CONFLICT', `The server holds ${upload.offset} bytes.`);
      return upload.session.finish({ durationMs: Number(body.durationMs) });
    }),
    write('delete', '/v1/recordings/:id', async (_engine, _request, params) => {
      const upload = server.uploads.get(param(params, 'id'));
      if (!upload) throw new MindError('MIND_NOT_FOUND', 'No upload in progress.');
      await upload.session.abort();
      server.uploads.delete(param(params, 'id'));
    }),
    read('/v1/directory', (engine) => engine.directory()),
    read('/v1/mastery', (engine, request) => {
      const topic = query(request, 'topic');
      const by = (query(request, 'by') ?? 'seller') as 'seller';
      return engine.mastery(topic === undefined ? { by } : { by, topic });
    }),
    read('/v1/tier-report', (engine) => engine.tierReport()),
    read('/v1/sellers/:id/export', (engine, _, params) => engine.exportSellerData(param(params, 'id'))),
    write('delete', '/v1/sellers/:id', (engine, _, params) => engine.deleteSellerData(param(params, 'id'))),
    read('/v1/responses', (engine, request) => {
      const handled = query(request, 'handled');
      // As the server: anything but "true" or "false" is a 400, not a filter.
      if (handled !== undefined && handled !== 'true' && handled !== 'false') {
        throw new MindError('MIND_INVALID_INPUT', `handled must be "true" or "false", not "${handled}".`, {
          path: ['query', 'handled'],
        });
      }
      const filters = {
        nuggetId: query(request, 'nuggetId'),
        handled: handled === undefined ? undefined : handled === 'true',
        limit: numberQuery(request, 'limit'),
        before: numberQuery(request, 'before'),
        beforeId: query(request, 'beforeId'),
      };
      return engine.responses(Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)));
    }),
    write('put', '/v1/responses/:id/handled', async (engine, request, params) =>
      engine.markResponseHandled(param(params, 'id'), (await json(request)).handled as boolean),
    ),
    read('/v1/response-questions', (engine) => engine.responseQuestions()),
    read('/v1/nuggets/:id/poll-results', (engine, _, params) => engine.pollResults(param(params, 'id'))),
    read('/v1/polls', (engine) => engine.polls()),
    read('/v1/engagement', (engine, request) => {
      const sellerId = query(request, 'sellerId');
      return engine.engagement(sellerId === undefined ? {} : { sellerId });
    }),
    read('/v1/engagement/board', (engine, request) => {
      const options = {
        period: query(request, 'period') as 'week' | undefined,
        scope: query(request, 'scope') as 'global' | undefined,
        limit: numberQuery(request, 'limit'),
        around: numberQuery(request, 'around'),
        offset: numberQuery(request, 'offset'),
      };
      return engine.engagementBoard(
        Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)),
      );
    }),
    read('/v1/certifications', (engine, request) => {
      const sellerId = new URL(request.url).searchParams.get('sellerId');
      return engine.certifications(sellerId === null ? {} : { sellerId });
    }),
    read('/v1/certified-sellers', (engine) => engine.certifiedSellers()),
  ];
}
