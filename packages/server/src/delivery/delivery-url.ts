/**
 * Whether deliveries may go to `value`: https anywhere, http only to this machine (a local
 * receiver or LRS in development), so neither a signed body nor credentials cross a network in clear.
 */
export function isDeliveryUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      url.protocol === 'https:' || (url.protocol === 'http:' && /^(127\.0\.0\.1|localhost|\[::1\])$/.test(url.hostname))
    );
  } catch {
    return false;
  }
}
