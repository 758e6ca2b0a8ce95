import { expect, html, waitUntil } from '@open-wc/testing';
import type { MindshareApi } from '@mindshare/core';
import './tier-report.define.js';
import type { MindTierReport, TierReportBudget } from './tier-report.element.js';
import type { InsightDirectory } from '../shared/insight/insight-directory.js';
import { renderOverStub } from '../testing/insight-stub.js';
import { expectFullDeviceThenRetry, withOutage } from '../testing/api-overrides.js';
import { expectAccessibleAlert, find, render, root, settled, textOf } from '../testing/harness.js';
import {
  certifiedPack,
  playSpringLaunch,
  renamedMetricScenario,
  scenarioDirectory,
  scenarioWorld,
} from '@mindshare/core/testing';
import { emulateMedia } from '../testing/media.js';

const directory = scenarioDirectory() as InsightDirectory;
const manager = () => scenarioWorld().as('mgr-marc');
const BUDGET: TierReportBudget = { total: 1_000_000, tierWeights: { platinum: 5, gold: 3, silver: 1 }, floor: 50_000 };

async function report(
  api: MindshareApi,
  options: { budget?: TierReportBudget; currency?: string; lang?: string } = {},
): Promise<MindTierReport> {
  const el = await render<MindTierReport>(
    html`<mind-tier-report
      currency=${options.currency ?? 'EUR'}
      .api=${api}
      .budget=${options.budget}
      .directory=${directory}
    ></mind-tier-report>`,
    { lang: options.lang ?? 'en' },
  );
  await settled(el);
  return el;
}

