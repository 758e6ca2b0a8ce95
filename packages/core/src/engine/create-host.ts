import { Subscribable } from '../events/subscribable.js';
import type { SellerRole } from '../directory/directory.schema.js';
import type { LeaderboardEntry } from '../leaderboard/leaderboard-entry.js';
import type { LeaderboardStore } from '../leaderboard/leaderboard-store.js';
import { assertPseudonymSecret } from '../leaderboard/pseudonym-rules.js';
import type { Pseudonyms } from '../leaderboard/pseudonym.js';
import type { BatchOperation, StorageAdapter, StorageChange } from '../storage/storage-adapter.js';
import type { MindshareApi, MindshareChange } from '../api/mindshare-api.js';
import type { BoardCode } from './board-code.js';
import type { Boards } from './boards.js';
import type { EntityBoards } from './entity-boards.js';
import type { EngagementBoards } from './engagement-boards.js';
import { cachedStorage } from './cached-storage.js';
import { ViewContext, type EngineContext, type EngineHost } from './engine-context.js';
import { COLLECTIONS, engineSchema } from './engine-schema.js';
import { announce, areasOf, closedError, isScoreKey, reportLater, systemViewer } from './host-changes.js';
import { parseDirectory, parsePack } from './host-input.js';
import { mindshareApi } from './mindshare-api-object.js';
import { packState, type PackState } from './pack-state.js';
import {
  peopleOf,
  ranksPerson,
  resolveViewer,
  scopesOf,
  type CertifiedCounts,
  type People,
  type ViewerInput,
} from './people.js';
import { certifiedMetrics } from '../tiers/certified-metric.js';
import type { ContentPack } from '../content/content-pack.schema.js';
import type { Directory } from '../directory/directory.schema.js';
import { validatedStorage } from './validated-storage.js';

export type { ViewerInput } from './people.js';

/** The leaderboards' module for what only the host needs (see host-board-code.ts). */
const ownLeaderboards = async () => (await import('./host-board-code.js')).loadLeaderboards();

/** Options of {@link createMindshareHost}. */
export interface MindshareHostOptions {
  /** Where records live; opened by the host, once. */
  readonly storage: StorageAdapter;
  /** The content pack: JSON as authored (validated here) or an already parsed pack. */
  readonly content: unknown;
  /** Who exists: partners with their metrics, sellers with their partner, role and privacy choice. */
  readonly directory: unknown;
  /**
   * Where leaderboards are ranked: the in-memory store (loaded on first need) by default; a
   * shared store (Redis) when several processes serve one program.
   */
  readonly leaderboards?: LeaderboardStore;
  /** Epoch ms; `Date.now` by default. Inject a controlled clock in tests and demos. */
  readonly clock?: () => number;
  /** Uniform in [0, 1); `Math.random` by default. Drives ids and attempt seeds. */
  readonly random?: () => number;
  /** Name of the store (an IndexedDB database); `mindshare-<pack id>` by default. */
  readonly storeName?: string;
  /**
   * When the time a question was shown is written. `stored` (the default): at once, so any
   * process or tab that receives the answer times it from that moment. `memory`: kept in this
   * host and written with the answer, which saves a write per question; a reload or another tab
   * forgets it, and the question's time limit then counts from the previous answer (never
   * longer). Right for one device (`createMindshare` uses it), not for servers behind a load
   * balancer.
   */
  readonly questionTimes?: 'stored' | 'memory';
  /**
   * The secret that keys leaderboard pseudonyms ("Seller 4F2A9C"): at least 32 characters, kept
   * from sellers. Every host serving one program must be given the same one, or a seller's code
   * differs between them. Without it, the host uses a random secret made once and kept in
   * storage (shared by every tab or process over that store). Give one where the store may be
   * read by people who must not recompute codes; in the browser the store, like the whole pack,
   * sits on the seller's own device.
   * @throws MindError `MIND_INVALID_INPUT` (path `pseudonymSecret`) when shorter or not a string.
   */
  readonly pseudonymSecret?: string;
}

/** What {@link MindshareHost.update} publishes; each part is validated like the host's options. */
export interface MindshareHostUpdate {
  readonly content?: unknown;
  readonly directory?: unknown;
}

/**
 * One engine for many viewers: the validated pack and directory, storage opened once, and the
 * derived state (leaderboards, tiers, question lookups) built once and shared by every view.
 */
