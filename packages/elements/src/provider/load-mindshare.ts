import {
  createMindshare,
  createStorage,
  isMindError,
  validateContentPack,
  validateDirectory,
  type MindshareApi,
} from '@mindshare/core';
import { InvalidSourcesError, type InvalidSource } from './provider-failure.js';
import { isNotJson, type DownloadedSources } from './sources.js';
import { defaultStorage } from './default-storage.js';

// The CDN entry's `createMindshare` loads the engine through this module too: one lazy chunk holds
// the embedded engine whichever asks first, the provider or a page's own script.
export { createMindshare };

/** What a declarative `<mind-provider>` needs to build an engine; `src` and `directory` name the files in errors. */
export interface DeclarativeOptions {
  readonly src: string;
  readonly directory: string;
  /** A name in core's storage registry; `indexeddb` when registered (the CDN bundle), else `memory`. */
  readonly storage?: string;
  readonly viewer: string;
  readonly locale?: string;
  readonly timeZone?: string;
  /**
   * Called when the storage cannot open yet because another tab holds an older version of it
   * open (IndexedDB's `blocked`); the start goes on by itself once that tab closes.
   */
  readonly onBlocked?: () => void;
}

/** The pack's `id` as authored, when it is a string (the engine validates the rest). */
function authoredId(content: unknown): string | undefined {
  const id = typeof content === 'object' && content !== null ? (content as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Opens the named storage as `mindshare-<pack id>` and starts the engine on the downloaded pack and
 * directory ({@link downloadSources}), which it validates. When either is invalid, validates both
 * again to throw `InvalidSourcesError` listing every problem of both files, not only the first
 * file's. Validating up front instead would validate a valid pack twice (about 190 ms for a 5 MB
 * pack). Throws `InvalidSourcesError` or the engine's `MindError`.
 */
export async function loadMindshare(
  { content, directory }: DownloadedSources,
  options: DeclarativeOptions,
): Promise<MindshareApi> {
  const id = isNotJson(content) || isNotJson(directory) ? undefined : authoredId(content);
  // Without a string id the pack is invalid, so the problem list is never empty here.
  if (id === undefined) throw (await invalidSources(options, content, directory))!;
  const storage = await createStorage(options.storage || defaultStorage(), {
    name: `mindshare-${id}`,
    ...(options.onBlocked ? { onBlocked: options.onBlocked } : {}),
  });
  try {
    return await createMindshare({
      storage,
      content,
      directory,
      viewer: {
        id: options.viewer,
        ...(options.locale ? { locale: options.locale } : {}),
        ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      },
    });
  } catch (error) {
    // An adapter may refuse to close a store it never opened; the start-up error is what matters.
    await Promise.resolve()
      .then(() => storage.close())
      .catch(() => undefined);
    if (isMindError(error, 'MIND_INVALID_CONTENT')) throw (await invalidSources(options, content, directory)) ?? error;
    throw error;
  }
}

/** Every problem of both files, or `undefined` when neither has one. */
async function invalidSources(
  options: DeclarativeOptions,
  content: unknown,
  directory: unknown,
): Promise<InvalidSourcesError | undefined> {
  const invalid: InvalidSource[] = [];
  const pack = isNotJson(content) ? undefined : await validateContentPack(content);
  if (!pack) invalid.push({ source: 'pack', url: options.src, problems: [], notJson: true });
  else if (!pack.ok) invalid.push({ source: 'pack', url: options.src, problems: pack.errors });
  const people = isNotJson(directory) ? undefined : await validateDirectory(directory);
  if (!people) invalid.push({ source: 'directory', url: options.directory, problems: [], notJson: true });
  else if (!people.ok) invalid.push({ source: 'directory', url: options.directory, problems: people.errors });
  return invalid.length > 0 ? new InvalidSourcesError(invalid) : undefined;
}
