import type { LeaderboardStore } from '@mindshare/core';
import { registerTest, Skipped, type SuiteOptions } from '../harness.js';

/** Options of {@link runLeaderboardConformance}. */
export interface LeaderboardConformanceOptions extends SuiteOptions {
  /** A fresh, isolated, empty store (a new key prefix, a new schema…); each call a new one. */
  readonly factory: () => LeaderboardStore | Promise<LeaderboardStore>;
  /**
   * A second store over the same data as `previous` (another process). Only a store that declares
   * `supports.shared` has such a thing; its tests are skipped without it.
   */
  readonly reopen?: (previous: LeaderboardStore) => LeaderboardStore | Promise<LeaderboardStore>;
  /**
   * Random histories each property test tries (default 50). Every history gets a fresh store
   * from `factory`, so a store with network round trips may want fewer.
   */
  readonly numRuns?: number;
  /** fast-check's seed, to replay a failure it reported; random by default. */
  readonly seed?: number;
}

/** What a leaderboard conformance test body receives. */
export interface LeaderboardTestContext {
  /** A fresh store from the factory, closed after the test. */
  store(): Promise<LeaderboardStore>;
  /** Closes `store` now (a property test's store for one history) instead of after the test. */
  release(store: LeaderboardStore): Promise<void>;
  /** A second store over the data of `previous` (skips the test when the options have no `reopen`). */
  reopen(previous: LeaderboardStore): Promise<LeaderboardStore>;
  /** Ends the test as skipped (the store lacks a capability); never returns. */
  skip(reason: string): never;
  /** fast-check parameters from the options. */
  readonly property: { readonly numRuns: number; readonly seed?: number };
}

/** Registers the tests of one group, each closing the stores it got, even when it fails. */
export class LeaderboardGroup {
  readonly #options: LeaderboardConformanceOptions;
  readonly #group: string;

  constructor(options: LeaderboardConformanceOptions, group: string) {
    this.#options = options;
    this.#group = group;
  }

  test(title: string, body: (t: LeaderboardTestContext) => Promise<void>): void {
    const options = this.#options;
    registerTest(options, this.#group, title, async (opened) => {
      const track = (store: LeaderboardStore) => (opened.add(store), store);
      await body({
        store: async () => track(await options.factory()),
        release: async (store) => {
          opened.delete(store);
          await store.close();
        },
        reopen: async (previous) => {
          if (!options.reopen) throw new Skipped('needs the reopen option (a second store over the same data)');
          return track(await options.reopen(previous));
        },
        skip: (reason) => {
          throw new Skipped(reason);
        },
        property: { numRuns: options.numRuns ?? 50, ...(options.seed === undefined ? {} : { seed: options.seed }) },
      });
    });
  }
}