export interface MindshareHost {
  /**
   * The Mindshare API for one viewer. No I/O and no validation beyond resolving the viewer: make
   * one per request. A view made before {@link update} reads the new pack and directory, with
   * the viewer (role, partner, tier) it was made for.
   * @throws MindError `MIND_FORBIDDEN` naming the id when the viewer is not in the directory;
   * `MIND_INVALID_INPUT` for an unknown time zone.
   */
  as(viewer: ViewerInput): MindshareApi;
  /**
   * Publishes a new pack and/or directory without a restart. Attempts in flight keep the pack
   * version they began with; sellers whose partner, team, region or tier changed move between
   * scoped boards. Invalid input is refused with `MIND_INVALID_CONTENT` listing every problem's
   * path, and then nothing changes.
   */
  update(input: MindshareHostUpdate): Promise<void>;
  /**
   * Builds every leaderboard afresh from the stored scores and replaces what the leaderboard store
   * holds. For a shared store that lost its data (a Redis restarted without persistence): other
   * processes only need to keep writing through it.
   */
  rebuildLeaderboards(): Promise<void>;
  /** Subscribes to every change, local or announced by storage; returns the unsubscribe function. */
  subscribe(listener: (change: MindshareChange) => void): () => void;
  /** Closes storage and the leaderboard store once; later calls of any view reject with `MIND_STORAGE_CLOSED`. */
  close(): Promise<void>;
}

/**
 * Creates a host over a storage adapter: validates the content pack and the directory once
 * (rejecting with `MIND_INVALID_CONTENT` whose `problems` name every path), assigns tiers, opens
 * storage once and deletes pitch recordings past retention. Leaderboards are built from the stored
 * scores on first need, once per host. The browser runs one host with one view
 * ({@link createMindshare}); a server keeps one host per process and makes a view per request.
 *
 * @example
 * ```ts
 * const host = await createMindshareHost({ storage, content: pack, directory });
 * const api = host.as({ id: 'seller-1' });
 * const attempt = await api.startAttempt('q4-launch');
 * ```
 */
export async function createMindshareHost(options: MindshareHostOptions): Promise<MindshareHost> {
  return (await openHost(options)).host;
}

/** A host, and how to make a view with its context (for {@link createMindshare}'s housekeeping). */
export interface OpenedHost {
  readonly host: MindshareHost;
  view(input: ViewerInput): { readonly api: MindshareApi; readonly context: EngineContext };
}

