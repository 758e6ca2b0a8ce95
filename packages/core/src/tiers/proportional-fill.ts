import { compareIds } from './tier-partner.js';

/** Something that receives a share in proportion to `weight`, never more than `capacity`. */
export interface FillItem {
  readonly key: string;
  /** Positive. */
  readonly weight: number;
  /** At least 0; `Infinity` for no cap. */
  readonly capacity: number;
}

/**
 * Splits `amount` in proportion to the weights, capping each item at its capacity and handing what
 * a cap cuts off to the others, again by weight ("water filling"): every uncapped item gets the same
 * amount per unit of weight, and no capped item would get more without its cap. Real numbers;
 * rounding to minor units is `largestRemainder`'s job. `amount` must not exceed the total capacity.
 */
export function proportionalFill(amount: number, items: readonly FillItem[]): Map<string, number> {
  // Items that saturate first are those with the least capacity per unit of weight. Compared by
  // cross-multiplying, because with tiny weights both quotients overflow to Infinity and would tie.
  const order = [...items].sort((a, b) => {
    const left = a.capacity * b.weight;
    const right = b.capacity * a.weight;
    return left < right ? -1 : left > right ? 1 : compareIds(a.key, b.key);
  });
  // Weights left from each position on, summed from the end rather than by running subtraction, so
  // no drift leaves a phantom weight behind the last saturated item.
  const weightFrom: number[] = new Array<number>(order.length + 1).fill(0);
  for (let index = order.length - 1; index >= 0; index--)
    weightFrom[index] = (weightFrom[index + 1] ?? 0) + (order[index]?.weight ?? 0);
  const result = new Map<string, number>();
  let remaining = amount;
  let index = 0;
  // A share is amount × (weight / total weight), never (amount / total weight) × weight: with tiny
  // weights (5e-324 is a valid return) the latter overflows to Infinity.
  const shareOf = (item: FillItem, from: number) =>
    Math.max(0, remaining) * (item.weight / (weightFrom[from] ?? item.weight));
  for (; index < order.length; index++) {
    const item = order[index];
    if (item === undefined || item.capacity > shareOf(item, index)) break;
    result.set(item.key, item.capacity);
    remaining -= item.capacity;
  }
  const firstUnsaturated = index;
  for (const item of order.slice(firstUnsaturated))
    result.set(item.key, Math.min(item.capacity, shareOf(item, firstUnsaturated)));
  return result;
}
