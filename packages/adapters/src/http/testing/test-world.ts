import { after } from 'node:test';
import { createMemoryDatabase, createMemoryStorage, type MemoryDatabase } from '@mindshare/core';
import { seededRandom } from '@mindshare/core/testing';
import { createHttpClient } from '../http-client.js';
import type { HttpClientOptions, HttpMindshareApi } from '../http-options.js';
import { ManualTime } from './manual-time.js';
import { createMockServer, type ContractBackend, type Fault, type MockServer } from './mock-server.js';

/**
 * A real server instead of the mock's routes, when `MINDSHARE_CONTRACT_BACKEND` names a module
 * exporting `contractBackend` (see {@link ContractBackend}): the same tests then prove that server.
 */
const backendModule = process.env['MINDSHARE_CONTRACT_BACKEND'];
const backend: ContractBackend | undefined = backendModule
  ? async (world) => ((await import(backendModule)) as { contractBackend: ContractBackend }).contractBackend(world)
  : undefined;
// After the file's tests, the backend closes its servers and drops what it made in the database.
if (backendModule) {
  after(async () => {
    const loaded = (await import(backendModule)) as { closeContractBackends?: () => Promise<void> };
    await loaded.closeContractBackends?.();
  });
}

/** A mock server, a manual clock and a device database on which clients are opened and reopened. */
export interface TestWorld {
  readonly time: ManualTime;
  readonly server: MockServer;
  readonly device: MemoryDatabase;
  /** Opens a client over the device database (a new tab, or the page after a reload). */
  open(overrides?: Partial<HttpClientOptions>, options?: { readonly startFlush?: boolean }): Promise<HttpMindshareApi>;
  /** Makes every request fail with `fault` (or heals the network with `undefined`). */
  setFault(fault: Fault | undefined): void;
}

/** Builds a {@link TestWorld}; `seed` drives the clients' idempotency keys and jitter. */
export function testWorld(options: { questions?: number; marathons?: number; seed?: number } = {}): TestWorld {
  const time = new ManualTime();
  const server = createMockServer({
    clock: time.clock,
    ...(backend ? { backend } : {}),
    ...(options.questions ? { questions: options.questions } : {}),
    ...(options.marathons ? { marathons: options.marathons } : {}),
  });
  const device = createMemoryDatabase();
  time.busy = () => server.handling > 0;
  const random = seededRandom(options.seed ?? 7);
  return {
    time,
    server,
    device,
    open: async (overrides = {}, { startFlush = true } = {}) => {
      const client = await time.settle(
        createHttpClient({
          baseUrl: server.baseUrl,
          token: 'token-s-anna',
          storage: createMemoryStorage({ database: device }),
          fetch: server.fetch,
          clock: time.clock,
          random,
          scheduler: time,
          timeoutMs: 5_000,
          ...overrides,
        }),
      );
      // Fires the start-up flush, so tests begin from a settled client.
      if (startFlush) await time.advance(0);
      return client;
    },
    setFault(fault) {
      server.faults = fault === undefined ? undefined : () => fault;
    },
  };
}
