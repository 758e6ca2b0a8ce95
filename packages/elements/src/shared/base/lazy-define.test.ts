import { expect, waitUntil } from '@open-wc/testing';
import { defineLazily, loadElement } from './lazy-define.js';

describe('defineLazily', () => {
  it('loads an element the first time its tag appears, once', async () => {
    let loads = 0;
    defineLazily('mind-test-lazy-later', async () => {
      loads++;
      customElements.define('mind-test-lazy-later', class extends HTMLElement {});
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loads).to.equal(0);
    const host = document.createElement('div');
    host.append(document.createElement('section'));
    host.firstElementChild!.append(document.createElement('mind-test-lazy-later'));
    document.body.append(host);
    await waitUntil(() => customElements.get('mind-test-lazy-later') !== undefined, 'never loaded');
    document.body.append(document.createElement('mind-test-lazy-later'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loads).to.equal(1);
    host.remove();
  });

  it('loads at once when the tag is already in the page', async () => {
    const element = document.createElement('mind-test-lazy-now');
    document.body.append(element);
    let loaded = false;
    defineLazily('mind-test-lazy-now', async () => {
      loaded = true;
    });
    await waitUntil(() => loaded, 'did not load an element already present');
    element.remove();
  });

  it('tries a failed load again the next time the tag is added', async () => {
    let attempts = 0;
    const quiet = console.error;
    console.error = () => {}; // the first, failing load reports itself
    try {
      defineLazily('mind-test-lazy-retry', async () => {
        attempts++;
        if (attempts === 1) throw new Error('offline');
        customElements.define('mind-test-lazy-retry', class extends HTMLElement {});
      });
      const first = document.createElement('mind-test-lazy-retry');
      document.body.append(first);
      await waitUntil(() => attempts === 1, 'never tried');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(customElements.get('mind-test-lazy-retry')).to.equal(undefined);
      const second = document.createElement('mind-test-lazy-retry');
      document.body.append(second);
      await waitUntil(() => customElements.get('mind-test-lazy-retry') !== undefined, 'never tried again');
      expect(attempts).to.equal(2);
      first.remove();
      second.remove();
    } finally {
      console.error = quiet;
    }
  });

  it('defines an element on demand for a tag inside a shadow root, which the watch cannot see', async () => {
    let loads = 0;
    defineLazily('mind-test-lazy-shadow', async () => {
      loads++;
      customElements.define('mind-test-lazy-shadow', class extends HTMLElement {});
    });
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(document.createElement('mind-test-lazy-shadow'));
    document.body.append(host);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(customElements.get('mind-test-lazy-shadow'), 'seen inside a shadow root').to.equal(undefined);
    await loadElement('mind-test-lazy-shadow');
    expect(customElements.get('mind-test-lazy-shadow')).not.to.equal(undefined);
    await loadElement('mind-test-lazy-shadow');
    expect(loads, 'loaded again').to.equal(1);
    host.remove();
  });

  it('resolves a second caller only once the load under way has defined the element', async () => {
    let finish: () => void = () => undefined;
    defineLazily('mind-test-lazy-twice', async () => {
      await new Promise<void>((resolve) => (finish = resolve));
      customElements.define('mind-test-lazy-twice', class extends HTMLElement {});
    });
    const first = loadElement('mind-test-lazy-twice');
    let secondDone = false;
    const second = loadElement('mind-test-lazy-twice').then(() => (secondDone = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(secondDone, 'resolved before the element was defined').to.equal(false);
    finish();
    await Promise.all([first, second]);
    expect(customElements.get('mind-test-lazy-twice')).not.to.equal(undefined);
  });
});