/** {@link createMindshareHost}, also giving the engine context of a view. */
export async function openHost(options: MindshareHostOptions): Promise<OpenedHost> {
  if (options.pseudonymSecret !== undefined) assertPseudonymSecret(options.pseudonymSecret);
  const pack = await parsePack(options.content);
  const directory = await parseDirectory(options.directory);
  const storage = cachedStorage(validatedStorage(options.storage));
  let content: PackState = packState(pack);
  let people: People = peopleOf(pack, directory);
  const changes = new Subscribable<MindshareChange>();
  const queues = new Map<string, Promise<unknown>>();
  let closed = false;

  let knownCode: BoardCode | undefined;
  /**
   * The leaderboard code: as the operation that needs the boards hands it over, else (a shared
   * store written through, an update, a rebuild: nothing an element does) imported here.
   */
  const codeFrom = async (given?: BoardCode): Promise<BoardCode> =>
    (knownCode ??= given ?? (await ownLeaderboards()).boardCode);
  let boards: Promise<Boards> | undefined;
  let loadedBoards: Boards | undefined;
  /** The Boards object, built on first need; a load that failed (offline) is tried again. */
  const boardsObject = (given?: BoardCode): Promise<Boards> => {
    const loading = (boards ??= codeFrom(given).then(({ Boards, createMemoryLeaderboardStore, hiddenPeople }) => {
      loadedBoards = new Boards(
        {
          storage,
          challengeIds: () => content.challenges.keys(),
          scopesOf: (sellerId) => scopesOf(people, sellerId),
          ranks: (challengeId, sellerId, storedRole) => {
            const challenge = content.challenges.get(challengeId);
            return challenge !== undefined && ranksPerson(people, challenge.leaderboard.roles, sellerId, storedRole);
          },
          hidden: (sellerIds) => hiddenPeople(storage, people.sellers, sellerIds),
        },
        options.leaderboards ?? createMemoryLeaderboardStore(),
      );
      return loadedBoards;
    }));
    return loading.catch((error: unknown) => {
      if (boards === loading) boards = undefined;
      throw error;
    });
  };
  let engagement: Promise<EngagementBoards> | undefined;
  let loadedEngagement: EngagementBoards | undefined;
  /** The engagement boards, in the challenges' boards' store when it is shared, else in one of their own. */
  const loadEngagement = (given?: BoardCode): Promise<EngagementBoards> => {
    const loading = (engagement ??= codeFrom(given).then(
      ({ EngagementBoards, createMemoryLeaderboardStore, hiddenPeople }) => {
        loadedEngagement = new EngagementBoards(
          {
            storage,
            scopesOf: (sellerId) => scopesOf(people, sellerId),
            ranks: (sellerId) => ranksPerson(people, ['seller'], sellerId),
            hidden: (sellerIds) => hiddenPeople(storage, people.sellers, sellerIds),
          },
          options.leaderboards ?? createMemoryLeaderboardStore(),
          options.leaderboards === undefined,
        );
        return loadedEngagement;
      },
    ));
    return loading.catch((error: unknown) => {
      if (engagement === loading) engagement = undefined;
      throw error;
    });
  };
  let pseudonyms: Promise<Pseudonyms> | undefined;
  /** The key of pseudonyms, imported (and the stored secret read or made) once per host, on first need. */
  const loadPseudonyms = (given: BoardCode): Promise<Pseudonyms> => {
    const loading = (pseudonyms ??= codeFrom(given).then(({ openPseudonyms }) =>
      openPseudonyms(storage, options.pseudonymSecret),
    ));
    return loading.catch((error: unknown) => {
      if (pseudonyms === loading) pseudonyms = undefined;
      throw error;
    });
  };
  let entityBoards: Promise<EntityBoards> | undefined;
  /** The partner and team boards, their code loaded on first need; any leaderboard change makes them stale. */
  const loadEntityBoards = (given: BoardCode): Promise<EntityBoards> => {
    const loading = (entityBoards ??= codeFrom(given).then(({ EntityBoards }) => {
      const loaded = new EntityBoards({
        storage,
        now: () => host.now(),
        people: () => people,
        defaultTier: () => content.pack.tierPolicy.defaultTier,
      });
      changes.subscribe((change) => {
        if (change.areas.includes('leaderboard')) loaded.invalidate();
      });
      return loaded;
    }));
    return loading.catch((error: unknown) => {
      if (entityBoards === loading) entityBoards = undefined;
      throw error;
    });
  };
  const loadBoards = async (given: BoardCode): Promise<Boards> => {
    const loaded = await boardsObject(given);
    await loaded.ready(); // a failed build is tried again by the next ready()
    return loaded;
  };
  // Every process writes a shared store through, whether or not it has read a board yet; a store
  // of its own learns of scores from storage when its boards are first built.
  const sharedBoards = options.leaderboards?.supports.shared === true;
  /**
   * Runs a change of the boards after a committed write. The write stands whatever happens to
   * the boards: a failure (the store unreachable) is reported and the boards built afresh later.
   */
  const onBoards = (change: (loaded: Boards) => Promise<void>): Promise<void> => {
    const loaded = sharedBoards ? boardsObject() : Promise.resolve(loadedBoards);
    return loaded
      .then((target) => (target ? change(target) : undefined))
      .catch((error: unknown) => {
        loadedBoards?.invalidate();
        if (!closed) reportLater(error);
      });
  };

  let updating: Promise<unknown> = Promise.resolve();
  /**
   * The certified-seller counts tier rules read, at this moment; `undefined` (and no read, no code
   * loaded) for a policy that counts none.
   */
  /** When a certification the last count counted lapses: the first read after it counts again. */
  let countsLapseAt = Number.POSITIVE_INFINITY;
  /**
   * A certification lapsed since the last count (time passed, nothing was written): count again.
   * The read that notices has the tiers of before; the reads after the recount, those of now.
   */
  const recountIfLapsed = (): void => {
    if (closed || host.now() < countsLapseAt) return;
    countsLapseAt = Number.POSITIVE_INFINITY;
    void host.recountCertified();
  };
  const countCertified = async (
    forPack: ContentPack,
    forDirectory: Directory,
  ): Promise<CertifiedCounts | undefined> => {
    if (certifiedMetrics(forPack.tierPolicy).length === 0) return undefined;
    const standing = await (
      await import('./certified-counts.js')
    ).certifiedStanding(storage, forPack, forDirectory, host.now());
    countsLapseAt = standing?.lapsesAt ?? Number.POSITIVE_INFINITY;
    return standing?.counts;
  };
  /** Tiers with the certified-seller counts of now, applied like a published directory (see publish). */
  const recount = async (): Promise<void> => {
    if (closed) return;
    const counts = await countCertified(content.pack, people.directory);
    if (counts === undefined || closed) return;
    const before = people;
    const after = peopleOf(content.pack, before.directory, counts);
    people = after;
    // Boards that exist were built with the code at hand: no import for a page that has none.
    await onBoards(async (loaded) => loaded.follow((await codeFrom()).movesBetween(before, after)));
  };

  const host: EngineHost = {
    recountCertified() {
      // In line with updates, so a recount never publishes over a newer pack or directory.
      const run = updating.then(recount);
      updating = run.catch(() => undefined);
      // The write that asked for it stands whatever happens here: a failed recount is reported,
      // and the next award, erasure or update counts again.
      return run.catch((error: unknown) => {
        if (!closed) reportLater(error);
      });
    },
    storage,
    unchecked: options.storage,
    shownInMemory: options.questionTimes === 'memory' ? new Map() : undefined,
    now: options.clock ?? (() => Date.now()),
    random: options.random ?? Math.random,
    changes,
    get content() {
      return content;
    },
    get people() {
      recountIfLapsed();
      return people;
    },
    loadBoards,
    entityBoards: loadEntityBoards,
    pseudonyms: loadPseudonyms,
    placeScore: (challengeId: string, entry: LeaderboardEntry, role: SellerRole) =>
      onBoards((loaded) => loaded.place(challengeId, entry, role)),
    removeSeller: (sellerId: string) => onBoards((loaded) => loaded.removeSeller(sellerId)),
    recheckSeller: async (sellerId: string) => {
      await onBoards((loaded) => loaded.recheck([sellerId]));
      await host.engagementChanged(sellerId);
    },
    loadEngagement,
    engagementChanged: (sellerId: string, weeks?: readonly number[]) => {
      // Like onBoards: the write stands; a shared store is written through, one of its own only once loaded.
      const loaded = sharedBoards ? loadEngagement() : Promise.resolve(loadedEngagement);
      return loaded
        .then((target) => target?.follow(sellerId, weeks))
        .catch((error: unknown) => {
          loadedEngagement?.invalidate();
          if (!closed) reportLater(error);
        });
    },
    async write(operations: readonly BatchOperation[], areas: MindshareChange['areas'], committed) {
      await storage.batch(operations);
      await committed?.();
      announce(changes, { origin: 'local', areas });
    },
    exclusive<T>(key: string, task: () => Promise<T>): Promise<T> {
      const run = (queues.get(key) ?? Promise.resolve()).then(task, task);
      const settled = run.then(
        () => undefined,
        () => undefined,
      );
      queues.set(key, settled);
      // The queue of a seller with nothing in flight is dropped, so the map holds only busy sellers.
      void settled.then(() => {
        if (queues.get(key) === settled) queues.delete(key);
      });
      return run;
    },
  };

  await storage.open(engineSchema(options.storeName ?? `mindshare-${pack.id}`));
  try {
    // Retention needs the pitch schemas, so it loads only when this store holds recordings at all.
    if ((await storage.count(COLLECTIONS.recordings)) > 0) {
      await (await import('./stored-pitches.js')).applyRetention(new ViewContext(host, systemViewer(pack)));
    }
    const counts = await countCertified(pack, directory);
    if (counts !== undefined) people = peopleOf(pack, directory, counts);
  } catch (error) {
    await storage.close().catch(() => undefined); // a host that failed to open leaves nothing open
    throw error;
  }

  const onRemote = (change: StorageChange) => {
    // Another process awarded or renewed a certification: tiers may count one more certified seller.
    if (change.collections.includes(COLLECTIONS.certifications)) {
      void host.recountCertified().catch((error: unknown) => {
        if (!closed) reportLater(error);
      });
    }
    const scores = change.collections.includes(COLLECTIONS.scores);
    const keys = change.keys?.[COLLECTIONS.scores];
    let refreshed: Promise<void> = Promise.resolve();
    if (scores && loadedBoards) {
      refreshed =
        keys === undefined
          ? loadedBoards.rebuild()
          : loadedBoards.refresh(keys.filter(isScoreKey).map((key) => [key[0], key[1]] as const));
    }
    // Another tab hid or showed a seller: a shared store was written by that tab's host.
    // Another tab counted activity or hid someone: a store of our own is built afresh on the next read.
    if (
      !sharedBoards &&
      change.collections.some((c) => c === COLLECTIONS.activity || c === COLLECTIONS.sellerSettings)
    ) {
      loadedEngagement?.invalidate();
    }
    const settings = change.keys?.[COLLECTIONS.sellerSettings];
    if (change.collections.includes(COLLECTIONS.sellerSettings) && loadedBoards && !sharedBoards) {
      const recheck = settings?.filter((key): key is string => typeof key === 'string');
      const boards = loadedBoards;
      refreshed = refreshed.then(() => (recheck === undefined ? boards.rebuild() : boards.recheck(recheck)));
    }
    // A failed refresh leaves boards that missed the other tab's scores: they are built afresh on
    // the next read. A failure after close() is the closing itself, not worth reporting.
    void refreshed
      .catch((error: unknown) => {
        loadedBoards?.invalidate();
        if (!closed) reportLater(error);
      })
      .finally(() => announce(changes, { origin: 'remote', areas: areasOf(change.collections) }));
  };
  const stopWatching = storage.supports.watch ? storage.watch?.(onRemote) : undefined;

  const view = (input: ViewerInput) => {
    recountIfLapsed();
    const viewer = resolveViewer(content.pack, people, input);
    const subscriptions = new Set<() => void>();
    const api = mindshareApi(host, viewer, {
      closed: () => closed,
      subscribe: (listener) => {
        const stop = changes.subscribe(listener);
        subscriptions.add(stop);
        return () => {
          subscriptions.delete(stop);
          stop();
        };
      },
      // A view's close releases its own subscriptions; the host stays open for other views.
      close: async () => {
        for (const stop of subscriptions) stop();
        subscriptions.clear();
      },
    });
    return { api, context: new ViewContext(host, viewer) };
  };

  const publish = async (input: MindshareHostUpdate): Promise<void> => {
    if (closed) throw closedError();
    const { nextInputs, rankingChanges, boardCode } = await ownLeaderboards();
    const { movesBetween } = boardCode;
    const next = await nextInputs({ pack: content.pack, directory: people.directory }, input);
    if (closed) throw closedError();
    const before = people;
    const previous = content.pack;
    const after = peopleOf(next.pack, next.directory, await countCertified(next.pack, next.directory));
    content = next.pack === content.pack ? content : packState(next.pack);
    people = after;
    await onBoards((loaded) => loaded.follow(movesBetween(before, after)));
    // A new role, or a challenge ranking other roles, puts people on or off boards whole: rare
    // enough that the next read building the boards afresh is simpler than moving them one by one.
    // People joining or leaving the directory are common (every sync): each is put where their
    // stored scores place them now, as a rebuild (here or in another process) would.
    const ranking = rankingChanges(before, after, previous, content.pack);
    if (ranking.all) loadedBoards?.invalidate();
    else if (ranking.people.length > 0) await onBoards((loaded) => loaded.recheck(ranking.people));
    // Sellers who moved between groups or roles: the engagement boards are built afresh on their next read.
    loadedEngagement?.invalidate();
    announce(changes, { origin: 'local', areas: ['challenges', 'leaderboard', 'feed', 'mastery', 'pitch'] });
  };

  const opened: MindshareHost = {
    as: (input: ViewerInput): MindshareApi => view(input).api,

    update(input: MindshareHostUpdate): Promise<void> {
      // One update at a time, each applied over what the one before published: two updates in
      // flight (a directory sync and a content publish) must not undo each other.
      const run = updating.then(() => publish(input));
      updating = run.catch(() => undefined);
      return run;
    },

    async rebuildLeaderboards(): Promise<void> {
      if (closed) throw closedError();
      await (await boardsObject()).reload();
      (await loadEngagement()).invalidate();
      announce(changes, { origin: 'local', areas: ['leaderboard'] });
    },

    subscribe: (listener) => changes.subscribe(listener),

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      stopWatching?.();
      await storage.close();
      const loaded = await boards?.catch(() => undefined);
      if (loaded) await loaded.close();
      else await options.leaderboards?.close();
      await (await engagement?.catch(() => undefined))?.close(); // only a store of its own
    },
  };
  return { host: opened, view };
}
