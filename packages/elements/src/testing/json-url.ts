/**
 * `value` as a `data:` URL a `<mind-provider src>` or `directory` can fetch: a pack or directory
 * served without a server.
 */
export function jsonUrl(value: unknown): string {
  return `data:application/json,${encodeURIComponent(JSON.stringify(value))}`;
}
