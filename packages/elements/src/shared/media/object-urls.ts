/**
 * Object URLs that are revoked only once no media element reads them. A `<video>` goes on reading
 * its `src` after it left the page (metadata, a range it had not fetched yet), and reading a
 * revoked URL fails with `net::ERR_FILE_NOT_FOUND` in the console. So media elements get such a
 * URL through `setMediaSource` (the `mediaSource` directive), and releasing the URL first makes
 * every element still reading it let go: pause, no `src`, `load()`, which ends the fetch.
 */
const readers = new Map<string, Set<HTMLMediaElement>>();
const sources = new WeakMap<HTMLMediaElement, string>();

/** A URL for `blob`, to release with {@link releaseObjectUrl} once its maker no longer shows it. */
export function createObjectUrl(blob: Blob): string {
  const url = URL.createObjectURL(blob);
  readers.set(url, new Set());
  return url;
}

/** Its maker is done with `url`: every media element reading it lets go, then it is revoked. */
export function releaseObjectUrl(url: string): void {
  const reading = readers.get(url);
  if (!reading) return;
  readers.delete(url);
  for (const media of reading) letGo(media);
  URL.revokeObjectURL(url);
}

/** Makes `media` read `url` (any URL), or nothing: the load of its previous source ends either way. */
export function setMediaSource(media: HTMLMediaElement, url: string | undefined): void {
  const previous = sources.get(media);
  if (previous === url) return;
  if (previous !== undefined) readers.get(previous)?.delete(media);
  if (url === undefined) return letGo(media);
  sources.set(media, url);
  readers.get(url)?.add(media);
  media.src = url;
}

function letGo(media: HTMLMediaElement): void {
  sources.delete(media);
  media.pause();
  media.removeAttribute('src');
  media.load(); // with no source, load() ends the fetch in progress
}
