import { MindError } from '@mindshare/core';
import type { TierReportOptions } from '@mindshare/core';
import { minorPerMajor } from './money.js';

/** A budget to split, as `tierReport({ budget })` takes it: `total` and floors and caps in minor units. */
export type TierReportBudget = NonNullable<TierReportOptions['budget']>;

/**
 * The `budget` attribute's amount, in major units of `currency` ("250000" EUR is 25 000 000 cents):
 * what a portal author writes in HTML. A budget object (a property) is taken as it is, in minor units.
 * @throws MindError `MIND_INVALID_INPUT` at `['budget']` or `['tier-weights']`, naming the value.
 */
export function budgetOption(
  budget: TierReportBudget | string | number | undefined,
  currency: string,
  tierWeights: string | undefined,
): TierReportBudget | undefined {
  if (budget === undefined || budget === '') return undefined;
  if (typeof budget === 'object') return budget;
  const major = typeof budget === 'number' ? budget : Number(budget.trim());
  if (!Number.isFinite(major) || major < 0 || (typeof budget === 'string' && budget.trim() === '')) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `budget="${String(budget)}" is not an amount in ${currency}; write the major units, like 250000 or 1250.50.`,
      { path: ['budget'] },
    );
  }
  const total = Math.round(major * minorPerMajor(currency));
  const weights = parseTierWeights(tierWeights);
  return weights === undefined ? { total } : { total, tierWeights: weights };
}

const PAIR = /^([^\s:=,]+)\s*[:=]\s*(\d+(?:\.\d+)?)$/;

/** `"platinum:4 gold:3 silver:1"` (spaces or commas between pairs, `:` or `=` inside) to weights. */
export function parseTierWeights(value: string | undefined): Record<string, number> | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const weights: Record<string, number> = {};
  for (const pair of value.trim().split(/[\s,]+(?=[^\s:=,]+\s*[:=])/)) {
    const match = PAIR.exec(pair.trim().replace(/,$/, ''));
    if (!match) {
      throw new MindError(
        'MIND_INVALID_INPUT',
        `tier-weights="${value}": "${pair}" is not a tier and a weight; write them like platinum:4 gold:3 silver:1.`,
        { path: ['tier-weights'] },
      );
    }
    weights[match[1]!] = Number(match[2]);
  }
  return weights;
}
