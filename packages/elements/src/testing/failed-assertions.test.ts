import { expect } from '@open-wc/testing';

// The setup every browser test page loads first (browser-test-setup.ts): a failed
// assertion about a DOM node must reach the runner, which cannot carry the node itself.

function failure(assertion: () => void): { actual?: unknown; expected?: unknown; message?: string } {
  try {
    assertion();
  } catch (error) {
    return error as { actual?: unknown; expected?: unknown; message?: string };
  }
  throw new Error('the assertion passed');
}

describe('failed assertions in browser tests', () => {
  it('carry a DOM element as its HTML, so the runner names the failing test', () => {
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Hello';
    const error = failure(() => expect(paragraph).to.equal(null));
    expect(error.actual).to.equal('<p>Hello</p>');
    expect(error.expected).to.equal(null);
    expect(error.message).to.contain('to equal null');
  });

  it('keep every other value as it is', () => {
    const error = failure(() => expect({ rank: 2 }).to.deep.equal({ rank: 3 }));
    expect(error.actual).to.deep.equal({ rank: 2 });
    expect(error.expected).to.deep.equal({ rank: 3 });
  });
});
