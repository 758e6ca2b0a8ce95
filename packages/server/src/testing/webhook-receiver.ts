// A webhook receiver for tests: a local HTTP server that records every delivery, checks its
// Standard Webhooks signature as a vendor's system would, and answers as the test says.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifyWebhook } from '../webhooks/signature.js';
import { listenLocally } from './local-server.js';

/** A random `whsec_` secret. */
export const TEST_WEBHOOK_SECRET = `whsec_${Buffer.from('mindshare-webhook-test-secret-32b').toString('base64')}`;

/** One request the receiver got. */
export interface ReceivedWebhook {
  readonly id: string;
  readonly timestamp: string;
  readonly signature: string;
  readonly body: string;
  readonly json: { type: string; timestamp: string; data: Record<string, unknown> };
  /** Whether the signature verified (with the clock the receiver was given). */
  readonly verified: boolean;
}

/** What the receiver answers to a delivery: a status, or `hang` (never answers). */
export type Answer = number | 'hang';

export interface WebhookReceiver {
  readonly url: string;
  readonly received: ReceivedWebhook[];
  /** Called for each delivery; returns the answer (200 by default). */
  answer: (delivery: ReceivedWebhook) => Answer;
  /** How long the receiver takes to answer (so that overlapping requests would show). */
  delayMs: number;
  /** Requests being answered right now (to see that an endpoint never gets two at once). */
  readonly inFlight: { now: number; most: number };
  /** Resolves once `count` deliveries were received. */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts a receiver on a free port of 127.0.0.1; `now` is its clock for the timestamp check. */
export async function startWebhookReceiver(
  secret = TEST_WEBHOOK_SECRET,
  now: () => number = Date.now,
): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const hanging = new Set<ServerResponse>();
  const inFlight = { now: 0, most: 0 };
  const waiters: (() => void)[] = [];
  const receiver: WebhookReceiver = {
    url: '',
    received,
    answer: () => 200,
    delayMs: 0,
    inFlight,
    waitFor: (count, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`expected ${count} deliveries, got ${received.length}`)),
          timeoutMs,
        );
        const check = () => {
          if (received.length < count) return waiters.push(check);
          clearTimeout(timer);
          resolve();
        };
        check();
      }),
    close: async () => {
      for (const response of hanging) response.destroy();
      await server.close();
    },
  };
  const server = await listenLocally((request: IncomingMessage, body: string, response: ServerResponse) => {
    inFlight.now++;
    inFlight.most = Math.max(inFlight.most, inFlight.now);
    const header = (name: string) => request.headers[name] as string | undefined;
    const delivery: ReceivedWebhook = {
      id: header('webhook-id') ?? '',
      timestamp: header('webhook-timestamp') ?? '',
      signature: header('webhook-signature') ?? '',
      body,
      json: JSON.parse(body) as ReceivedWebhook['json'],
      verified: verifyWebhook(
        secret,
        { id: header('webhook-id'), timestamp: header('webhook-timestamp'), signature: header('webhook-signature') },
        body,
        { now: now() },
      ),
    };
    received.push(delivery);
    for (const waiter of waiters.splice(0)) waiter();
    const answer = receiver.answer(delivery);
    if (answer === 'hang') {
      hanging.add(response);
      response.on('close', () => {
        inFlight.now--;
        hanging.delete(response);
      });
      return;
    }
    setTimeout(() => {
      inFlight.now--;
      response.writeHead(answer).end();
    }, receiver.delayMs);
  });
  (receiver as { url: string }).url = `${server.origin}/hooks`;
  return receiver;
}

/** The `--webhooks` value for one endpoint named `vendor`. */
export function webhookFlag(url: string, events: readonly string[] = ['*'], secret = TEST_WEBHOOK_SECRET): string {
  return JSON.stringify([{ id: 'vendor', url, secret, events }]);
}
