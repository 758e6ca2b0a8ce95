// Types of bench-report.mjs, for the TypeScript benchmarks of the packages.

/** One measured figure: the median of `n` samples and their range. */
export interface Figure {
  /** Stable dotted id, e.g. `leaderboard.ranking.1000000.update`. */
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly n: number;
  /** The goal the issue sets, met when `median <= goal.max`. */
  readonly goal?: { readonly max: number };
  readonly note?: string;
  /** Kept in the JSON, left out of printed tables (one row per lazy chunk, say). */
  readonly detail?: boolean;
}

export function summarize(samples: readonly number[]): { median: number; min: number; max: number; n: number };
export function figure(
  id: string,
  label: string,
  unit: string,
  samples: readonly number[],
  extra?: Partial<Pick<Figure, 'goal' | 'note'>> & { readonly detail?: boolean },
): Figure;
export function reportFigures(bench: string, figures: readonly Figure[], meta?: Record<string, unknown>): void;
export function formatNumber(value: number): string;
export function formatGoal(figure: Figure): string;
export function meetsGoal(figure: Figure): boolean | undefined;
export function printFigures(figures: readonly Figure[]): void;
