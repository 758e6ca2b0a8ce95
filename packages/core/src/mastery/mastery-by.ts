import type { MasteryRowSchema } from '../api/mastery-view.schema.js';
import type { z } from '../content/zod.js';
import { MindError } from '../errors/mind-error.js';
import { MASTERY_MIN_EVIDENCE, decayFactor } from './mastery-model.js';
import { masteryFromSums } from './mastery-of.js';
import type { MasteryRecord } from './mastery-record.schema.js';

/** Who mastery is reported for, with the directory maps the grouping needs. */
export type MasteryGrouping =
  | { readonly by: 'seller' }
  | { readonly by: 'partner'; readonly sellerPartner: ReadonlyMap<string, string> }
  | {
      readonly by: 'tier';
      readonly sellerPartner: ReadonlyMap<string, string>;
      readonly partnerTier: ReadonlyMap<string, string>;
    };

/** Input of {@link masteryBy}. */
export type MasteryQuery = MasteryGrouping & {
  /** Every seller's records, in any order (at most one per seller and topic). */
  readonly records: Iterable<MasteryRecord>;
  /** Epoch ms from the engine's clock. */
  readonly now: number;
  /** Only this topic, when given. */
  readonly topic?: string | undefined;
};

/** One seller's, partner's or tier's mastery of one topic (see {@link MasteryRowSchema}). */
export type MasteryRow = z.infer<typeof MasteryRowSchema>;

/**
 * Mastery per seller, partner or tier and topic at `now`, ordered by id then topic id.
 *
 * A group's score is the evidence-weighted mean of its sellers' recency-weighted accuracies
 * (Σ weightedCorrect / Σ weight, all decayed to `now`), shrunk towards the prior once for the
 * group, and its evidence the sum of theirs; its level follows the same thresholds as a seller's.
 * The prior is applied once, not per seller, so a partner of ten sellers who each answered one
 * question right is not capped at a single answer's 0.67.
 *
 * Sellers missing from `sellerPartner` (they left the directory) and partners missing from
 * `partnerTier` are left out of group rows; their seller rows remain.
 *
 * The result is independent of the order of `records`: sums run in seller-id order.
 *
 * @throws {MindError} `MIND_INVALID_INPUT` for a non-finite `now`, a missing directory map, or two
 *   records for one seller and topic.
 */
export function masteryBy(query: MasteryQuery): MasteryRow[] {
  if (!Number.isFinite(query.now)) {
    throw new MindError('MIND_INVALID_INPUT', `now must be a finite epoch-ms time, got ${query.now}`, {
      path: ['now'],
    });
  }
  const groupOf = grouper(query);
  const groups = new Map<string, { id: string; topicId: string; members: MasteryRecord[] }>();
  const seen = new Set<string>();
  for (const record of query.records) {
    if (query.topic !== undefined && record.topicId !== query.topic) continue;
    const recordKey = key(record.sellerId, record.topicId);
    if (seen.has(recordKey)) {
      throw new MindError(
        'MIND_INVALID_INPUT',
        `two mastery records for seller "${record.sellerId}" and topic "${record.topicId}": merge them with mergeMastery`,
        { path: ['records'] },
      );
    }
    seen.add(recordKey);
    const id = groupOf(record.sellerId);
    if (id === undefined) continue;
    const groupKey = key(id, record.topicId);
    let group = groups.get(groupKey);
    if (group === undefined) groups.set(groupKey, (group = { id, topicId: record.topicId, members: [] }));
    group.members.push(record);
  }
  const rows: { key: string; row: MasteryRow }[] = [];
  for (const [groupKey, { id, topicId, members }] of groups) {
    // Floating-point sums depend on order: summing in seller-id order makes the result
    // independent of the order the records came in.
    if (members.length > 1) members.sort((a, b) => compareIds(a.sellerId, b.sellerId));
    let weightedCorrect = 0;
    let weight = 0;
    let count = 0;
    let lastAt = -Infinity;
    let sellersMeasured = 0;
    for (const member of members) {
      const factor = decayFactor(query.now - member.lastAt);
      const memberWeight = member.weight * factor;
      weightedCorrect += member.weightedCorrect * factor;
      weight += memberWeight;
      count += member.count;
      lastAt = Math.max(lastAt, member.lastAt);
      if (memberWeight >= MASTERY_MIN_EVIDENCE) sellersMeasured++;
    }
    const mastery = masteryFromSums(weightedCorrect, weight, count, lastAt);
    rows.push({
      key: groupKey,
      row: { by: query.by, id, topicId, ...mastery, sellers: members.length, sellersMeasured },
    });
  }
  return rows.sort((a, b) => compareIds(a.key, b.key)).map(({ row }) => row);
}

/**
 * One string per (id, topic) that sorts like the pair: ids never contain U+0000, which sorts
 * before every character an id may hold.
 */
function key(id: string, topicId: string): string {
  return `${id}\u0000${topicId}`;
}

/** Code-unit order, the same in every locale and runtime. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function grouper(query: MasteryGrouping): (sellerId: string) => string | undefined {
  const need = (map: ReadonlyMap<string, string> | undefined, name: string) => {
    if (typeof map?.get !== 'function') {
      throw new MindError('MIND_INVALID_INPUT', `mastery by ${query.by} needs the ${name} map`, { path: [name] });
    }
    return map;
  };
  switch (query.by) {
    case 'seller':
      return (sellerId) => sellerId;
    case 'partner': {
      const sellerPartner = need(query.sellerPartner, 'sellerPartner');
      return (sellerId) => sellerPartner.get(sellerId);
    }
    case 'tier': {
      const sellerPartner = need(query.sellerPartner, 'sellerPartner');
      const partnerTier = need(query.partnerTier, 'partnerTier');
      return (sellerId) => {
        const partner = sellerPartner.get(sellerId);
        return partner === undefined ? undefined : partnerTier.get(partner);
      };
    }
  }
}
