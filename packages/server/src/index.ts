/**
 * `@mindshare/server`: the Mindshare engine behind the HTTP contract (docs/http-api.md), one host
 * per process and one view per request, on PostgreSQL (embedded PGlite by default) with Redis
 * leaderboards when configured. Run it with `npx mindshare-server`; embed it with
 * {@link createMindshareServer}.
 */
export { createMindshareServer } from './server.js';
export type { MindshareServer, ServerOverrides } from './server.js';
export { parseCommandLine, helpText, SETTINGS } from './settings.js';
export type { ServerSettings, ParsedCommandLine } from './settings.js';
export { verifyTokens, signToken, Unauthenticated } from './auth/tokens.js';
export type { Authenticate, TokenOptions } from './auth/tokens.js';
export { openDatabase } from './storage/database.js';
export type { Database, DatabaseOptions } from './storage/database.js';
export { migrate, LATEST_MIGRATION } from './storage/migrations.js';
export { parseDirectoryCsv } from './content/directory-csv.js';
export { signWebhook, verifyWebhook, webhookHeaders } from './webhooks/signature.js';
export { WEBHOOK_EVENT_DATA, WEBHOOK_EVENT_TYPES } from './webhooks/webhook-events.schema.js';
export type { WebhookEvent, WebhookEventData, WebhookEventType } from './webhooks/webhook-events.schema.js';
export { WebhookEndpointSchema, readWebhookEndpoints } from './webhooks/webhook-endpoints.schema.js';
export type { WebhookEndpoint } from './webhooks/webhook-endpoints.schema.js';
export type { Webhooks } from './webhooks/webhooks.js';
