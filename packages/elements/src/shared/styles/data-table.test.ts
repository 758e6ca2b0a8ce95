import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { columnHeads, dataTableView, type DataTableView } from './data-table.js';

describe('columnHeads', () => {
  it('heads each column in order, marking the columns of numbers', async () => {
    const table = await fixture<HTMLTableElement>(
      html`<table>
        ${columnHeads(['Tier', html`<span class="visually-hidden">Action</span>`, { number: 'Partners' }])}
      </table>`,
    );
    const heads = [...table.querySelectorAll('thead tr th')];
    expect(heads.map((th) => [th.textContent?.trim(), th.getAttribute('scope'), th.className])).to.deep.equal([
      ['Tier', 'col', ''],
      ['Action', 'col', ''],
      ['Partners', 'col', 'number'],
    ]);
    expect(heads[1]!.querySelector('span.visually-hidden')).not.to.equal(null);
  });
});

const words = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

const tiers: DataTableView = {
  part: 'table tiers',
  caption: 'Partners per tier',
  headings: ['Tier', { number: 'Partners' }],
  rows: [
    html`<tr>
      <th scope="row">Gold</th>
      <td class="number">3</td>
    </tr>`,
    html`<tr>
      <th scope="row">Silver</th>
      <td class="number">5</td>
    </tr>`,
  ],
};

/** Draws `table` in a `<div>`, as an element's view would. */
const draw = (table: DataTableView) => fixture<HTMLDivElement>(html`<div>${dataTableView(table)}</div>`);

describe('dataTableView', () => {
  it('draws the caption, the column headings and a body row per row, with no foot unless given', async () => {
    const el = await draw(tiers);
    await expect(el).to.be.accessible();
    const table = el.querySelector('table')!;
    expect(table.getAttribute('part')).to.equal('table tiers');
    expect(words(table.caption)).to.equal('Partners per tier');
    expect([...table.querySelectorAll('thead th')].map(words)).to.deep.equal(['Tier', 'Partners']);
    expect([...table.querySelectorAll('tbody tr')].map((row) => words(row))).to.deep.equal(['Gold 3', 'Silver 5']);
    expect(table.tFoot).to.equal(null);
    // Not wide: no scroll region, and the caption needs no id nor announces its changes.
    expect(el.querySelector('[role="region"]')).to.equal(null);
    expect(table.caption!.hasAttribute('id')).to.equal(false);
    expect(table.caption!.hasAttribute('aria-live')).to.equal(false);
  });

  it('puts the foot rows (one or several, some left out) in a tfoot', async () => {
    const total = html`<tr>
      <th scope="row">Total</th>
      <td class="number">8</td>
    </tr>`;
    const one = await draw({ ...tiers, foot: total });
    expect([...one.querySelectorAll('tfoot tr')].map((row) => words(row))).to.deep.equal(['Total 8']);
    const several = await draw({
      ...tiers,
      foot: [
        html`<tr class="left">
          <th scope="row">Left</th>
          <td class="number">0</td>
        </tr>`,
        nothing,
        total,
      ],
    });
    expect([...several.querySelectorAll('tfoot tr')].map((row) => words(row))).to.deep.equal(['Left 0', 'Total 8']);
  });

  it('scrolls a wide table in a region the keyboard reaches, named by its caption, which can announce its changes', async () => {
    const el = await draw({ ...tiers, scrollCaptionId: 'tiers-caption', liveCaption: true });
    await expect(el).to.be.accessible();
    const region = el.querySelector<HTMLElement>('[role="region"]')!;
    expect(region.classList.contains('scroll')).to.equal(true);
    expect(region.tabIndex).to.equal(0);
    expect(region.getAttribute('aria-labelledby')).to.equal('tiers-caption');
    const caption = region.querySelector('table > caption')!;
    expect(caption.id).to.equal('tiers-caption');
    expect(caption.getAttribute('aria-live')).to.equal('polite');
  });
});
