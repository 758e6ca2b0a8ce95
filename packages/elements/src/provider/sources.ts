import { DownloadError, type ProviderSource } from './provider-failure.js';

/** The pack and the directory as downloaded: parsed JSON, or a marker for a file that is not JSON. */
export interface DownloadedSources {
  readonly content: unknown;
  readonly directory: unknown;
}

const NOT_JSON = Symbol('not JSON');

/** Whether a downloaded source was not JSON (the engine would only say it is invalid). */
export const isNotJson = (value: unknown): boolean => typeof value === 'object' && value !== null && NOT_JSON in value;

async function download(source: ProviderSource, url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    // Looked up at call time so a page (or a test) can wrap fetch.
    response = await globalThis.fetch(url, signal ? { signal } : {});
  } catch (error) {
    throw new DownloadError(url, error instanceof Error ? error.message : 'network error', error);
  }
  if (!response.ok) throw new DownloadError(url, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch (error) {
    // Only a body that is not JSON is the file's fault; a connection lost while it was read is a
    // download that failed, and a retry may get it whole.
    if (error instanceof SyntaxError) return { [NOT_JSON]: source };
    throw new DownloadError(url, error instanceof Error ? error.message : 'network error', error);
  }
}

/**
 * Downloads the pack and the directory of a declarative `<mind-provider>`. In the entry rather than
 * in the engine's chunk, so both files come while the engine's code downloads, not one round trip
 * after it. Throws `DownloadError` naming the URL that failed.
 */
export async function downloadSources(
  src: string,
  directory: string,
  signal?: AbortSignal,
): Promise<DownloadedSources> {
  const [content, people] = await Promise.all([
    download('pack', src, signal),
    download('directory', directory, signal),
  ]);
  return { content, directory: people };
}
