import type { DeliveryOutcome } from './delivery-queue.js';

/**
 * One attempt: a `POST` of `body` to `url`, whose outcome is a `2xx` within `timeoutMs` or the
 * status or error that made it fail. A redirect is a failure: following it would send the body
 * (signed, or with credentials) somewhere nobody configured.
 */
export async function postDelivery(
  url: string,
  request: { readonly headers: Record<string, string>; readonly body: string; readonly timeoutMs: number },
): Promise<DeliveryOutcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    await response.body?.cancel();
    return response.status >= 200 && response.status < 300
      ? { ok: true, status: response.status }
      : { ok: false, status: response.status, error: `HTTP ${response.status}` };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return {
      ok: false,
      error: timedOut ? `no answer within ${request.timeoutMs} ms` : String((error as Error).cause ?? error),
    };
  }
}
