import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { isMindError, MindError, type MindshareApi, type MindshareHost } from '@mindshare/core';
import type { Logger } from 'pino';
import { Unauthenticated, type Authenticate } from '../auth/tokens.js';
import { CONTRACT_ROUTES, type ContractRoute } from './contract-routes.js';
import { badRequest, errorReply, errorResponse } from './errors.js';
import { Idempotency, type StoredReply } from './idempotency.js';
import { isMissingTake, mediaResponse, uploadOffset, uploadRoutes, type MediaPolicy } from './media-routes.js';
import { RateLimit } from './rate-limit.js';
import { routeInput } from './route-kit.js';
import type { DeliveryQueue } from '../delivery/delivery-queue.js';
import { deliveryAdminRoutes, type DeliveryRoutes } from '../delivery/delivery-routes.js';

/** What the HTTP layer needs; `createMindshareServer` builds it from the settings. */
export interface AppOptions {
  readonly host: () => MindshareHost;
  readonly authenticate: Authenticate;
  readonly idempotency: Idempotency;
  readonly clock: () => number;
  readonly media: MediaPolicy;
  /** Largest JSON body, in bytes. */
  readonly bodyLimit: number;
  /** Requests per viewer per minute (0: no limit). */
  readonly rateLimit: number;
  /** Portal origins allowed by CORS. */
  readonly origins: readonly string[];
  readonly logger: Logger;
  /** Throws when the database or Redis cannot be reached (`/readyz`). */
  readonly ready: () => Promise<void>;
  /** Admin routes (`PUT /admin/pack`, `PUT /admin/directory`), behind this token. */
  readonly admin?: {
    readonly token: string;
    publish(kind: 'pack' | 'directory', body: string, type: string): Promise<unknown>;
  };
  /** The delivery queues that are on (webhooks, xAPI), whose admin routes join the admin ones (see delivery-routes.ts). */
  readonly deliveries?: readonly { readonly queue: DeliveryQueue; readonly routes: DeliveryRoutes }[];
  /** Erasure of the events and statements about a person, queued or waiting, whether or not a channel is on. */
  readonly forgetDeliveries?: { forget(personId: string): Promise<number> };
  /** Development only: `POST /dev/token` mints a token for any directory person. */
  readonly devTokens?: (viewerId: string) => Promise<string>;
  /** Serves the other paths (the demo portal). */
  readonly fallback?: (c: Context) => Promise<Response | undefined>;
}

const MEDIA_CHUNK_LIMIT = 16 * 1024 * 1024;
/** A content pack or a PRM export of 100 000 people fits well within this. */
const ADMIN_BODY_LIMIT = 64 * 1024 * 1024;

