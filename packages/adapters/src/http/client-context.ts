import { IdSchema, MindError, type MindshareChange } from '@mindshare/core';
import type * as z from 'zod/mini';
import { randomHex } from './backoff.js';
import type { Scheduler } from './http-options.js';
import type { Outbox } from './outbox.js';
import type { HttpRequest, Transport } from './transport.js';

/** What the operation modules of the client share. */
export interface ClientContext {
  readonly transport: Transport;
  readonly outbox: Outbox;
  readonly random: () => number;
  readonly clock: () => number;
  readonly scheduler: Scheduler;
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  /** Announces a write the server applied outside the outbox. */
  readonly emit: (change: MindshareChange) => void;
}

/**
 * Checks a reply against its schema and returns the parsed value, typed by the schema: the API's
 * reply types are inferred from these same schemas (in the core), so no cast is needed.
 *
 * @throws MindError `MIND_BAD_RESPONSE` naming the path of the first field that does not match.
 */
export function parseReply<S extends z.ZodMiniType>(schema: S, body: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new MindError('MIND_BAD_RESPONSE', `The reply to ${what} does not match the contract (at "${where}").`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** Sends one request and checks its reply; failures reject with the server's or the network's code. */
export async function call<S extends z.ZodMiniType>(
  context: ClientContext,
  request: HttpRequest,
  schema: S,
): Promise<z.output<S>> {
  const delivery = await context.transport.send(request);
  if (!delivery.ok) throw delivery.error;
  return parseReply(schema, delivery.body, `${request.method} ${request.path}`);
}

/** Headers of a write sent outside the outbox: a fresh idempotency key, so a retry is harmless. */
export function writeHeaders(context: ClientContext): Record<string, string> {
  return { 'idempotency-key': randomHex(context.random) };
}

/** A path segment from an id the caller gave, refused early so nothing malformed is queued. */
export function segment(value: unknown, name: string): string {
  const parsed = IdSchema.safeParse(value);
  if (!parsed.success) {
    throw new MindError('MIND_INVALID_INPUT', `${name} must be a non-empty id string.`, { path: [name] });
  }
  return encodeURIComponent(parsed.data);
}
