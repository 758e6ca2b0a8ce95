import { MindError, isMindError } from '@mindshare/core';
import type { Script } from './scripts.js';

/**
 * What the store needs of a Redis client: one command with its arguments, its reply. An ioredis
 * `Redis` has this shape (`redis.call`). Described here rather than imported from ioredis so the
 * package's types do not pull in ioredis's, and with them Node's, for every user of the adapters.
 */
export interface RedisLeaderboardClient {
  /** Sends one command with its arguments (ioredis's `call`) and resolves with Redis's reply. */
  call(command: string, ...args: (string | number)[]): Promise<unknown>;
}

/**
 * A Redis failure as a `MindError`, with the client's error as `cause`: a server out of memory
 * (`OOM …` under `maxmemory`) is `MIND_STORAGE_FULL`; anything else — a refused or lost
 * connection, retries given up, a replica that refuses writes — is `MIND_STORAGE_UNAVAILABLE`.
 */
export function mapRedisError(error: unknown, what: string): MindError {
  if (isMindError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = message.startsWith('OOM ') ? 'MIND_STORAGE_FULL' : 'MIND_STORAGE_UNAVAILABLE';
  return new MindError(code, `Redis (${what}): ${message}`, { cause: error });
}

/**
 * Runs the store's Lua scripts on one client: EVALSHA of the script's SHA1 once `SCRIPT LOAD`
 * has given it, loading it again when the server answers NOSCRIPT (after a restart, a failover
 * or a SCRIPT FLUSH). Only the digest is sent on each call, not the source.
 */
export class ScriptRunner {
  readonly #client: RedisLeaderboardClient;
  readonly #digests = new Map<Script, Promise<string>>();

  constructor(client: RedisLeaderboardClient) {
    this.#client = client;
  }

  /** Plain command; failures mapped by {@link mapRedisError}. */
  async call(what: string, command: string, ...args: (string | number)[]): Promise<unknown> {
    try {
      return await this.#client.call(command, ...args);
    } catch (error) {
      throw mapRedisError(error, what);
    }
  }

  /** Runs `script` over `keys` and `args`; failures mapped by {@link mapRedisError}. */
  async run(script: Script, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    try {
      const digest = await this.#digest(script);
      try {
        return await this.#client.call('EVALSHA', digest, keys.length, ...keys, ...args);
      } catch (error) {
        if (!(error instanceof Error && error.message.startsWith('NOSCRIPT'))) throw error;
        this.#digests.delete(script);
        return await this.#client.call('EVALSHA', await this.#digest(script), keys.length, ...keys, ...args);
      }
    } catch (error) {
      throw mapRedisError(error, script.name);
    }
  }

  #digest(script: Script): Promise<string> {
    let digest = this.#digests.get(script);
    if (digest === undefined) {
      digest = this.#client.call('SCRIPT', 'LOAD', script.source).then(String);
      // A failed load (no connection yet) is tried again by the next call, not remembered.
      const loading = digest;
      loading.catch(() => {
        if (this.#digests.get(script) === loading) this.#digests.delete(script);
      });
      this.#digests.set(script, digest);
    }
    return digest;
  }
}
