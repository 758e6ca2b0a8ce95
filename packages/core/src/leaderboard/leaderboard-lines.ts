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
 * viewer's neighbourhood (`around`) merged, with the gap between them when the view has one.
 * The neighbourhood may lie below the page, above it (a viewer on an earlier page than the one
 * shown: rendering `rows` then `around` listed ranks 32, 33, 34, 30, 31) or on both sides (the
 * viewer on the page, their neighbours spilling over its edges).
 */
export function leaderboardLines<R extends { readonly rank: number }>(view: PagedRows<R>): LeaderboardLine<R>[] {
  const { rows, around } = view;
  const row = (item: R): LeaderboardLine<R> => ({ kind: 'row', row: item });
  if (view.gap && rows.length > 0 && around.length > 0) {
    // Apart, with hidden rows between: one group wholly above the other.
    const aroundFirst = rows[rows.length - 1]!.rank > around[0]!.rank;
    const [first, second] = aroundFirst ? [around, rows] : [rows, around];
    return [...first.map(row), { kind: 'gap' }, ...second.map(row)];
  }
  // Touching or overlapping: one run of the listing, so merging by rank restores its order (a tie
  // only swaps rows of equal rank).
  const lines: LeaderboardLine<R>[] = [];
  let i = 0;
  let j = 0;
  while (i < rows.length || j < around.length) {
    const takeRow = j >= around.length || (i < rows.length && rows[i]!.rank <= around[j]!.rank);
    lines.push(row(takeRow ? rows[i++]! : around[j++]!));
  }
  return lines;
}
