import { timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { MindError } from '@mindshare/core';
import { Unauthenticated } from '../auth/tokens.js';
import { badRequest } from '../http/errors.js';
import type { DeliveryQueue } from './delivery-queue.js';

const STATUSES = ['pending', 'delivered', 'failed'];

/** Where a queue's admin routes sit and how they describe its destinations. */
export interface DeliveryRoutes {
  /** `/admin/webhooks` or `/admin/xapi`. */
  readonly base: string;
  /** The path segment of one queued item: `events` (webhooks) or `statements` (xAPI). */
  readonly items: string;
  /** What a destination is called in messages: `webhook endpoint`, `learning record store`. */
  readonly noun: string;
  /** The key of the summary's list (`endpoints`) and what it says of each destination beside its counts. */
  readonly list: string;
  readonly describe: (id: string) => Record<string, unknown>;
}

/**
 * The admin routes of a delivery queue, behind the admin token like `PUT /admin/pack`:
 * - `GET {base}` — each destination with its pending, delivered and failed counts;
 * - `GET {base}/deliveries?endpoint=&status=&limit=` — recent deliveries, newest first;
 * - `POST {base}/{items}/:id/replay?endpoint=` — sends one event again;
 * - `POST {base}/replay?since=&endpoint=` — sends again every delivery failed since then.
 */
export function deliveryAdminRoutes(app: Hono, token: string, queue: DeliveryQueue, routes: DeliveryRoutes): void {
  const { base } = routes;
  const expected = Buffer.from(`Bearer ${token}`);
  const admin = (c: Context) => {
    const given = Buffer.from(c.req.header('authorization') ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new Unauthenticated('The admin routes need the admin token.');
  };
  const endpointOf = (c: Context) => {
    const endpoint = c.req.query('endpoint');
    if (endpoint !== undefined && !queue.endpoints.some((candidate) => candidate.id === endpoint))
      throw badRequest(`No ${routes.noun} "${endpoint}" is configured.`, ['query', 'endpoint']);
    return endpoint;
  };

  app.get(base, async (c) => {
    admin(c);
    const counts = await queue.summary();
    return c.json({ [routes.list]: counts.map((row) => ({ ...routes.describe(row.id), ...row })) });
  });

  app.get(`${base}/deliveries`, async (c) => {
    admin(c);
    const status = c.req.query('status');
    if (status !== undefined && !STATUSES.includes(status))
      throw badRequest(`status must be one of ${STATUSES.join(', ')}.`, ['query', 'status']);
    const limit = c.req.query('limit') === undefined ? 100 : Number(c.req.query('limit'));
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      throw badRequest('limit must be a whole number from 1 to 1000.', ['query', 'limit']);
    const endpoint = endpointOf(c);
    return c.json({
      deliveries: await queue.deliveries({
        ...(endpoint ? { endpoint } : {}),
        ...(status ? { status } : {}),
        limit,
      }),
    });
  });

  app.post(`${base}/${routes.items}/:id/replay`, async (c) => {
    admin(c);
    const endpoint = endpointOf(c);
    const replayed = await queue.replay({ eventId: c.req.param('id'), ...(endpoint ? { endpoint } : {}) });
    if (replayed === 0)
      throw new MindError('MIND_NOT_FOUND', `No delivery of "${c.req.param('id')}" to replay.`, { path: ['id'] });
    return c.json({ replayed });
  });

  app.post(`${base}/replay`, async (c) => {
    admin(c);
    const since = Date.parse(c.req.query('since') ?? '');
    if (Number.isNaN(since))
      throw badRequest('since must be an ISO 8601 time, e.g. 2027-03-01T00:00:00Z.', ['query', 'since']);
    const endpoint = endpointOf(c);
    return c.json({ replayed: await queue.replay({ failedSince: since, ...(endpoint ? { endpoint } : {}) }) });
  });
}
