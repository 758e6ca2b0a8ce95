import type { Challenge } from '../challenge/challenge.schema.js';
import type { ContentPack } from '../content/content-pack.schema.js';
import { formatPath } from '../content/input-path.js';
import type { InputProblem } from '../content/input-problem.js';
import { validateContentPack } from '../content/validate-content-pack.js';
import type { Directory } from '../directory/directory.schema.js';
import { validateDirectory } from '../directory/validate-directory.js';
import { MindError } from '../errors/mind-error.js';
import { Subscribable } from '../events/subscribable.js';
import { isKnownTimeZone } from '../time/zone-offset.js';
import { assignTiers } from '../tiers/assign-tiers.js';
import type { BatchOperation, StorageAdapter } from '../storage/storage-adapter.js';
import type { MindshareApi, MindshareChange, Viewer } from '../api/mindshare-api.js';
import type { BoardOperations, EngineContext, QuestionSource } from './engine-context.js';
import { COLLECTIONS, engineSchema } from './engine-schema.js';
import { mindshareApi } from './mindshare-api-object.js';
import { closeExpiredAttempts } from './challenge-operations.js';

/** Who is using the page: a person of the directory, and how they read times and text. */
export interface ViewerInput {
  readonly id: string;
  /** Overrides the directory's locale (the page's language switch). */
  readonly locale?: string;
  /** Overrides the directory's time zone (the device's). */
  readonly timeZone?: string;
}

/** Options of {@link createMindshare}. */
export interface MindshareOptions {
  /** Where records live; opened by the engine. */
  readonly storage: StorageAdapter;
  /** The content pack: JSON as authored (validated here) or an already parsed pack. */
  readonly content: unknown;
  /** Who exists: partners with their metrics, sellers with their partner, role and privacy choice. */
  readonly directory: unknown;
  readonly viewer: ViewerInput;
  /** Epoch ms; `Date.now` by default. Inject a controlled clock in tests and demos. */
  readonly clock?: () => number;
  /** Uniform in [0, 1); `Math.random` by default. Drives ids and attempt seeds. */
  readonly random?: () => number;
  /** Name of the store (an IndexedDB database); `mindshare-<pack id>` by default. */
  readonly storeName?: string;
}

function invalid(what: string, errors: readonly InputProblem[]): MindError {
  const listed = errors
    .slice(0, 5)
    .map((error) => `  ${formatPath(error.path)}: ${error.message}`)
    .join('\n');
  const more = errors.length > 5 ? `\n  … and ${errors.length - 5} more` : '';
  return new MindError('MIND_INVALID_CONTENT', `The ${what} is invalid:\n${listed}${more}`, { problems: errors });
}

function questionSources(pack: ContentPack): Map<string, QuestionSource> {
  const sources = new Map<string, QuestionSource>();
  const defaults: Challenge['scoring'] = { points: 10, partialCredit: 'all-or-nothing', penaltyPerWrongPick: 0.25 };
  for (const challenge of pack.challenges) {
    for (const question of challenge.questions) {
      // Challenge questions come back only when missed: a seller who knew them is not re-asked.
      sources.set(question.id, {
        question,
        origin: { kind: 'challenge', challengeId: challenge.id },
        repetition: 'wrong-only',
        rules: challenge.scoring,
      });
    }
  }
  for (const nugget of pack.nuggets) {
    if (nugget.kind !== 'mini-quiz') continue;
    const schedule = pack.schedules.find((candidate) => candidate.nuggets.includes(nugget.id));
    for (const question of nugget.questions) {
      sources.set(question.id, {
        question,
        origin: { kind: 'nugget', nuggetId: nugget.id },
        repetition: schedule?.repetition ?? 'off',
        rules: defaults,
      });
    }
  }
  return sources;
}

