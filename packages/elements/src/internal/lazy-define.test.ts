import { expect, waitUntil } from '@open-wc/testing';
import { defineLazily } from './lazy-define.js';

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
});
