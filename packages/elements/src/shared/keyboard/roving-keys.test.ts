import { expect } from '@open-wc/testing';
import { radioIndexFor } from './roving-keys.js';

/** The arrows and the way each moves left to right: forward (+1) or back (-1). */
const ARROWS = [
  ['ArrowRight', 1],
  ['ArrowDown', 1],
  ['ArrowLeft', -1],
  ['ArrowUp', -1],
] as const;

describe('radioIndexFor', () => {
  it('moves forward with ArrowRight and ArrowDown, back with ArrowLeft and ArrowUp', () => {
    for (const [key, step] of ARROWS) expect(radioIndexFor(key, 1, 4, false), key).to.equal(1 + step);
  });

  it('wraps around at both ends', () => {
    for (const [key, step] of ARROWS)
      expect(radioIndexFor(key, step > 0 ? 3 : 0, 4, false), key).to.equal(step > 0 ? 0 : 3);
  });

  it('jumps to the first option with Home and the last with End', () => {
    for (const rtl of [false, true]) {
      expect(radioIndexFor('Home', 2, 4, rtl)).to.equal(0);
      expect(radioIndexFor('End', 1, 4, rtl)).to.equal(3);
    }
  });

  it('swaps left and right under right-to-left, where the previous option is on the right', () => {
    // Up and down do not depend on the reading direction.
    for (const [key, step] of ARROWS) {
      const rtlStep = key === 'ArrowLeft' || key === 'ArrowRight' ? -step : step;
      expect(radioIndexFor(key, 1, 4, true), key).to.equal(1 + rtlStep);
    }
    expect(radioIndexFor('ArrowLeft', 3, 4, true)).to.equal(0);
    expect(radioIndexFor('ArrowRight', 0, 4, true)).to.equal(3);
  });

  it('stays on the only option of a group of one', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'])
      expect(radioIndexFor(key, 0, 1, false), key).to.equal(0);
  });

  it('moves nowhere in an empty group', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'])
      expect(radioIndexFor(key, 0, 0, false), key).to.equal(undefined);
  });

  it('leaves every other key to the browser', () => {
    for (const key of ['Enter', ' ', 'Tab', 'a', 'PageDown', 'Escape', 'arrowright'])
      expect(radioIndexFor(key, 1, 4, false), key).to.equal(undefined);
  });
});
