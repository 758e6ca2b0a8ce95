import { isMindError, MindError, type InputProblem } from '@mindshare/core';

/** Which input a problem list belongs to. */
export type ProviderSource = 'pack' | 'directory';

/** The problems of one input file: path-named, or the whole file when it is not JSON. */
export interface InvalidSource {
  readonly source: ProviderSource;
  readonly url: string;
  readonly problems: readonly InputProblem[];
  readonly notJson?: boolean;
}

/** Why a declarative `<mind-provider>` could not start, in the shape its error view shows. */
export type ProviderFailure =
  | { readonly kind: 'network'; readonly url: string; readonly error: unknown }
  | { readonly kind: 'invalid'; readonly error: unknown; readonly sources: readonly InvalidSource[] }
  | { readonly kind: 'unknown-viewer'; readonly error: unknown }
  | { readonly kind: 'other'; readonly error: unknown; readonly message: string };

/** A download failed (no network, a 404…): the view offers a retry. */
export class DownloadError extends MindError {
  constructor(
    readonly url: string,
    detail: string,
    cause?: unknown,
  ) {
    super('MIND_NETWORK', `Could not download ${url} (${detail}).`, cause === undefined ? {} : { cause });
  }
}

/**
 * The download failure of a lazy chunk (the engine, for the provider and the CDN `createMindshare`): browsers reject the import with a
 * `TypeError` whose message names the file (Chromium, Firefox), which the view shows like a pack
 * that could not be downloaded. A browser may keep the failure until the page is reloaded.
 */
export function chunkDownloadError(error: unknown): DownloadError {
  const message = error instanceof Error ? error.message : String(error);
  const url = /\bhttps?:\/\/\S+/.exec(message)?.[0] ?? 'Mindshare';
  return new DownloadError(url, 'the script did not load; reload the page', error);
}

/**
 * The pack, the directory or both are invalid. A `MindError` with code `MIND_INVALID_CONTENT`
 * whose `problems` carry the file as the first path segment (`pack.challenges[0].id`), so a
 * `mind-error` listener sees every problem of both files at once.
 */
export class InvalidSourcesError extends MindError {
  constructor(readonly sources: readonly InvalidSource[]) {
    const problems = sources.flatMap(({ source, problems, notJson }) =>
      notJson
        ? [{ path: [source], message: 'not valid JSON' }]
        : problems.map((p) => ({ ...p, path: [source, ...p.path] })),
    );
    super('MIND_INVALID_CONTENT', `Invalid ${sources.map((s) => s.url).join(' and ')}.`, { problems });
  }
}

/** Turns what a start-up threw into the failure the view shows. */
export function describeFailure(error: unknown): ProviderFailure {
  if (error instanceof DownloadError) return { kind: 'network', url: error.url, error };
  if (error instanceof InvalidSourcesError) return { kind: 'invalid', error, sources: error.sources };
  // The `viewer` attribute names no one in the directory: said in the page's language, not the engine's English.
  if (isMindError(error, 'MIND_FORBIDDEN') && error.path?.[0] === 'viewer') return { kind: 'unknown-viewer', error };
  return { kind: 'other', error, message: error instanceof Error ? error.message : String(error) };
}
