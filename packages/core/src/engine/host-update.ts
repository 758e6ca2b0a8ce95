// What host.update needs beyond what a host needs to open: loaded on the first update (with the
// boards, which follow the sellers who moved), so a browser page, which never updates, never
// carries it.
import type { ContentPack } from '../content/content-pack.schema.js';
import type { InputProblem } from '../content/input-problem.js';
import { validateContentPack } from '../content/validate-content-pack.js';
import type { Directory } from '../directory/directory.schema.js';
import { validateDirectory } from '../directory/validate-directory.js';
import { sameScopes } from '../leaderboard/board-names.js';
import type { Move } from './boards.js';
import { invalid } from './host-input.js';
import { scopesOf, type People } from './people.js';

/** The content and directory an update may publish; either may be left out. */
export interface UpdateInput {
  readonly content?: unknown;
  readonly directory?: unknown;
}

/**
 * The pack and directory to publish: what the update gives, validated, over what is published.
 * @throws MindError `MIND_INVALID_CONTENT` whose problems' paths start with `content` or `directory`.
 */
export async function nextInputs(
  current: { readonly pack: ContentPack; readonly directory: Directory },
  input: UpdateInput,
): Promise<{ pack: ContentPack; directory: Directory }> {
  const problems: InputProblem[] = [];
  let { pack, directory } = current;
  if (input?.content !== undefined) {
    const parsed = await validateContentPack(input.content);
    if (parsed.ok) pack = parsed.pack;
    else problems.push(...parsed.errors.map((error) => ({ ...error, path: ['content', ...error.path] })));
  }
  if (input?.directory !== undefined) {
    const parsed = await validateDirectory(input.directory);
    if (parsed.ok) directory = parsed.directory;
    else problems.push(...parsed.errors.map((error) => ({ ...error, path: ['directory', ...error.path] })));
  }
  if (problems.length > 0) throw invalid('update', problems);
  return { pack, directory };
}

/** Sellers whose groups differ between two directories (or tier policies), with both. */
export function movesBetween(before: People, after: People): Move[] {
  const moves: Move[] = [];
  const ids = new Set([...before.sellers.keys(), ...after.sellers.keys()]);
  for (const sellerId of ids) {
    const was = scopesOf(before, sellerId);
    const now = scopesOf(after, sellerId);
    if (!sameScopes(was, now)) moves.push({ sellerId, before: was, after: now });
  }
  return moves;
}

/** How an update changes who the boards rank (see {@link rankingChanges}). */
export interface RankingChanges {
  /** Someone listed before and after has another role, or a challenge ranks other roles: every board may change. */
  readonly all: boolean;
  /**
   * People listed before or after only (they joined or left the directory): ranked by the role
   * stored with their score while unlisted, by the directory's while listed, so each may go on or
   * off the boards (see `Boards.recheck`); and people whose directory privacy changed.
   */
  readonly people: readonly string[];
}

/**
 * How an update changes who the boards rank, over everyone listed before or after: someone's
 * role, their joining or leaving the directory, or the roles a challenge ranks (see
 * `leaderboard.roles`). Scopes are {@link movesBetween}'s business.
 */
export function rankingChanges(
  before: People,
  after: People,
  packBefore: ContentPack,
  packAfter: ContentPack,
): RankingChanges {
  const people: string[] = [];
  let all = false;
  for (const id of new Set([...before.sellers.keys(), ...after.sellers.keys()])) {
    const was = before.sellers.get(id);
    const now = after.sellers.get(id);
    if (was === undefined || now === undefined) people.push(id);
    else if (was.role !== now.role) all = true;
    // The directory's privacy default: on or off the boards, unless they chose for themselves.
    else if (was.privacy !== now.privacy) people.push(id);
  }
  const rolesOf = (pack: ContentPack) =>
    new Map(pack.challenges.map((challenge) => [challenge.id, challenge.leaderboard.roles.join(',')]));
  const was = rolesOf(packBefore);
  for (const [id, roles] of rolesOf(packAfter)) if (was.has(id) && was.get(id) !== roles) all = true;
  return { all, people };
}
