// The partner and team boards of a host: built from the stored scores of one challenge on first
// read, then kept until a change makes them stale (see EntityBoards).
import type { Challenge, EntityBoard } from '../challenge/challenge.schema.js';
import { isTargeted } from '../challenge/targeting.schema.js';
import type { Seller } from '../directory/directory.schema.js';
import { rankEntities, type EntityGroup, type EntityStanding } from '../leaderboard/entity-ranking.js';
import type { LeaderboardEntry } from '../leaderboard/leaderboard-entry.js';
import type { StorageAdapter } from '../storage/storage-adapter.js';
import { COLLECTIONS } from './engine-schema.js';
import type { People } from './people.js';
import type { StoredScore } from './stored-records.schema.js';

/** One partner or team board, ranked. */
export interface RankedEntities {
  /** In listing order. */
  readonly standings: readonly EntityStanding[];
  /** Stored scores the build read: what a rebuild costs. */
  readonly scores: number;
}

/** What the entity boards read from their host. */
export interface EntityBoardsSource {
  readonly storage: StorageAdapter;
  readonly now: () => number;
  /** The published directory of now. */
  people(): People;
  /** The default tier of the published pack, for partners the policy does not place. */
  defaultTier(): string | undefined;
}

/**
 * A board older than this is built again even if no change was announced: scores written by
 * other processes behind a shared store reach this host's partner boards within that time.
 */
export const ENTITY_BOARD_MAX_AGE_MS = 5_000;
/**
 * A board built from more scores than this is built again at most once per
 * {@link ENTITY_BOARD_MIN_REBUILD_MS} however many answers land meanwhile; smaller ones on the
 * first read after any change, so a seller sees their partner move as soon as they finish.
 */
export const ENTITY_BOARD_FRESH_BELOW = 10_000;
export const ENTITY_BOARD_MIN_REBUILD_MS = 1_000;

interface Cached {
  readonly version: number;
  readonly builtAt: number;
  readonly board: Promise<RankedEntities>;
  scores: number;
}

/**
 * Owns a host's partner and team boards. Each is built from the challenge's stored scores (one
 * index read) and the directory, then served from memory: a read costs O(rows returned). It is
 * built again on the first read after a change of scores, visibility, pack or directory
 * ({@link invalidate}) — for boards of more than {@link ENTITY_BOARD_FRESH_BELOW} scores at most
 * once a second — and after {@link ENTITY_BOARD_MAX_AGE_MS} in any case. Concurrent reads share
 * one build. A build costs O(n log n) in the challenge's n stored scores plus O(sellers).
 */
export class EntityBoards {
  readonly #source: EntityBoardsSource;
  readonly #cache = new Map<string, Cached>();
  #version = 0;

  constructor(source: EntityBoardsSource) {
    this.#source = source;
  }

  /** Marks every board as missing a change: the next read builds it again. */
  invalidate(): void {
    this.#version++;
  }

  /** The ranked board of `declaration` on `challenge`. */
  read(challenge: Challenge, declaration: EntityBoard): Promise<RankedEntities> {
    const key = `${challenge.id}|${declaration.entity}`;
    const now = this.#source.now();
    const cached = this.#cache.get(key);
    if (cached !== undefined && this.#fresh(cached, now)) return cached.board;
    const board = this.#build(challenge, declaration);
    const entry: Cached = { version: this.#version, builtAt: now, board, scores: cached?.scores ?? 0 };
    this.#cache.set(key, entry);
    board.then(
      (built) => {
        entry.scores = built.scores;
      },
      () => {
        if (this.#cache.get(key) === entry) this.#cache.delete(key); // a failed build is tried again
      },
    );
    return board;
  }

  #fresh(cached: Cached, now: number): boolean {
    const age = now - cached.builtAt;
    if (age >= ENTITY_BOARD_MAX_AGE_MS || age < 0) return false;
    if (cached.version === this.#version) return true;
    return cached.scores > ENTITY_BOARD_FRESH_BELOW && age < ENTITY_BOARD_MIN_REBUILD_MS;
  }

  async #build(challenge: Challenge, declaration: EntityBoard): Promise<RankedEntities> {
    const people = this.#source.people();
    const scores = await this.#source.storage.query<StoredScore>(COLLECTIONS.scores, {
      index: 'byChallenge',
      range: { only: challenge.id },
    });
    const groups = new Map<string, { eligible: number; entries: LeaderboardEntry[] }>();
    const groupOf = (seller: Seller | undefined): string | undefined =>
      seller === undefined
        ? undefined
        : eligibleGroup(challenge, declaration, seller, people, this.#source.defaultTier());
    for (const seller of people.directory.sellers) {
      const id = groupOf(seller);
      if (id === undefined) continue;
      const group = groups.get(id);
      if (group === undefined) groups.set(id, { eligible: 1, entries: [] });
      else group.eligible++;
    }
    // Hidden sellers count: their partner's or team's result is their colleagues' too, and no
    // entity row names anyone (docs/authoring.md, "Partner and team boards").
    for (const score of scores) {
      const id = groupOf(people.sellers.get(score.sellerId));
      if (id === undefined) continue;
      groups.get(id)!.entries.push({ sellerId: score.sellerId, score: score.score, completedAt: score.completedAt });
    }
    const standings = rankEntities(
      [...groups].map(([id, group]): EntityGroup => ({ id, ...group })),
      declaration,
    );
    return { standings, scores: scores.length };
  }
}

/**
 * The partner id or team a seller counts for on an entity board, or `undefined` when the
 * challenge is not for them (not targeted, or a role it does not rank) or they have none.
 */
export function eligibleGroup(
  challenge: Challenge,
  declaration: Pick<EntityBoard, 'entity'>,
  seller: Seller,
  people: Pick<People, 'partnerTier'>,
  defaultTier: string | undefined,
): string | undefined {
  const id = declaration.entity === 'partner' ? seller.partnerId : seller.team;
  if (id === undefined || !challenge.leaderboard.roles.includes(seller.role)) return undefined;
  const tier = seller.partnerId === undefined ? undefined : (people.partnerTier.get(seller.partnerId) ?? defaultTier);
  const targeted = isTargeted(challenge.targeting, {
    role: seller.role,
    ...(tier === undefined ? {} : { tier }),
    ...(seller.partnerId === undefined ? {} : { partnerId: seller.partnerId }),
    ...(seller.region === undefined ? {} : { region: seller.region }),
  });
  return targeted ? id : undefined;
}
