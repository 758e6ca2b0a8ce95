/**
 * A connection URL as it may be logged or printed: its password, in the user part or in a
 * `password` parameter, shown as `***`. `undefined` when `value` is not a URL at all (a string
 * that is not one may hold a password anywhere, so it is never shown).
 */
export function redactedUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.password !== '') url.password = '***';
  if (url.searchParams.has('password')) url.searchParams.set('password', '***');
  return url.href;
}
