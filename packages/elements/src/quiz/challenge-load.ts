import { initialState, Task } from '@lit/task';
import { isMindError, type ChallengeListing, type MindshareApi } from '@mindshare/core';
import type { ReactiveControllerHost } from 'lit';

/** What the load needs from the quiz, and where it reports. */
export interface ChallengeLoadHost {
  readonly api: () => MindshareApi | undefined;
  readonly challengeId: () => string;
  /** The listing of the latest load arrived: `undefined` when the seller is not listed the challenge. */
  readonly loaded: (listing: ChallengeListing | undefined, quiet: boolean) => void;
  /** The latest load failed. */
  readonly failed: (error: unknown, quiet: boolean) => void;
}

/** The challenge's listing as the engine gives it to the viewer; `undefined` when they are not listed it. */
export async function findListing(api: MindshareApi, challengeId: string): Promise<ChallengeListing | undefined> {
  const listings = await api.challenges();
  return listings.find((listing) => listing.id === challengeId);
}

/**
 * The listing, or when the viewer is not listed the challenge, why: a seller is listed only the
 * challenges that target them, so the engine is asked about this one id. Its leaderboard read
 * checks the id before anything else, without building a board: `MIND_NOT_FOUND` when the pack
 * has no such challenge (a mistyped id, thrown so the quiz names it), `MIND_FORBIDDEN` when it
 * is another program's, which tells no more than that it exists.
 */
async function listedOrWhy(api: MindshareApi, challengeId: string): Promise<ChallengeListing | undefined> {
  const listing = await findListing(api, challengeId);
  if (listing) return listing;
  try {
    await api.leaderboard({ challengeId, limit: 0, around: 0 });
  } catch (error) {
    if (isMindError(error, 'MIND_NOT_FOUND')) throw error;
  }
  return undefined;
}

/**
 * The quiz's load: the challenge's listing (its status, the attempts used, the running attempt
 * to resume), read by a `Task`, so a slow answer to an earlier load (another challenge, a swapped
 * API, a quiet reload overtaken by a full one) is never reported.
 */
export class ChallengeLoad {
  /** Whether the latest load is quiet: Task reports only the latest run, so one flag is enough. */
  #quiet = false;
  readonly #task: Task<[MindshareApi | undefined, string], ChallengeListing | undefined>;

  constructor(host: ReactiveControllerHost, load: ChallengeLoadHost) {
    this.#task = new Task(host, {
      autoRun: false,
      args: () => [load.api(), load.challengeId()],
      // Without an API or a challenge, the run reports nothing but still supersedes the last one.
      task: ([api, challengeId]) => (api && challengeId ? listedOrWhy(api, challengeId) : initialState),
      onComplete: (listing) => load.loaded(listing, this.#quiet),
      onError: (error) => load.failed(error, this.#quiet),
    });
  }

  /**
   * Reads the listing; a quiet load is a refresh of what is shown. Resolves once the answer has
   * been reported, or dropped for a newer load.
   */
  run(quiet: boolean): Promise<void> {
    this.#quiet = quiet;
    return this.#task.run();
  }
}
