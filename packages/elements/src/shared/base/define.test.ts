import { expect } from '@open-wc/testing';
import { defineElement } from './define.js';

describe('defineElement', () => {
  it('registers a tag once and tolerates a second registration of the same class', () => {
    class First extends HTMLElement {}
    defineElement('mind-test-define-once', First);
    expect(() => defineElement('mind-test-define-once', First)).not.to.throw();
    expect(customElements.get('mind-test-define-once')).to.equal(First);
  });

  it('keeps the class already registered by another copy of the library and warns', () => {
    class Original extends HTMLElement {}
    class Copy extends HTMLElement {}
    defineElement('mind-test-define-twice', Original);
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('mind-test-define-twice', Copy);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('mind-test-define-twice')).to.equal(Original);
    expect(warnings).to.have.length(1);
  });
});
