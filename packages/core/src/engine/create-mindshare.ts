import type { MindshareApi } from '../api/mindshare-api.js';
import { closeExpiredAttempts } from './challenge-operations.js';
import { openHost, type MindshareHostOptions } from './create-host.js';
import type { ViewerInput } from './people.js';

/** Options of {@link createMindshare}: a host's options and its one viewer. */
export interface MindshareOptions extends MindshareHostOptions {
  readonly viewer: ViewerInput;
}

/**
 * Creates the Mindshare engine for one viewer: a host (`createMindshareHost`) with one view, as a
 * browser page runs it. Also closes the viewer's attempts that ran out of time while no page was
 * open, so they are ranked. Its `close()` closes the host.
 *
 * @example
 * ```ts
 * const api = await createMindshare({ storage: createMemoryStorage(), content: pack, directory, viewer: { id: 'seller-1' } });
 * const attempt = await api.startAttempt('q4-launch');
 * ```
 */
export async function createMindshare(options: MindshareOptions): Promise<MindshareApi> {
  // One device: the shown times of questions ride with the answers (see `questionTimes`).
  const { host, view } = await openHost({ questionTimes: 'memory', ...options });
  try {
    const { api, context } = view(options.viewer);
    await closeExpiredAttempts(context);
    return {
      ...api,
      close: async () => {
        await api.close();
        await host.close();
      },
    };
  } catch (error) {
    await host.close();
    throw error;
  }
}
