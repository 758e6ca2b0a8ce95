import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { MindError } from '@mindshare/core';
import { deliveryUrlSetting } from '../delivery/delivery-url.js';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './webhook-events.schema.js';

const SECRET = /^whsec_([A-Za-z0-9+/]+={0,2})$/;

/**
 * One receiver of webhooks, as an operator configures it: a name that stays the same across
 * restarts (deliveries are kept per name), where to send, the Standard Webhooks secret
 * (`whsec_` + base64 of 24 to 64 random bytes) and the event types it wants (`["*"]` for all).
 */
export const WebhookEndpointSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'expected a name of a-z, 0-9, "-" or "_", e.g. "crm"')),
  url: deliveryUrlSetting(
    'expected an https URL (http only to 127.0.0.1 or localhost)',
    'the receiver authenticates each delivery by its signature with the endpoint\'s "secret", the credential it shares; the URL is logged and listed',
  ),
  secret: z.string().check(
    z.refine((value) => {
      const key = SECRET.exec(value)?.[1];
      const bytes = key === undefined ? 0 : Buffer.from(key, 'base64').length;
      return bytes >= 24 && bytes <= 64;
    }, 'expected "whsec_" followed by base64 of 24 to 64 random bytes, e.g. "whsec_" + `openssl rand -base64 32`'),
  ),
  events: z
    .array(z.union([z.enum(WEBHOOK_EVENT_TYPES as [WebhookEventType, ...WebhookEventType[]]), z.literal('*')]))
    .check(z.minLength(1, 'expected at least one event type, or ["*"] for all')),
});

/** A configured receiver (see {@link WebhookEndpointSchema}). */
export type WebhookEndpoint = z.infer<typeof WebhookEndpointSchema>;

const EndpointListSchema = z.array(WebhookEndpointSchema).check(
  z.superRefine((endpoints, ctx) => {
    const seen = new Set<string>();
    endpoints.forEach((endpoint, index) => {
      if (seen.has(endpoint.id))
        ctx.issues.push({
          code: 'custom',
          input: endpoint.id,
          path: [index, 'id'],
          message: `duplicate endpoint id "${endpoint.id}"`,
        });
      seen.add(endpoint.id);
    });
  }),
);

/** Whether `endpoint` wants events of `type`. */
export function wants(endpoint: WebhookEndpoint, type: WebhookEventType): boolean {
  return endpoint.events.includes('*') || endpoint.events.includes(type);
}

/**
 * The endpoints of `--webhooks` / `MINDSHARE_WEBHOOKS`: a JSON array, or the path of a file
 * holding one (which keeps secrets out of the process list). Refuses a malformed list with
 * `MIND_INVALID_INPUT`, one problem per wrong field, each at its path under `MINDSHARE_WEBHOOKS`.
 */
export async function readWebhookEndpoints(setting: string | undefined): Promise<WebhookEndpoint[]> {
  if (setting === undefined || setting.trim() === '') return [];
  const inline = setting.trim().startsWith('[');
  let text = setting;
  if (!inline) {
    try {
      text = await readFile(setting, 'utf8');
    } catch (error) {
      throw new MindError('MIND_INVALID_INPUT', `--webhooks (MINDSHARE_WEBHOOKS): cannot read the file ${setting}.`, {
        path: ['MINDSHARE_WEBHOOKS'],
        cause: error,
      });
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `--webhooks (MINDSHARE_WEBHOOKS) must be a JSON array of endpoints${inline ? '' : ` (in ${setting})`}: ${(error as Error).message}`,
      { path: ['MINDSHARE_WEBHOOKS'], cause: error },
    );
  }
  const parsed = EndpointListSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => ({
    path: ['MINDSHARE_WEBHOOKS', ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))],
    message: issue.message,
  }));
  throw new MindError(
    'MIND_INVALID_INPUT',
    `--webhooks (MINDSHARE_WEBHOOKS) is not a valid list of endpoints: ${problems
      .map((problem) => `${problem.path.join('.')}: ${problem.message}`)
      .join('; ')}`,
    { path: ['MINDSHARE_WEBHOOKS'], problems },
  );
}
