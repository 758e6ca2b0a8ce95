import { expect } from '@open-wc/testing';
import { radioIndexFor } from './roving-keys.js';

describe('radioIndexFor', () => {
  it('moves forward with ArrowRight and ArrowDown, back with ArrowLeft and ArrowUp', () => {
    expect(radioIndexFor('ArrowRight', 1, 4, false)).to.equal(2);
    expect(radioIndexFor('ArrowDown', 1, 4, false)).to.equal(2);
    expect(radioIndexFor('ArrowLeft', 1, 4, false)).to.equal(0);
    expect(radioIndexFor('ArrowUp', 1, 4, false)).to.equal(0);
  });

  it('wraps around at both ends', () => {
    expect(radioIndexFor('ArrowRight', 3, 4, false)).to.equal(0);
    expect(radioIndexFor('ArrowDown', 3, 4, false)).to.equal(0);
    expect(radioIndexFor('ArrowLeft', 0, 4, false)).to.equal(3);
    expect(radioIndexFor('ArrowUp', 0, 4, false)).to.equal(3);
  });

  it('jumps to the first option with Home and the last with End', () => {
    expect(radioIndexFor('Home', 2, 4, false)).to.equal(0);
    expect(radioIndexFor('End', 1, 4, false)).to.equal(3);
    expect(radioIndexFor('Home', 2, 4, true)).to.equal(0);
    expect(radioIndexFor('End', 1, 4, true)).to.equal(3);
  });

  it('swaps left and right under right-to-left, where the previous option is on the right', () => {
    expect(radioIndexFor('ArrowLeft', 1, 4, true)).to.equal(2);
    expect(radioIndexFor('ArrowRight', 1, 4, true)).to.equal(0);
    expect(radioIndexFor('ArrowLeft', 3, 4, true)).to.equal(0);
    expect(radioIndexFor('ArrowRight', 0, 4, true)).to.equal(3);
    // Up and down do not depend on the reading direction.
    expect(radioIndexFor('ArrowDown', 1, 4, true)).to.equal(2);
    expect(radioIndexFor('ArrowUp', 1, 4, true)).to.equal(0);
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