/**
 * Creates the Mindshare engine over a storage adapter: validates the content pack and the
 * directory (rejecting with `MIND_INVALID_CONTENT` whose `problems` name every path), resolves the
 * viewer and their tier, opens storage and deletes pitch recordings past retention (leaderboards
 * are built from stored scores on first need). The same engine runs in a browser over IndexedDB and on a
 * server over any adapter.
 *
 * @example
 * ```ts
 * const api = await createMindshare({ storage: createMemoryStorage(), content: pack, directory, viewer: { id: 'seller-1' } });
 * const attempt = await api.startAttempt('q4-launch');
 * ```
 */
export async function createMindshare(options: MindshareOptions): Promise<MindshareApi> {
  const parsedPack = await validateContentPack(options.content);
  if (!parsedPack.ok) throw invalid('content pack', parsedPack.errors);
  const parsedDirectory = await validateDirectory(options.directory);
  if (!parsedDirectory.ok) throw invalid('directory', parsedDirectory.errors);
  const pack = parsedPack.pack;
  const directory: Directory = parsedDirectory.directory;

  const sellers = new Map(directory.sellers.map((seller) => [seller.id, seller]));
  const partners = new Map(directory.partners.map((partner) => [partner.id, partner]));
  const assignments = assignTiers(pack.tierPolicy, directory.partners);
  const partnerTier = new Map(assignments.map((assignment) => [assignment.partnerId, assignment.tierId]));
  const sellerPartner = new Map(
    directory.sellers.flatMap((seller) =>
      seller.partnerId === undefined ? [] : [[seller.id, seller.partnerId] as const],
    ),
  );

  const viewerId = options.viewer?.id;
  const person = typeof viewerId === 'string' ? sellers.get(viewerId) : undefined;
  if (!person) {
    throw new MindError('MIND_NOT_FOUND', `The viewer "${String(viewerId)}" is not in the directory.`, {
      path: ['viewer', 'id'],
    });
  }
  const timeZone = options.viewer.timeZone ?? person.timeZone ?? 'UTC';
  if (!isKnownTimeZone(timeZone)) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `Unknown time zone "${timeZone}"; expected an IANA name such as "Europe/Paris".`,
      {
        path: ['viewer', 'timeZone'],
      },
    );
  }
  const viewer: Viewer = {
    id: person.id,
    displayName: person.displayName,
    role: person.role,
    partnerId: person.partnerId,
    tierId:
      person.partnerId === undefined ? undefined : (partnerTier.get(person.partnerId) ?? pack.tierPolicy.defaultTier),
    region: person.region,
    team: person.team,
    locale: options.viewer.locale ?? person.locale ?? pack.defaultLocale,
    timeZone,
  };

  const storage = options.storage;
  const changes = new Subscribable<MindshareChange>();
  let queue: Promise<unknown> = Promise.resolve();

  // The leaderboard indexes (an order-statistic tree, the largest part of the engine) load and
  // build on first need — a leaderboard read or a finished attempt — not with the engine, so a page
  // showing only a quiz or the feed never pays for them. Until then scores are only stored; the
  // build reads them all. One rebuild runs at a time; a change announced meanwhile asks for one more.
  let rebuilding: Promise<void> | undefined;
  let again = false;
  const refreshBoards = async (operations: BoardOperations): Promise<void> => {
    if (rebuilding) {
      again = true;
      return rebuilding;
    }
    rebuilding = (async () => {
      do {
        again = false;
        await operations.rebuildBoards(context);
      } while (again);
    })().finally(() => {
      rebuilding = undefined;
    });
    return rebuilding;
  };
  let boards: Promise<BoardOperations> | undefined;
  const loadBoards = (): Promise<BoardOperations> =>
    (boards ??= import('./leaderboard-operations.js').then(async (operations) => {
      await refreshBoards(operations);
      return operations;
    })).catch((error: unknown) => {
      boards = undefined; // A failed read (storage closed, quota…) is tried again on the next need.
      throw error;
    });
  const context: EngineContext = {
    storage,
    pack,
    directory,
    viewer,
    now: options.clock ?? (() => Date.now()),
    random: options.random ?? Math.random,
    sellers,
    partners,
    assignments,
    partnerTier,
    sellerPartner,
    challenges: new Map(pack.challenges.map((challenge) => [challenge.id, challenge])),
    nuggets: new Map(pack.nuggets.map((nugget) => [nugget.id, nugget])),
    prompts: new Map(pack.pitchPrompts.map((prompt) => [prompt.id, prompt])),
    questions: questionSources(pack),
    boards: new Map(),
    loadBoards,
    changes,
    async write(operations: readonly BatchOperation[], areas: MindshareChange['areas'], committed?: () => void) {
      await storage.batch(operations);
      committed?.();
      announce(changes, { origin: 'local', areas });
    },
    exclusive(task) {
      const run = queue.then(task, task);
      queue = run.catch(() => undefined);
      return run;
    },
    boardVersion: 0,
  };

  await storage.open(engineSchema(options.storeName ?? `mindshare-${pack.id}`));
  // Retention needs the pitch code, so it loads only when this store holds recordings at all.
  if ((await storage.count(COLLECTIONS.recordings)) > 0) {
    await (await import('./pitch-operations.js')).applyRetention(context);
  }
  await closeExpiredAttempts(context);

  let closed = false;
  const stopWatching = storage.supports.watch
    ? storage.watch?.((change) => {
        // Boards not built yet need nothing: their first build reads the other tab's scores.
        const built = change.collections.includes(COLLECTIONS.scores) ? boards : undefined;
        // The first build's own failure went to its caller; a failed refresh leaves boards that
        // missed the other tab's scores, so they are built afresh on the next read. A failure
        // after close() is the closing itself, not worth reporting.
        void (built ? built.then(refreshBoards, () => undefined) : Promise.resolve())
          .catch((error: unknown) => {
            if (boards === built) boards = undefined;
            if (!closed) reportLater(error);
          })
          .finally(() => announce(changes, { origin: 'remote', areas: areasOf(change.collections) }));
      })
    : undefined;

  return mindshareApi(context, async () => {
    closed = true;
    stopWatching?.();
    await storage.close();
  });
}

