import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { defineElement } from '../base/define.js';
import { MindLocalizeController } from '../i18n/localize.js';
import { segmentedSwitch } from './segmented-switch.js';
import { switcherStyles } from './switcher.styles.js';

type Level = 'tiers' | 'partners' | 'sellers';

/** An element showing one segmented switch, the way the leaderboard and the mastery map do. */
class SwitchProbe extends LitElement {
  static override styles = switcherStyles;
  static override properties = { selected: { attribute: false } };
  readonly localize = new MindLocalizeController(this);
  options: readonly Level[] = ['tiers', 'partners', 'sellers'];
  selected: Level = 'tiers';
  /** Every option `select` was called with, in order. */
  readonly selections: Level[] = [];

  override render() {
    return segmentedSwitch({
      part: 'level',
      label: 'Show',
      options: this.options,
      selected: this.selected,
      name: (level) => `By ${level}`,
      rtl: this.localize.dir() === 'rtl',
      select: (level) => {
        this.selections.push(level);
        this.selected = level;
        return this.updateComplete;
      },
    });
  }
}
defineElement('mind-test-switch-probe', SwitchProbe);

const radios = (el: SwitchProbe) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')];
const checked = (el: SwitchProbe) => radios(el).map((radio) => radio.getAttribute('aria-checked'));
const tabStops = (el: SwitchProbe) => radios(el).filter((radio) => radio.tabIndex === 0);
const focused = (el: SwitchProbe) => el.shadowRoot!.activeElement?.textContent?.trim();

async function probe(selected: Level = 'tiers'): Promise<SwitchProbe> {
  return fixture<SwitchProbe>(html`<mind-test-switch-probe .selected=${selected}></mind-test-switch-probe>`);
}

/**
 * Presses each key in turn, and expects the option it names selected and focused after it (`why`
 * says what the step shows, when the key alone does not).
 */
async function expectKeys(el: SwitchProbe, steps: readonly (readonly [key: string, selected: string, why?: string])[]) {
  for (const [key, selected, why] of steps) {
    await sendKeys({ press: key });
    await el.updateComplete;
    expect(el.selected, why ?? key).to.equal(selected);
    expect(focused(el), why ?? key).to.equal(`By ${selected}`);
  }
}

describe('segmentedSwitch', () => {
  it('is an accessible radio group named by its label, one radio per option', async () => {
    const el = await probe('partners');
    await expect(el).to.be.accessible();
    const group = el.shadowRoot!.querySelector('[role="radiogroup"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Show');
    expect(group.getAttribute('part')).to.equal('level');
    expect(radios(el).map((radio) => radio.textContent!.trim())).to.deep.equal([
      'By tiers',
      'By partners',
      'By sellers',
    ]);
    expect(radios(el).map((radio) => radio.dataset['option'])).to.deep.equal(['tiers', 'partners', 'sellers']);
    expect(
      radios(el).every((radio) => radio.type === 'button'),
      'a radio would submit a form',
    ).to.equal(true);
    expect(checked(el)).to.deep.equal(['false', 'true', 'false']);
  });

  it('has exactly one tab stop, the checked option', async () => {
    const el = await probe('sellers');
    expect(tabStops(el)).to.deep.equal([radios(el)[2]]);
    el.selected = 'tiers';
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal([radios(el)[0]]);
  });

  it('keeps the first option reachable by Tab when the selected value is not among the options', async () => {
    const el = await probe('sellers');
    el.options = ['tiers', 'partners'];
    el.requestUpdate();
    await el.updateComplete;
    expect(checked(el)).to.deep.equal(['false', 'false']);
    expect(radios(el)[0]!.tabIndex).to.equal(0);
    await expect(el).to.be.accessible();
    radios(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.selected, 'the arrows start from the first option').to.equal('partners');
    expect(focused(el)).to.equal('By partners');
  });

  it('gives the only tab stop to the first option when the selected value is not among the options', async () => {
    const el = await probe('sellers');
    el.options = ['tiers', 'partners'];
    el.requestUpdate();
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal([radios(el)[0]]);
  });

  it('selects the option clicked', async () => {
    const el = await probe();
    radios(el)[2]!.click();
    await el.updateComplete;
    expect(el.selections).to.deep.equal(['sellers']);
    expect(checked(el)).to.deep.equal(['false', 'false', 'true']);
    expect(tabStops(el)).to.deep.equal([radios(el)[2]]);
  });

  it('selects with the arrows (wrapping), Home and End, moving focus along', async () => {
    const el = await probe();
    radios(el)[0]!.focus();
    await expectKeys(el, [
      ['ArrowRight', 'partners'],
      ['ArrowDown', 'sellers'],
      ['ArrowRight', 'tiers', 'ArrowRight on the last option wraps to the first'],
      ['ArrowUp', 'sellers', 'ArrowUp on the first option wraps to the last'],
      ['Home', 'tiers'],
      ['End', 'sellers'],
      ['ArrowLeft', 'partners'],
    ]);
    expect(checked(el)).to.deep.equal(['false', 'true', 'false']);
    expect(el.selections).to.deep.equal(['partners', 'sellers', 'tiers', 'sellers', 'tiers', 'sellers', 'partners']);
  });

  it('leaves other keys alone: Tab leaves the group, letters select nothing', async () => {
    const el = await probe();
    const after = document.createElement('button');
    after.textContent = 'After';
    el.after(after);
    radios(el)[0]!.focus();
    await sendKeys({ press: 'a' });
    await sendKeys({ press: 'Tab' });
    expect(el.selections).to.deep.equal([]);
    expect(document.activeElement, 'Tab did not leave the group in one step').to.equal(after);
    after.remove();
  });

  it('swaps the left and right arrows under dir="rtl"', async () => {
    const wrapper = await fixture(html`<div dir="rtl"><mind-test-switch-probe></mind-test-switch-probe></div>`);
    const el = wrapper.querySelector<SwitchProbe>('mind-test-switch-probe')!;
    await el.updateComplete;
    radios(el)[0]!.focus();
    await expectKeys(el, [
      ['ArrowLeft', 'partners', 'ArrowLeft goes forward right to left'],
      ['ArrowRight', 'tiers', 'ArrowRight goes back right to left'],
    ]);
  });
});
