import type { MindshareApi } from '../api/mindshare-api.js';
import { type MemoryDatabase } from '../storage/memory-database.js';
/** A clock the test moves by hand. */
export interface TestClock {
  now(): number;
  set(instant: number): void;
  advance(ms: number): void;
}
export declare function testClock(start?: number): TestClock;
/** A seeded uniform random source (mulberry32), so ids and seeds repeat from run to run. */
export declare function seededRandom(seed?: number): () => number;
/** The scenario's world: one shared in-memory database, one clock, and an engine per person. */
export interface ScenarioWorld {
  readonly clock: TestClock;
  readonly database: MemoryDatabase;
  /** An engine for `viewerId` over the shared database (like a tab of that person). */
  as(viewerId: string, locale?: string): Promise<MindshareApi>;
}
export declare function scenarioWorld(options?: { pack?: unknown; directory?: unknown }): ScenarioWorld;
//# sourceMappingURL=scenario-engine.d.ts.map