/**
 * Emits a change without letting a listener's error reach the operation that made the write:
 * the write is committed, so the caller must get its result; the error is reported on its own.
 */
function announce(changes: Subscribable<MindshareChange>, change: MindshareChange): void {
  try {
    changes.emit(change);
  } catch (error) {
    reportLater(error);
  }
}

/**
 * Reports an error that no caller can receive: `reportError` where the runtime has it (browsers,
 * so it reaches `window.onerror` and the console), else the console — never by throwing, which
 * would bring a Node server down for a faulty listener.
 */
function reportLater(error: unknown): void {
  const runtime = globalThis as {
    reportError?: (error: unknown) => void;
    console?: { error(...data: unknown[]): void };
  };
  if (runtime.reportError) runtime.reportError(error);
  else runtime.console?.error('Mindshare: a change listener failed.', error);
}

const AREAS: Record<string, MindshareChange['areas'][number]> = {
  [COLLECTIONS.attempts]: 'challenges',
  [COLLECTIONS.scores]: 'leaderboard',
  [COLLECTIONS.mastery]: 'mastery',
  [COLLECTIONS.repetition]: 'feed',
  [COLLECTIONS.nuggetProgress]: 'feed',
  [COLLECTIONS.ballots]: 'feed',
  [COLLECTIONS.responses]: 'feed',
  [COLLECTIONS.recordings]: 'pitch',
  [COLLECTIONS.reviews]: 'pitch',
  [COLLECTIONS.sellerSettings]: 'feed',
  $blobs: 'pitch',
};

function areasOf(collections: readonly string[]): MindshareChange['areas'] {
  return [...new Set(collections.flatMap((collection) => AREAS[collection] ?? []))];
}
