import { compareIds } from './tier-partner.js';

/** A real share to round to whole minor units, at most `cap` (`Infinity` for none). */
export interface RoundingItem {
  readonly key: string;
  readonly value: number;
  readonly cap: number;
}

/**
 * Rounds real shares to integers that sum to exactly `target` (largest-remainder method): each
 * share is rounded down, then the units left go one by one to the largest fractional parts, ties to
 * the smaller key (UTF-16 order), so the result depends on nothing but the inputs. A share never
 * exceeds its cap nor goes below 0.
 *
 * The loops go round again instead of assuming one pass, because floating-point noise in the shares
 * can leave more (or fewer) units than items; the exact sum matters more than a perfect split of a
 * unit that noise created. The caller guarantees `target` ≤ the sum of caps.
 */
export function largestRemainder(target: number, items: readonly RoundingItem[]): Map<string, number> {
  const rows = items.map((item) => {
    // No share can exceed the whole; clamping also keeps a stray Infinity or NaN from looping below.
    const value = Number.isNaN(item.value) ? 0 : Math.max(0, Math.min(item.value, item.cap, target));
    const base = Math.floor(value);
    return { key: item.key, units: base, fraction: value - base, cap: item.cap };
  });
  let left = target - rows.reduce((sum, row) => sum + row.units, 0);
  const byFraction = [...rows].sort((a, b) => b.fraction - a.fraction || compareIds(a.key, b.key));
  while (left > 0) {
    let given = 0;
    for (const row of byFraction) {
      if (left === 0) break;
      if (row.units < row.cap) {
        row.units++;
        left--;
        given++;
      }
    }
    if (given === 0) throw new RangeError(`largestRemainder: ${left} units left and every share is at its cap`);
  }
  const reversed = [...byFraction].reverse();
  while (left < 0) {
    let taken = 0;
    for (const row of reversed) {
      if (left === 0) break;
      if (row.units > 0) {
        row.units--;
        left++;
        taken++;
      }
    }
    if (taken === 0) throw new RangeError('largestRemainder: the target is below 0');
  }
  return new Map(rows.map((row) => [row.key, row.units]));
}
