import { MindError, type StorageAdapter, type StorageSchema } from '@mindshare/core';
import { baseSchema } from './schemas.js';

/** A test runner's `describe`: registers a group synchronously. */
export type DescribeFunction = (title: string, body: () => void) => unknown;

/**
 * A test runner's `it`. The kit passes a body that takes no declared parameter (so mocha does not
 * wait for a `done` callback) and reads the runner's context from `this` (mocha) or its first
 * argument (`node:test`) to skip a test at run time.
 */
export type ItFunction = (title: string, body: (this: unknown, ...args: unknown[]) => Promise<void>) => unknown;

/**
 * What every conformance suite of the kit takes besides its subject: its name, the test runner's
 * `describe` and `it`, and the tests to leave out.
 */
export interface SuiteOptions {
  /** Names the top-level group: `"<name> storage conformance"`, `"<name> leaderboard-store conformance"`. */
  readonly name: string;
  /** The runner's `describe` (mocha's global, `node:test`'s export…). */
  readonly describe: DescribeFunction;
  /** The runner's `it`. */
  readonly it: ItFunction;
  /**
   * Titles of tests not to run (`"group > title"` or just the title), for a gap the subject
   * declares knowingly. Capabilities are not declared here but in `supports`. An entry that names
   * no test of the suite is refused with `MIND_INVALID_INPUT` when the suite is registered.
   */
  readonly skip?: readonly string[];
}

/** Options of {@link runConformance}. */
export interface ConformanceOptions extends SuiteOptions {
  /** A fresh, isolated, not yet opened adapter; each call a new empty store. */
  readonly factory: () => StorageAdapter | Promise<StorageAdapter>;
  /**
   * A second, not yet opened adapter over the same store as `previous` (another tab, another
   * process). Persistence, upgrade and watch tests need it and are skipped without it, with the
   * reason "needs the reopen option".
   */
  readonly reopen?: (previous: StorageAdapter) => StorageAdapter | Promise<StorageAdapter>;
}

/** What a conformance test body receives. */
export interface TestContext {
  /** A fresh adapter from the factory, opened on `schema` (the base schema by default). */
  open(schema?: StorageSchema): Promise<StorageAdapter>;
  /** A fresh adapter from the factory, not opened. */
  fresh(): Promise<StorageAdapter>;
  /** A second adapter over the store of `previous`, opened on `schema` (needs `reopen`). */
  reopen(previous: StorageAdapter, schema?: StorageSchema): Promise<StorageAdapter>;
  /** Like {@link reopen}, without opening. */
  reopenClosed(previous: StorageAdapter): Promise<StorageAdapter>;
  /** Ends the test as skipped (the adapter lacks a capability); never returns. */
  skip(reason: string): never;
}

/** What a test needs besides the factory; the test is skipped when the options lack it. */
export interface Requirements {
  readonly reopen?: boolean;
}

/** Thrown by a test body to end the test as skipped (a missing capability or option). */
export class Skipped extends Error {}

/** Something a test opened, closed by the kit once the test is over. */
interface Closable {
  close(): Promise<void>;
}

/** A test a {@link recordingRunner} was given, with the group it was declared in. */
export interface RecordedTest {
  readonly group: string | undefined;
  readonly title: string;
  readonly body: Parameters<ItFunction>[1];
}

/**
 * @internal A `describe`/`it` pair that runs nothing: it records each test with its group, for the
 * check of `skip` titles and for the kit's own tests.
 */
export function recordingRunner(): {
  readonly runner: { readonly describe: DescribeFunction; readonly it: ItFunction };
  readonly tests: RecordedTest[];
} {
  const groups: string[] = [];
  const tests: RecordedTest[] = [];
  return {
    runner: {
      describe: (title, body) => {
        groups.push(title);
        body();
        groups.pop();
      },
      it: (title, body) => void tests.push({ group: groups.at(-1), title, body }),
    },
    tests,
  };
}

/** The groups of a suite, in order: each a name and the function that registers its tests. */
export type SuiteGroups<G> = readonly (readonly [name: string, register: (group: G) => void])[];

/**
 * Registers a suite, `<name> <title>`, with a `describe` per group, after checking its `skip`
 * option against the suite's tests: an entry that names none of them (a typo, a renamed test)
 * throws `MIND_INVALID_INPUT` naming every such entry, before any test is registered, so no one
 * believes a test skipped that runs. The groups are walked twice: once with a runner that only
 * collects titles, then with the options as given.
 */
