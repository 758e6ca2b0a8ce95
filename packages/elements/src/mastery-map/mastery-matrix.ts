import type { LocalizedText, MasteryRow, MasteryView, MindshareApi, Topic } from '@mindshare/core';
import type { InsightDirectory } from '../shared/insight/insight-directory.js';

/** What mastery is shown for: one row per seller, partner or tier. */
export type MasteryBy = MasteryRow['by'];

/** One step of a drill-down: the tier or partner whose members are shown. */
export interface DrillStep {
  readonly by: 'tier' | 'partner';
  readonly id: string;
}

/** A column to sort by: the row names, or a topic id. */
export interface MasterySort {
  readonly key: 'name' | { readonly topicId: string };
  readonly direction: 'ascending' | 'descending';
}

/** Everything one load of the map needs. */
export interface MasteryData {
  readonly view: MasteryView;
  readonly topics: readonly Topic[];
  /** The policy's tiers, highest first; empty when the viewer may not read the tier report. */
  readonly tiers: readonly { readonly id: string; readonly name: LocalizedText }[];
  /** `partnerId → tierId`, from the tier report. */
  readonly partnerTier: ReadonlyMap<string, string>;
}

/** One row of the heat map: an entity and its mastery per topic id. */
export interface MatrixRow {
  readonly id: string;
  readonly cells: ReadonlyMap<string, MasteryRow>;
}

/** The level below each drillable level. */
export const DRILL_TARGET = { tier: 'partner', partner: 'seller' } as const;

/**
 * Loads mastery, the topics and — for coaches and managers, whose view can drill from tiers to
 * partners — the tier assignment. A seller gets only their own rows, by seller.
 */
export async function loadMasteryData(api: MindshareApi, by: MasteryBy): Promise<MasteryData> {
  const staff = api.viewer.role !== 'seller';
  const [view, catalog, report] = await Promise.all([
    api.mastery({ by }),
    api.catalog(),
    staff ? api.tierReport().catch(() => undefined) : undefined,
  ]);
  return {
    view,
    topics: catalog.topics,
    tiers: report?.tiers ?? [],
    partnerTier: new Map((report?.assignments ?? []).map((assignment) => [assignment.partnerId, assignment.tierId])),
  };
}

/**
 * Which ids the last drill step keeps: the partners of a tier, or the sellers of a partner.
 * `undefined` means "everyone" (no drill-down).
 */
export function membersOf(
  step: DrillStep | undefined,
  directory: InsightDirectory | undefined,
  partnerTier: ReadonlyMap<string, string>,
): ReadonlySet<string> | undefined {
  if (!step) return undefined;
  if (step.by === 'partner') {
    return new Set((directory?.sellers ?? []).filter((seller) => seller.partnerId === step.id).map((s) => s.id));
  }
  const members = new Set<string>();
  for (const [partnerId, tierId] of partnerTier) if (tierId === step.id) members.add(partnerId);
  for (const partner of directory?.partners ?? []) if (partner.tierId === step.id) members.add(partner.id);
  return members;
}

/** Whether rows at `by` can be drilled into with what the view knows of membership. */
export function canDrill(
  by: MasteryBy,
  directory: InsightDirectory | undefined,
  partnerTier: ReadonlyMap<string, string>,
): boolean {
  if (by === 'tier') return partnerTier.size > 0 || (directory?.partners ?? []).some((partner) => partner.tierId);
  if (by === 'partner') return (directory?.sellers ?? []).some((seller) => seller.partnerId);
  return false;
}

/** Groups mastery rows into one heat-map row per entity, keeping only `members` when given. */
export function matrixOf(rows: readonly MasteryRow[], members: ReadonlySet<string> | undefined): MatrixRow[] {
  const byId = new Map<string, Map<string, MasteryRow>>();
  for (const row of rows) {
    if (members && !members.has(row.id)) continue;
    let cells = byId.get(row.id);
    if (!cells) byId.set(row.id, (cells = new Map()));
    cells.set(row.topicId, row);
  }
  return [...byId].map(([id, cells]) => ({ id, cells }));
}

/**
 * Sorts heat-map rows by name or by one topic's score. Rows without a score on that topic go
 * last in both directions (nothing measured is neither best nor worst); ties keep name order.
 * `nameOf` is asked for two names per comparison: give it a lookup, not a search.
 */
export function sortMatrix(
  rows: readonly MatrixRow[],
  sort: MasterySort,
  nameOf: (id: string) => string,
  lang: string,
): MatrixRow[] {
  const collator = new Intl.Collator(lang, { numeric: true });
  const byName = (a: MatrixRow, b: MatrixRow) => collator.compare(nameOf(a.id), nameOf(b.id));
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const { key } = sort;
  if (key === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  return [...rows].sort((a, b) => {
    const left = a.cells.get(key.topicId)?.score;
    const right = b.cells.get(key.topicId)?.score;
    if (left === undefined || right === undefined) {
      return left === right ? byName(a, b) : left === undefined ? 1 : -1;
    }
    return sign * (left - right) || byName(a, b);
  });
}
