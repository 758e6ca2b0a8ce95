import { expect, fixture, html } from '@open-wc/testing';
import { css, LitElement } from 'lit';
import { defineElement } from '../base/define.js';
import { tiles } from './box.js';

/** A list of tiles named the way an element names its own: a class for the list, a part per tile. */
class TilesProbe extends LitElement {
  static override styles = [
    tiles(css`.things`, css`[part='thing']`),
    css`
      :host {
        --_gap: 12px;
        --_radius: 4px;
        --_tile-bg: rgb(1, 2, 3);
      }
    `,
  ];
  override render() {
    return html`<ul class="things">
        <li part="thing">One</li>
        <li part="thing">Two</li>
      </ul>
      <p part="other">Not a tile</p>`;
  }
}
defineElement('mind-test-tiles', TilesProbe);

describe('tiles', () => {
  it('lays the list out as a grid of tiles without markers, each padded on the element’s tile background', async () => {
    const el = await fixture<TilesProbe>(html`<mind-test-tiles></mind-test-tiles>`);
    const list = getComputedStyle(el.shadowRoot!.querySelector('.things')!);
    expect([list.display, list.rowGap, list.listStyleType, list.paddingInlineStart]).to.deep.equal([
      'grid',
      '12px',
      'none',
      '0px',
    ]);
    const tile = getComputedStyle(el.shadowRoot!.querySelector('[part="thing"]')!);
    expect([tile.paddingTop, tile.borderTopLeftRadius, tile.backgroundColor]).to.deep.equal([
      '12px',
      '4px',
      'rgb(1, 2, 3)',
    ]);
    const other = getComputedStyle(el.shadowRoot!.querySelector('[part="other"]')!);
    expect(other.backgroundColor, 'styled what is not a tile').to.equal('rgba(0, 0, 0, 0)');
  });
});