export function registerSuite<Options extends SuiteOptions, G>(
  options: Options,
  title: string,
  groups: SuiteGroups<G>,
  group: (suite: Options, name: string) => G,
): void {
  const register = (suite: Options) =>
    suite.describe(`${suite.name} ${title}`, () => {
      for (const [name, registerGroup] of groups) suite.describe(name, () => registerGroup(group(suite, name)));
    });
  const { skip } = options;
  if (skip !== undefined && !Array.isArray(skip)) {
    throw new MindError('MIND_INVALID_INPUT', `${options.name}: skip must be an array of test titles.`, {
      path: ['skip'],
    });
  }
  if (skip !== undefined && skip.length > 0) {
    const { runner, tests } = recordingRunner();
    register({ ...options, skip: [], ...runner });
    const known = new Set(tests.flatMap((test) => [test.title, `${test.group} > ${test.title}`]));
    const unknown = skip.flatMap((entry, position) => (known.has(entry) ? [] : [{ entry, position }]));
    if (unknown.length > 0) {
      const names = unknown.map(({ entry }) => JSON.stringify(entry)).join(', ');
      throw new MindError(
        'MIND_INVALID_INPUT',
        `${options.name}: skip names no test of the suite: ${names}. Give a test's title, or "group > title", as the runner prints them.`,
        {
          path: ['skip'],
          problems: unknown.map(({ entry, position }) => ({
            path: ['skip', position],
            message: `no test is titled ${JSON.stringify(entry)}`,
          })),
        },
      );
    }
  }
  register(options);
}

/**
 * Registers one test of a suite's group. It is skipped when the options' `skip` names it (alone
 * or as `group > title`), or with the reason `unmet` when that is given (what the test needs and
 * the options lack); otherwise `run` gets the set in which to put what the test opens, which is
 * closed after the test, pass or fail. A body that throws {@link Skipped} ends as skipped with its
 * message.
 */
export function registerTest(
  options: SuiteOptions,
  group: string,
  title: string,
  run: (opened: Set<Closable>) => Promise<void>,
  unmet?: string,
): void {
  const listed = options.skip?.includes(title) === true || options.skip?.includes(`${group} > ${title}`) === true;
  const reason = listed ? 'listed in the skip option' : unmet;
  options.it(title, async function (this: unknown, ...args: unknown[]) {
    if (reason !== undefined) return skipTest(this, args[0], reason);
    const opened = new Set<Closable>();
    try {
      await run(opened);
    } catch (error) {
      if (error instanceof Skipped) return skipTest(this, args[0], error.message);
      throw error;
    } finally {
      // Closing lets an IndexedDB database be deleted after the test; a failed close (of what the
      // test closed already, say) is not the test's verdict.
      for (const item of opened) await item.close().catch(() => undefined);
    }
  });
}

/** Why a test that needs a second adapter over the same store is skipped without `reopen`. */
const needsReopen = 'needs the reopen option (a second adapter over the same store)';

/** Registers the tests of one group, each closing the adapters it opened, even when it fails. */
export class Group {
  readonly #options: ConformanceOptions;
  readonly #group: string;

  constructor(options: ConformanceOptions, group: string) {
    this.#options = options;
    this.#group = group;
  }

  test(title: string, body: (t: TestContext) => Promise<void>, requires: Requirements = {}): void {
    const options = this.#options;
    const unmet = requires.reopen === true && options.reopen === undefined ? needsReopen : undefined;
    registerTest(
      options,
      this.#group,
      title,
      async (opened) => {
        const track = (adapter: StorageAdapter) => (opened.add(adapter), adapter);
        const context: TestContext = {
          fresh: async () => track(await options.factory()),
          open: async (schema = baseSchema) => {
            const adapter = track(await options.factory());
            await adapter.open(schema);
            return adapter;
          },
          reopenClosed: async (previous) => {
            if (!options.reopen) throw new Skipped(needsReopen);
            return track(await options.reopen(previous));
          },
          reopen: async (previous, schema = baseSchema) => {
            const adapter = await context.reopenClosed(previous);
            await adapter.open(schema);
            return adapter;
          },
          skip: (reason) => {
            throw new Skipped(reason);
          },
        };
        await body(context);
      },
      unmet,
    );
  }
}

/** Marks the running test skipped through whichever runner context is at hand. */
function skipTest(mochaContext: unknown, nodeContext: unknown, reason: string): void {
  for (const context of [mochaContext, nodeContext]) {
    const candidate = context as { skip?: (reason?: string) => void } | null | undefined;
    // mocha's this.skip() throws to stop the test; node:test's t.skip() marks it and returns.
    if (typeof candidate?.skip === 'function') return candidate.skip(reason);
  }
}
