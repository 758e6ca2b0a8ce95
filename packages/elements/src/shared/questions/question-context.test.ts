import { expect } from '@open-wc/testing';
import { isComplete } from './question-context.js';

describe('isComplete', () => {
  it('holds nothing to submit before the seller picks anything', () => {
    expect(isComplete(undefined)).to.equal(false);
  });

  it('takes a single choice, a true-false answer (false included) and an order as they are', () => {
    expect(isComplete({ kind: 'single', choiceId: 'a' })).to.equal(true);
    expect(isComplete({ kind: 'true-false', value: false })).to.equal(true);
    expect(isComplete({ kind: 'true-false', value: true })).to.equal(true);
    expect(isComplete({ kind: 'ordering', itemIds: ['b', 'a'] })).to.equal(true);
  });

  it('needs at least one choice of a multiple-choice question', () => {
    expect(isComplete({ kind: 'multiple', choiceIds: [] })).to.equal(false);
    expect(isComplete({ kind: 'multiple', choiceIds: ['a'] })).to.equal(true);
  });

  it('needs a finite number for a numeric question, zero included', () => {
    expect(isComplete({ kind: 'numeric', value: 0 })).to.equal(true);
    expect(isComplete({ kind: 'numeric', value: -2.5 })).to.equal(true);
    expect(isComplete({ kind: 'numeric', value: Number.NaN })).to.equal(false);
    expect(isComplete({ kind: 'numeric', value: Number.POSITIVE_INFINITY })).to.equal(false);
  });
});
