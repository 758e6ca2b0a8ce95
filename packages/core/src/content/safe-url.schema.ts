import { z } from './zod.js';

const allowedProtocols = new Set(['https:', 'http:', 'mailto:']);

/**
 * Control characters (C0, DEL, C1), whitespace, `<`, `>` and backslashes. Browsers strip some of
 * these and read others as separators (`\u0001//evil.invalid/x` loads from evil.invalid, `\\host`
 * is `//host`), so a URL holding one is not the URL that was checked.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff<>\\]/;

/** Where relative media URLs are resolved for the check: any origin of our own serves. */
const PAGE = 'https://page.invalid/pack/';

// The core has no DOM types; every runtime it runs in (browsers, Node ≥ 18) has the WHATWG URL.
const { URL: Url } = globalThis as unknown as {
  URL: new (url: string, base?: string) => { protocol: string; host: string };
};

/** What the URL parser makes of `value`, or `undefined` when it is not a URL. */
function parse(value: string, base?: string): { protocol: string; host: string } | undefined {
  try {
    return new Url(value, base);
  } catch {
    return undefined;
  }
}

/** Whether `value` is an absolute URL whose scheme, as the URL parser reads it, is https, http or mailto. */
export function isSafeUrl(value: string): boolean {
  if (UNSAFE_CHARACTERS.test(value) || !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) return false;
  const url = parse(value);
  return url !== undefined && allowedProtocols.has(url.protocol);
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
 * stays on the page's origin — no scheme (`javascript:`, `data:`), no `//host` — judged by what
 * the URL parser makes of it, with no character a browser would strip or reinterpret.
 */
export function isSafeMediaUrl(value: string): boolean {
  if (value === '' || UNSAFE_CHARACTERS.test(value)) return false;
  const url = parse(value, PAGE);
  if (url === undefined) return false;
  if (/^https?:\/\//i.test(value)) return url.protocol === 'https:' || url.protocol === 'http:';
  // A relative path: no scheme of its own, and it resolves on the page's own host.
  return !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && url.protocol === 'https:' && url.host === 'page.invalid';
}
