import { expect, fixture, html } from '@open-wc/testing';
import { columnHeads } from './data-table.js';

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
