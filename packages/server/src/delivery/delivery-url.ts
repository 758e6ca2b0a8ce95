import * as z from 'zod/mini';

/** Whether `value` is a URL that carries a user name or password (`https://key:secret@host`). */
function hasCredentials(value: unknown): boolean {
  try {
    const url = new URL(String(value));
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
}

/**
 * Whether deliveries may go to `value`: https anywhere, http only to this machine (a local
 * receiver or LRS in development), so neither a signed body nor credentials cross a network in
 * clear; and no credentials in the URL itself, which is logged, listed by the admin routes and
 * quoted in the errors of failed attempts.
 */
export function isDeliveryUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      !hasCredentials(value) &&
      (url.protocol === 'https:' ||
        (url.protocol === 'http:' && /^(127\.0\.0\.1|localhost|\[::1\])$/.test(url.hostname)))
    );
  } catch {
    return false;
  }
}

/**
 * A setting that is a delivery URL (see {@link isDeliveryUrl}): refused with `expected`, or with
 * `credentials` (where they belong instead) when the URL carries a user name or password.
 */
export function deliveryUrlSetting(expected: string, credentials: string): z.ZodMiniString {
  return z.string().check(
    z.refine(isDeliveryUrl, {
      error: (issue) =>
        hasCredentials(issue.input) ? `expected no user name or password in the URL: ${credentials}` : expected,
    }),
  );
}
