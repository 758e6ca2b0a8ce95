import { expect } from '@open-wc/testing';
import { parseNumber } from './numeric-question.js';

describe('parseNumber', () => {
  it('reads numbers as sellers type them, decimal comma and spaces included', () => {
    expect(parseNumber('12')).to.equal(12);
    expect(parseNumber(' -3.5 ')).to.equal(-3.5);
    expect(parseNumber('12,5')).to.equal(12.5);
    expect(parseNumber('1 200')).to.equal(1200);
    expect(parseNumber('1\u202f200,75')).to.equal(1200.75);
  });

  it('refuses what is not a number', () => {
    for (const raw of ['', 'twelve', '1e3', '1,2,3', '--1', '12 months'])
      expect(parseNumber(raw), raw).to.equal(undefined);
  });
});