describe('<mind-tier-report>', () => {
  it('is accessible while loading, with data, empty, forbidden and failed', async () => {
    await expect(await renderOverStub('mind-tier-report', 'loading')).to.be.accessible();

    const data = await report(await manager(), { budget: BUDGET });
    root(data).querySelector('details')!.open = true;
    await expect(data).to.be.accessible();

    const staffOnly = { ...(scenarioDirectory() as { sellers: { role: string }[] }) };
    const noPartners = {
      partners: [],
      sellers: staffOnly.sellers.filter((seller) => seller.role !== 'seller'),
    };
    const empty = await report(await scenarioWorld({ directory: noPartners }).as('mgr-marc'));
    expect(textOf(root(empty).querySelector('.state')!)).to.contain('No partners yet');
    await expect(empty).to.be.accessible();

    const forbidden = await report(await scenarioWorld().as('s-emma'));
    expect(textOf(root(forbidden).querySelector('.state')!)).to.equal(
      'The tier report is for coaches and channel managers.',
    );
    expect(root(forbidden).querySelector('svg, table')).to.equal(null);
    await expect(forbidden).to.be.accessible();

    await expectAccessibleAlert(await renderOverStub('mind-tier-report', 'failed'));
  });

  it('says a full device is full, fires one mind-error for it, and loads on retry (issue 14, item 5)', async () => {
    const real = await manager();
    await expectFullDeviceThenRetry({
      render: (full) => report(withOutage(real, 'tierReport', full)),
      loaded: (el) => find(el, 'table'),
      what: 'the report',
    });
  });

  it('draws the concentration chart as a named SVG image with a data table that matches the API', async () => {
    const api = await manager();
    const el = await report(api);
    const { concentration } = await api.tierReport();
    const chart = root(el).querySelector('svg[part~="chart"]')!;
    expect(chart.getAttribute('role')).to.equal('img');
    const named = chart
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => textOf(root(el).getElementById(id)!));
    expect(named[0]).to.equal('Share of partners and share of indirect revenue per tier');
    expect(named[1]).to.contain('Platinum: 33.3% of partners, 75.3% of indirect revenue.');
    expect(chart.querySelectorAll('g.tier')).to.have.length(3);
    // Each bar says what it measures, so the two series are not told apart by colour alone.
    expect(
      [...chart.querySelectorAll('g.tier[data-tier="platinum"] text.value')].map((node) => textOf(node)),
    ).to.deep.equal(['33.3% of partners', '75.3% of indirect revenue']);
    const [partners, metric] = [...chart.querySelectorAll<SVGRectElement>('g.tier[data-tier="platinum"] rect')];
    expect(metric!.width.baseVal.value / partners!.width.baseVal.value).to.be.closeTo(0.7527 / 0.3333, 0.01);

    const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
    const number = new Intl.NumberFormat('en');
    const table = root(el).querySelector('details table')!;
    expect(root(el).querySelector('details summary')!.textContent).to.contain('Show the figures as a table');
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.getAttribute('data-tier'))).to.deep.equal(concentration.tiers.map((t) => t.tierId));
    rows.forEach((row, index) => {
      const tier = concentration.tiers[index]!;
      expect([...row.querySelectorAll('td')].map((node) => textOf(node))).to.deep.equal([
        number.format(tier.partnerCount),
        percent.format(tier.partnerShare),
        number.format(tier.metricSum),
        percent.format(tier.metricShare),
        percent.format(tier.cumulativePartnerShare),
        percent.format(tier.cumulativeMetricShare),
      ]);
    });
    expect(textOf(rows[0]!.querySelector('th')!)).to.equal('Platinum');
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect(textOf(table.querySelector('tfoot')!)).to.contain(number.format(concentration.metricTotal));
  });

  it("lists each partner's tier with its reason and what it lacks for the next tier", async () => {
    const api = await manager();
    const el = await report(api);
    const { reasons, nextTierGaps } = await api.tierReport();
    const rows = [...root(el).querySelectorAll('tr[part~="row"]')];
    expect(rows.map((row) => textOf(row.querySelector('th')!))).to.deep.equal([
      'Alpha Distribution',
      'Beta Solutions',
      'Gamma IT',
    ]);
    // The element words the structured reasons itself, in its own language; in English it says what
    // the API's one-line texts say, with the metric named in words.
    const worded = (line: string | null | undefined) => line?.replaceAll('indirectRevenue', 'indirect revenue');
    for (const row of rows) {
      const id = row.getAttribute('data-partner')!;
      expect(textOf(row.querySelector('.reason')!)).to.equal(worded(reasons[id]));
      expect(textOf(row.querySelector('.gap')!)).to.equal(worded(nextTierGaps[id]) ?? 'Top tier');
    }
    expect(rows.map((row) => [...row.querySelectorAll('td')].map((node) => textOf(node)))).to.deep.equal([
      ['Platinum', 'Platinum: indirect revenue 2.1M ≥ 1M', 'Top tier'],
      ['Gold', 'Gold: indirect revenue 600K ≥ 300K', 'Platinum: indirect revenue 600K, needs ≥ 1M: +400K'],
      ['Silver', 'Silver: default tier', 'Gold: indirect revenue 90K, needs ≥ 300K: +210K'],
    ]);
  });

  it('shows the budget split in the currency, minor units as major, summing to the total', async () => {
    const api = await manager();
    const el = await report(api, { budget: BUDGET });
    const budget = root(el).querySelector('[part="budget"]')!;
    const amounts = (selector: string) =>
      [...budget.querySelectorAll(`${selector} [data-amount]`)].map((cell) => Number(cell.getAttribute('data-amount')));
    const partners = amounts('[part~="budget-partners"] tbody');
    const unallocated = amounts('tfoot tr.unallocated');
    expect(partners).to.have.length(3);
    expect(partners.reduce((sum, amount) => sum + amount, 0) + (unallocated[0] ?? 0)).to.equal(BUDGET.total);
    expect(amounts('[part~="budget-tiers"] tbody').reduce((sum, amount) => sum + amount, 0)).to.equal(
      partners.reduce((sum, amount) => sum + amount, 0),
    );
    expect(textOf(budget.querySelector('tr.total td[data-amount]')!)).to.equal('€10,000.00');
    const { budget: split } = await api.tierReport({ budget: BUDGET });
    const gamma = budget.querySelector('[part~="budget-partners"] tr[data-partner="p-gamma"] td[data-amount]')!;
    expect(textOf(gamma)).to.equal(
      new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(
        split!.partners.find((p) => p.partnerId === 'p-gamma')!.amount / 100,
      ),
    );

    // A currency without minor units: the amounts are already whole yen.
    el.currency = 'JPY';
    await el.updateComplete;
    expect(textOf(budget.querySelector('tr.total td[data-amount]')!)).to.equal('¥1,000,000');

    // No budget, no budget section.
    el.budget = undefined;
    await waitUntil(() => root(el).querySelector('[part="budget"]') === null);
  });

  it('speaks French under lang="fr"', async () => {
    const el = await report(await manager(), { budget: BUDGET, lang: 'fr' });
    const title = () => textOf(root(el).querySelector('#chart-title')!);
    await waitUntil(() => title() === 'Part des partenaires et part du CA indirect par niveau', 'no French');
    expect(textOf(root(el).querySelector('#chart-desc')!)).to.contain('Platinium : 33,3');
    expect(textOf(root(el).querySelector('details summary')!)).to.equal('Afficher les chiffres sous forme de tableau');
    expect(textOf(root(el).querySelector('tr[data-partner="p-alpha"] .gap')!)).to.equal('Niveau le plus haut');
    expect(textOf(root(el).querySelector('tr[data-partner="p-gamma"] .reason')!)).to.equal(
      'Silver : niveau par défaut',
    );
    expect(textOf(root(el).querySelector('tr[data-partner="p-beta"] .gap')!)).to.equal(
      'Platinium : CA indirect 600 k, il faut ≥ 1 M : +400 k',
    );
    expect(textOf(root(el).querySelector('tr.total td[data-amount]')!)).to.equal('10 000,00 €');
    expect(textOf(root(el).querySelector('#budget-title')!)).to.equal('Répartition du budget');
  });

  it('says how many more certified sellers the next tier needs, in English and French, and follows an award', async () => {
    const world = scenarioWorld({ pack: certifiedPack() });
    const el = await report(await world.as('mgr-marc'));
    const alpha = () => root(el).querySelector('tr[data-partner="p-alpha"]')!;
    expect(textOf(alpha().querySelector('.gap')!)).to.equal(
      'Platinum: certified sellers 0, needs 1 more certified seller',
    );
    el.lang = 'fr';
    await waitUntil(() => textOf(alpha().querySelector('.gap')!).includes('il faut'), 'no French');
    expect(textOf(alpha().querySelector('.gap')!)).to.equal(
      'Platinium : vendeurs certifiés 0, il faut 1 vendeur certifié de plus',
    );
    await playSpringLaunch(await world.as('s-anna'), 3);
    await waitUntil(
      () => textOf(alpha().querySelector('.gap')!) === 'Niveau le plus haut',
      'the award did not move Alpha',
    );
    expect(textOf(alpha().querySelector('.reason')!)).to.contain('vendeurs certifiés 1 ≥ 1');
    await expect(el).to.be.accessible();
  });

  it('names metrics as the pack does, in the page’s language, and ranks on the policy’s metric by default', async () => {
    const renamed = renamedMetricScenario('caIndirect', { en: 'partner revenue', fr: 'chiffre d’affaires partenaire' });
    const api = await scenarioWorld(renamed).as('mgr-marc');
    const el = await report(api, { lang: 'fr' });
    const title = () => textOf(root(el).querySelector('#chart-title')!);
    await waitUntil(() => title().startsWith('Part des partenaires'), 'no French');
    expect(title()).to.equal('Part des partenaires et part du chiffre d’affaires partenaire par niveau');
    expect(textOf(root(el).querySelector('tr[data-partner="p-beta"] .gap')!)).to.contain(
      'chiffre d’affaires partenaire 600 k',
    );
    expect(root(el).textContent).not.to.contain('caIndirect');

    const wrong = await render<MindTierReport>(
      html`<mind-tier-report metric="indirectRevenue" .api=${api} .directory=${directory}></mind-tier-report>`,
    );
    await waitUntil(() => root(wrong).querySelector('[role="alert"]'), 'no error for a metric no partner has');
    expect(textOf(root(wrong).querySelector('[role="alert"]')!)).to.contain('“indirectRevenue”');
    await expect(wrong).to.be.accessible();
  });

  it('downloads the tiers and the budget split as CSV in the page’s language, amounts in major units', async () => {
    const el = await report(await manager(), { budget: BUDGET, lang: 'fr' });
    await waitUntil(() => textOf(root(el).querySelector('#budget-title')!) === 'Répartition du budget', 'no French');
    const files: { name: string; text: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const file = { name: this.download, text: '' };
      files.push(file);
      void fetch(this.href)
        .then((response) => response.text())
        .then((text) => (file.text = text));
    };
    try {
      const [tiers, budget] = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="export"]')];
      expect(tiers!.textContent!.trim()).to.equal('Télécharger les niveaux (CSV)');
      tiers!.click();
      budget!.click();
      await waitUntil(() => files.length === 2 && files.every((file) => file.text !== ''), 'no files');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(files.map((file) => file.name)).to.deep.equal(['tier-assignment.csv', 'budget-split.csv']);
    const [tierLines, budgetLines] = files.map((file) => file.text.split('\r\n'));
    expect(tierLines![0]).to.equal(
      'Partenaire,Identifiant partenaire,Niveau,Pourquoi ce niveau,Pour le niveau suivant',
    );
    // French numbers and colons take narrow no-break spaces: compared with plain ones.
    const beta = tierLines!.find((line) => line.includes(',p-beta,'))!.replace(/\s+/g, ' ');
    expect(beta).to.contain('"Platinium : CA indirect 600 k, il faut ≥ 1 M : +400 k"');
    expect(budgetLines![0]).to.equal('Partenaire,Identifiant partenaire,Niveau,Montant,Devise');
    const amounts = budgetLines!.slice(1, -1).map((line) => Number(line.split(',').at(-2)));
    expect(amounts.reduce((sum, amount) => sum + amount, 0)).to.be.closeTo(BUDGET.total / 100, 0.001);
    expect(budgetLines![1]).to.match(/,EUR$/);
  });

  it('passes axe in the dark scheme, chart and tables included', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await report(await manager(), { budget: BUDGET });
      root(el).querySelector('details')!.open = true;
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
