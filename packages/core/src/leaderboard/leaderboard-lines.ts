/** What {@link leaderboardLines} orders: a board's page and the viewer's neighbourhood (a `LeaderboardView`). */
export interface PagedRows<R extends { readonly rank: number }> {
  readonly rows: readonly R[];
  readonly around: readonly R[];
  readonly gap: boolean;
}

/** A line of a rendered board: a row, or the "…" standing for visible rows left out. */
export type LeaderboardLine<R> = { readonly kind: 'row'; readonly row: R } | { readonly kind: 'gap' };

/**
 * The lines to render of a board view, top to bottom in rank order: the page (`rows`) and the
 * viewer's neighbourhood (`around`), whichever comes first, with the gap between them when the
 * view has one. A viewer on an earlier page than the one shown has their neighbourhood above it;
 * rendering `rows` then `around` regardless listed ranks 32, 33, 34, 30, 31.
 */
export function leaderboardLines<R extends { readonly rank: number }>(view: PagedRows<R>): LeaderboardLine<R>[] {
  const { rows, around } = view;
  // The two are disjoint runs of the listing, so comparing their first ranks orders them: a tie
  // across them only reorders rows of equal rank.
  const aroundFirst = rows.length > 0 && around.length > 0 && around[0]!.rank < rows[0]!.rank;
  const [first, second] = aroundFirst ? [around, rows] : [rows, around];
  return [
    ...first.map((row) => ({ kind: 'row' as const, row })),
    ...(view.gap ? [{ kind: 'gap' as const }] : []),
    ...second.map((row) => ({ kind: 'row' as const, row })),
  ];
}
