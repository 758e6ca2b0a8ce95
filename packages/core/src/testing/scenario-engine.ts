import { seededRandom as seededStringRandom } from '../challenge/seeded-shuffle.js';
import { createMindshare } from '../engine/create-mindshare.js';
import type { MindshareApi } from '../api/mindshare-api.js';
import { createMemoryDatabase, type MemoryDatabase } from '../storage/memory-database.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import { SCENARIO_TIME, scenarioDirectory, scenarioPack } from './scenario-pack.js';

/** A clock the test moves by hand. */
export interface TestClock {
  /** The current instant, in epoch milliseconds. */
  now(): number;
  /** Moves the clock to `instant` (epoch milliseconds). */
  set(instant: number): void;
  /** Moves the clock `ms` milliseconds on. */
  advance(ms: number): void;
}

/** A clock for `clock` options, at `start` (the scenario's start by default) until moved. */
export function testClock(start: number = SCENARIO_TIME.start): TestClock {
  let current = start;
  return {
    now: () => current,
    set: (instant) => {
      current = instant;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/**
 * A seeded uniform random source in [0, 1) — the attempts' own PRNG (mulberry32 over a string
 * hash) — so ids, seeds and generated data repeat from run to run. A number seed `n` is the string
 * `scenario:n`.
 */
export function seededRandom(seed: number | string = 42): () => number {
  return seededStringRandom(typeof seed === 'string' ? seed : `scenario:${seed}`);
}

/** The scenario's world: one shared in-memory database, one clock, and an engine per person. */
export interface ScenarioWorld {
  readonly clock: TestClock;
  readonly database: MemoryDatabase;
  /** An engine for `viewerId` over the shared database (like a tab of that person). */
  as(viewerId: string, locale?: string): Promise<MindshareApi>;
}

/**
 * A world of the scenario (or of the given pack and directory): one in-memory database and one
 * clock shared by an engine per person, as tabs of several people over one store.
 */
export function scenarioWorld(options: { pack?: unknown; directory?: unknown } = {}): ScenarioWorld {
  const clock = testClock();
  const database = createMemoryDatabase();
  let seed = 1;
  return {
    clock,
    database,
    as: (viewerId, locale) =>
      createMindshare({
        storage: createMemoryStorage({ database }),
        content: options.pack ?? scenarioPack(),
        directory: options.directory ?? scenarioDirectory(),
        viewer: locale === undefined ? { id: viewerId } : { id: viewerId, locale },
        clock: clock.now,
        random: seededRandom(seed++),
      }),
  };
}
