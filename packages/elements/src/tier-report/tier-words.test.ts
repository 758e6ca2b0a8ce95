import { expect } from '@open-wc/testing';
import type { TierAssignment } from '@mindshare/core';
import type { MindLocalizeController } from '../shared/i18n/localize.js';
import { tierReportEn } from './strings/en.js';
import tierReportFr from './strings/fr.js';
import { tierWords } from './tier-words.js';

/** The terms of one catalogue, asked for as the element's controller would. */
const localizeWith = (terms: Record<string, unknown>) =>
  ({
    term: (key: string, ...args: unknown[]) => {
      const term = terms[key];
      return typeof term === 'function' ? (term as (...values: unknown[]) => string)(...args) : term;
    },
  }) as unknown as MindLocalizeController<typeof tierReportEn>;

const names: Record<string, string> = {
  platinum: 'Platinum',
  gold: 'Gold',
  indirectRevenue: 'revenue',
  deals: 'deals',
};
const name = (id: string) => names[id] ?? id;

/** A Gold partner that met two conditions and lacks two for Platinum. */
const gold: TierAssignment = {
  partnerId: 'p-beta',
  tierId: 'gold',
  reason: {
    kind: 'rule',
    tierId: 'gold',
    evidence: [
      { metric: 'indirectRevenue', op: '>=', needed: 300_000, actual: 600_000 },
      { metric: 'deals', op: '>=', needed: 10, actual: 12 },
    ],
  },
  next: {
    tierId: 'platinum',
    gaps: [
      {
        kind: 'short',
        metric: 'indirectRevenue',
        op: '>=',
        needed: 1_000_000,
        actual: 600_000,
        missing: 400_000,
        direction: 'increase',
      },
      { kind: 'short', metric: 'deals', op: '>=', needed: 20, actual: 12, missing: 8, direction: 'increase' },
    ],
  },
};

describe('tierWords', () => {
  // Each gap is a clause with its own comma and colon: the language joins them, French with a
  // narrow no-break space before its semicolon, so it never starts a line.
  it('joins the conditions met and the gaps as the language does, in English and French', () => {
    const en = tierWords(localizeWith(tierReportEn), 'en', name, name);
    expect(en.reason(gold)).to.equal('Gold: revenue 600K ≥ 300K, deals 12 ≥ 10');
    expect(en.next(gold)).to.equal('Platinum: revenue 600K, needs ≥ 1M: +400K; deals 12, needs ≥ 20: +8');

    const fr = tierWords(localizeWith(tierReportFr), 'fr', name, name);
    const nb = '\u00a0';
    expect(fr.reason(gold)).to.equal(`Gold${nb}: revenue 600${nb}k ≥ 300${nb}k et deals 12 ≥ 10`);
    expect(fr.next(gold)).to.equal(
      `Platinum${nb}: revenue 600${nb}k, il faut ≥ 1${nb}M${nb}: +400${nb}k\u202f; deals 12, il faut ≥ 20${nb}: +8`,
    );
  });
});
