import { z } from './zod.js';

const allowedProtocols = new Set(['https:', 'http:', 'mailto:']);

/** Whether `value` is an absolute URL whose scheme is https, http or mailto. */
export function isSafeUrl(value: string): boolean {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value.trim());
  return match !== null && allowedProtocols.has(`${match[1]!.toLowerCase()}:`) && !/[\s<>]/.test(value);
}

/**
 * A link target an author may use: https, http or mailto only. `javascript:`, `data:` and relative
 * URLs are refused, so authored content can never run script in the portal.
 */
export const SafeUrlSchema = z.string().check(z.refine(isSafeUrl, 'expected an absolute https:, http: or mailto: URL'));

/**
 * Where an image or video may come from: an https/http URL, or a path relative to the pack
 * (`media/pricing.png`), never `javascript:` or `data:`.
 */
export const MediaUrlSchema = z
  .string()
  .check(
    z.minLength(1),
    z.refine(isSafeMediaUrl, 'expected an https:// URL or a path relative to the pack (e.g. "media/intro.mp4")'),
  );

/**
 * Whether `value` may be loaded as an image or video: an http(s) URL, or a relative path that
 * stays on the page's origin — no scheme (`javascript:`, `data:`), no `//host`, and no
 * backslashes, which browsers read as `/` (`\\host/x` is another site).
 */
export function isSafeMediaUrl(value: string): boolean {
  if (value.includes('\\') || /[\s<>]/.test(value)) return false;
  return /^https?:\/\//i.test(value) || /^(?![A-Za-z][A-Za-z0-9+.-]*:)(?!\/\/)./.test(value);
}