/** The HTTP contract of docs/http-api.md over one host: hono routes, one view per request. */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const limiter = new RateLimit(options.rateLimit, options.clock);

  app.use(requestId());
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    options.logger.info(
      {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        viewer: c.get('viewerId' as never),
      },
      'request',
    );
  });
  app.use(
    secureHeaders({
      // The API answers JSON and media only; the portal (when served) sets its own policy
      // (static-files.ts), which `overwrite: false` keeps. No API handler sets these headers.
      contentSecurityPolicy: { defaultSrc: ["'self'"], frameAncestors: ["'none'"] },
      crossOriginResourcePolicy: 'same-site',
      overwrite: false,
    }),
  );
  app.use(
    '/v1/*',
    cors({
      origin: (origin) => (options.origins.includes(origin) ? origin : null),
      allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
      allowHeaders: [
        'Authorization',
        'Content-Type',
        'Idempotency-Key',
        'Mindshare-Client',
        'Mindshare-Sequence',
        'Range',
      ],
      exposeHeaders: ['Upload-Offset', 'Retry-After', 'Content-Range', 'Accept-Ranges'],
      maxAge: 600,
    }),
  );
  // Who is asking, before any body is read: a stranger cannot make the server hold megabytes.
  app.use('/v1/*', async (c, next) => {
    if (c.req.method !== 'OPTIONS')
      c.set('viewerId' as never, (await options.authenticate(c.req.header('authorization'))) as never);
    return next();
  });
  const tooLarge = (limit: number) => () =>
    errorResponse(badRequest(`The body is larger than ${limit} bytes.`, ['body']), 413);
  app.use(
    '/v1/recordings/:id/media',
    bodyLimit({ maxSize: MEDIA_CHUNK_LIMIT, onError: () => tooLarge(MEDIA_CHUNK_LIMIT)() }),
  );
  app.use('/v1/*', async (c, next) => {
    if (/\/v1\/recordings\/[^/]+\/media$/.test(c.req.path)) return next();
    return bodyLimit({ maxSize: options.bodyLimit, onError: () => tooLarge(options.bodyLimit)() })(c, next);
  });

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await options.ready();
      return c.json({ status: 'ready' });
    } catch (error) {
      options.logger.warn({ err: error }, 'not ready');
      return c.json({ status: 'unavailable', reason: error instanceof Error ? error.message : String(error) }, 503);
    }
  });

  /** The viewer's engine, or the reason it cannot have one (401, 429). */
  async function viewerOf(c: Context): Promise<{ viewerId: string; engine: MindshareApi } | Response> {
    const viewerId = c.get('viewerId' as never) as string;
    const wait = limiter.take(viewerId);
    if (wait > 0) {
      const throttled = new MindError('MIND_STORAGE_UNAVAILABLE', `Too many requests; retry in ${wait} s.`);
      return errorResponse(throttled, 429, { 'retry-after': String(wait) });
    }
    try {
      return { viewerId, engine: options.host().as({ id: viewerId }) };
    } catch (error) {
      // A valid token for someone the directory does not hold (any more): who is that?
      if (isMindError(error) && error.code === 'MIND_FORBIDDEN')
        throw new Unauthenticated(error.message, { cause: error });
      throw error;
    }
  }

  const register = (route: ContractRoute, idempotent: boolean) => {
    if (idempotent && !route.recover)
      throw new Error(`${route.method} ${route.path} has no way to rebuild a lost reply.`);
    app.on(route.method, route.path, async (c) => {
      const viewer = await viewerOf(c);
      if (viewer instanceof Response) return viewer;
      const input = routeInput(c, viewer.engine, viewer.viewerId);
      const logged = (run: () => Promise<unknown>) => () =>
        stored(run).catch((error: unknown) => {
          if (errorResponse(error).status >= 500)
            options.logger.error({ err: error, path: c.req.path }, 'write failed');
          throw error;
        });
      if (!idempotent) return send(await stored(() => route.handler(input)));
      const key = Idempotency.key(c.req.header('idempotency-key'));
      // A digest, not the body: records are kept 30 days and must not hold what sellers wrote.
      const body = new TextEncoder().encode(await c.req.text());
      const fingerprint = `${c.req.method} ${c.req.path} ${createHash('sha256').update(body).digest('base64url')}`;
      const reply = await options.idempotency.run({
        viewerId: viewer.viewerId,
        key,
        fingerprint,
        apply: logged(() => route.handler(input)),
        recover: (since) => logged(() => route.recover!(input, since))(),
      });
      if (reply.status < 300)
        await route.after?.(input, { idempotency: options.idempotency, deliveries: options.forgetDeliveries });
      return send(reply);
    });
  };
  for (const route of CONTRACT_ROUTES) register(route, route.method !== 'GET');
  // An upload chunk is idempotent by its offset (the contract), the other upload writes by key.
  for (const route of uploadRoutes(options.media)) register(route, !route.path.endsWith('/media'));

  // hono answers HEAD with the GET route (and drops the body): a take still recording gives the
  // resumable upload's `Upload-Offset`, a finished one its media headers.
  app.get('/v1/recordings/:id/media', async (c) => {
    const viewer = await viewerOf(c);
    if (viewer instanceof Response) return viewer;
    if (c.req.raw.method === 'HEAD') {
      try {
        const offset = await uploadOffset(viewer.engine, c.req.param('id'));
        return new Response(null, { status: 200, headers: { 'upload-offset': String(offset) } });
      } catch (error) {
        if (!isMissingTake(error)) throw error;
      }
    }
    return mediaResponse(viewer.engine, c.req.param('id'), c.req.header('range'));
  });

  app.use('/dev/*', bodyLimit({ maxSize: 4096, onError: () => tooLarge(4096)() }));
  app.use('/admin/*', bodyLimit({ maxSize: ADMIN_BODY_LIMIT, onError: () => tooLarge(ADMIN_BODY_LIMIT)() }));
  if (options.devTokens) {
    const mint = options.devTokens;
    app.post('/dev/token', async (c) => {
      const body = (await c.req.json().catch(() => ({}))) as { id?: unknown };
      if (typeof body.id !== 'string') throw badRequest('Send { "id": "<directory id>" }.', ['body', 'id']);
      options.host().as({ id: body.id }); // refuses someone the directory does not hold
      return c.json({ token: await mint(body.id) });
    });
  }

  if (options.admin) {
    const admin = options.admin;
    const expected = Buffer.from(`Bearer ${admin.token}`);
    app.put('/admin/:kind{pack|directory}', async (c) => {
      const given = Buffer.from(c.req.header('authorization') ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new Unauthenticated('The admin routes need the admin token.');
      }
      const kind = c.req.param('kind') as 'pack' | 'directory';
      try {
        return c.json(await admin.publish(kind, await c.req.text(), c.req.header('content-type') ?? ''));
      } catch (error) {
        // The publisher's mistake, not the server's: 422 with every problem's path.
        if (isMindError(error) && (error.code === 'MIND_INVALID_CONTENT' || error.code === 'MIND_INVALID_INPUT')) {
          const { body } = errorReply(error);
          return c.json({ error: { ...body.error, problems: error.problems } }, 422);
        }
        throw error;
      }
    });
  }

  if (options.admin) {
    for (const { queue, routes } of options.deliveries ?? [])
      deliveryAdminRoutes(app, options.admin.token, queue, routes);
  }

  if (options.fallback) {
    const fallback = options.fallback;
    app.get('*', async (c, next) => (await fallback(c)) ?? next());
  }

  app.notFound((c) => errorResponse(new MindError('MIND_NOT_FOUND', `No route ${c.req.method} ${c.req.path}.`), 404));
  app.onError((error, c) => {
    if (!isMindError(error) || errorResponse(error).status >= 500) {
      options.logger.error({ err: error, requestId: c.get('requestId'), path: c.req.path }, 'request failed');
    }
    return errorResponse(error);
  });
  return app;
}

async function stored(run: () => Promise<unknown>): Promise<StoredReply> {
  const value = await run();
  return value === undefined ? { status: 204, body: '' } : { status: 200, body: JSON.stringify(value) };
}

function send(reply: StoredReply): Response {
  if (reply.status === 204) return new Response(null, { status: 204 });
  return new Response(reply.body, { status: reply.status, headers: { 'content-type': 'application/json' } });
}
