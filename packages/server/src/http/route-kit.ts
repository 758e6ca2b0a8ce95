import type { Context } from 'hono';
import type { MindshareApi } from '@mindshare/core';
import { badRequest } from './errors.js';

/** What a route handler gets: the viewer's engine and the request's parts, read safely. */
export interface RouteInput {
  readonly engine: MindshareApi;
  readonly viewerId: string;
  /** A path parameter. */
  param(name: string): string;
  /** A query parameter, or `undefined`. */
  query(name: string): string | undefined;
  /** A query parameter that must be a non-negative integer when present. */
  count(name: string): number | undefined;
  /** The JSON body: an object (an empty body is `{}`). */
  body(): Promise<Record<string, unknown>>;
  readonly request: Request;
}

/** A route's operation: its result is the reply (`undefined` is 204). */
export type Handler = (input: RouteInput) => Promise<unknown>;

export function routeInput(c: Context, engine: MindshareApi, viewerId: string): RouteInput {
  let parsed: Promise<Record<string, unknown>> | undefined;
  return {
    engine,
    viewerId,
    request: c.req.raw,
    param: (name) => c.req.param(name) ?? '',
    query: (name) => c.req.query(name),
    count: (name) => {
      const raw = c.req.query(name);
      if (raw === undefined) return undefined;
      const value = Number(raw);
      if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value))
        throw badRequest(`${name} must be a non-negative integer, not "${raw}".`, ['query', name]);
      return value;
    },
    // hono keeps the body it read, so the idempotency digest and this parse read it once.
    body: () => (parsed ??= c.req.text().then(parseBody)),
  };
}

function parseBody(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw badRequest('The body is not valid JSON.', ['body']);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw badRequest('The body must be a JSON object.', ['body']);
  return body as Record<string, unknown>;
}

/** A required string field of a body. */
export function text(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string') throw badRequest(`${name} must be a string.`, ['body', name]);
  return value;
}

/** `{ confidence }` of an answer, when given. */
export function answerOptions(body: Record<string, unknown>): { confidence?: 'sure' | 'unsure' } {
  if (body.confidence === undefined) return {};
  if (body.confidence !== 'sure' && body.confidence !== 'unsure')
    throw badRequest('confidence must be "sure" or "unsure".', ['body', 'confidence']);
  return { confidence: body.confidence };
}

/** Keeps only the defined entries, for options objects under `exactOptionalPropertyTypes`. */
export function defined<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as never;
}
