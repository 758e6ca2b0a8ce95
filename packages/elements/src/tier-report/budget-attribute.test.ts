import { expect, html } from '@open-wc/testing';
import type { DirectoryInput } from '@mindshare/core';
import { scenarioDirectory, scenarioWorld } from '@mindshare/core/testing';
import './tier-report.define.js';
import type { MindTierReport } from './tier-report.element.js';
import { parseTierWeights } from './budget-input.js';
import type { InsightDirectory } from '../shared/insight/insight-directory.js';
import { render, root, settled, text, textOf } from '../testing/harness.js';

const scenario = scenarioDirectory() as DirectoryInput;
const directory = scenario as unknown as InsightDirectory;
const manager = () => scenarioWorld().as('mgr-marc');

async function report(attributes: { budget: string; currency?: string; weights?: string; lang?: string }) {
  const el = await render<MindTierReport>(
    html`<mind-tier-report
      budget=${attributes.budget}
      currency=${attributes.currency ?? 'EUR'}
      tier-weights=${attributes.weights ?? ''}
      .api=${await manager()}
      .directory=${directory}
    ></mind-tier-report>`,
    { lang: attributes.lang ?? 'en' },
  );
  await settled(el);
  return el;
}

const amounts = (el: MindTierReport, selector: string) =>
  Object.fromEntries(
    [...root(el).querySelectorAll<HTMLElement>(`${selector} tbody tr`)].map((row) => [
      row.dataset['partner'] ?? textOf(row.querySelector('th, td')!),
      Number(row.querySelector('[data-amount]')!.getAttribute('data-amount')),
    ]),
  );

describe('<mind-tier-report> budget attribute', () => {
  it('takes the amount in major units of the currency, split by the tier weights given', async () => {
    const el = await report({ budget: '10000', weights: 'platinum:5 gold:3 silver:1' });
    await expect(el).to.be.accessible();
    expect(textOf(root(el).querySelector('tr.total td[data-amount]')!)).to.equal('€10,000.00');
    expect(Number(root(el).querySelector('tr.total td[data-amount]')!.getAttribute('data-amount'))).to.equal(1_000_000);
    const tiers = Object.values(amounts(el, '[part~="budget-tiers"]'));
    expect(tiers).to.deep.equal([555_556, 333_333, 111_111]);
  });

  it('without tier weights, follows each partner’s expected return', async () => {
    const el = await report({ budget: '1000000', currency: 'JPY' });
    expect(textOf(root(el).querySelector('tr.total td[data-amount]')!)).to.equal('¥1,000,000');
    const partners = amounts(el, '[part~="budget-partners"]');
    const revenue = Object.fromEntries(
      scenario.partners.map((partner) => [partner.id, partner.metrics['indirectRevenue'] ?? 0]),
    );
    const sum = Object.values(revenue).reduce((total, value) => total + value, 0);
    for (const [partnerId, amount] of Object.entries(partners)) {
      expect(amount, partnerId).to.be.closeTo((1_000_000 * revenue[partnerId]!) / sum, 1);
    }
  });

  it('names an amount it cannot read, in the page’s language', async () => {
    const el = await report({ budget: '250 000 €' });
    expect(text(el, '[role="alert"]')).to.contain('The budget “250 000 €” is not an amount in EUR');
    await expect(el).to.be.accessible();
    const french = await report({ budget: 'beaucoup', lang: 'fr' });
    expect(text(french, '[role="alert"]')).to.contain('Le budget « beaucoup » n’est pas un montant en EUR');
  });

  it('names a tier the weights leave out, and an amount too large to count', async () => {
    const el = await report({ budget: '10000', weights: 'platnum:4 gold:3 silver:1' });
    expect(text(el, '[role="alert"]')).to.contain(
      'The tier weights “platnum:4 gold:3 silver:1” give no weight to “platinum”, which has partners',
    );
    const huge = await report({ budget: '1e20' });
    expect(text(huge, '[role="alert"]')).to.contain('The budget “1e20” is not an amount in EUR');
  });

  it('reads tier weights written with spaces or commas, and `:` or `=`', () => {
    const weights = { platinum: 4, gold: 3, silver: 1.5 };
    expect(parseTierWeights('platinum:4 gold:3 silver:1.5')).to.deep.equal(weights);
    expect(parseTierWeights('platinum=4, gold = 3,silver:1.5')).to.deep.equal(weights);
    expect(parseTierWeights('  ')).to.equal(undefined);
  });

  it('names tier weights it cannot read', async () => {
    const el = await report({ budget: '10000', weights: 'platinum five' });
    expect(text(el, '[role="alert"]')).to.contain('The tier weights “platinum five” are not tiers with weights');
  });
});
