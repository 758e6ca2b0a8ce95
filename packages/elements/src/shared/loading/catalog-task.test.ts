import { expect, fixture, html } from '@open-wc/testing';
import type { Catalog, MindshareApi } from '@mindshare/core';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { CatalogTask } from './catalog-task.js';

class CatalogHost extends LitElement {
  @property({ attribute: false }) api: MindshareApi | undefined;
  readonly catalog = new CatalogTask(this, () => this.api);
}
customElements.define('mind-test-catalog-task', CatalogHost);

/** An API whose `catalog()` the test answers by hand; only `catalog` is there. */
function api(topic: string) {
  let answer: (() => void) | undefined;
  let calls = 0;
  const catalog: Catalog = { topics: [{ id: topic, name: { en: topic } }], resources: [] } as unknown as Catalog;
  const fake = {
    catalog: () => {
      calls++;
      return new Promise<Catalog>((resolve) => (answer = () => resolve(catalog)));
    },
  } as unknown as MindshareApi;
  return { fake, catalog, calls: () => calls, answer: () => answer!() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('CatalogTask', () => {
  it('reads the catalogue once per API and never shows a swapped API’s late answer', async () => {
    const first = api('first');
    const second = api('second');
    const host = await fixture<CatalogHost>(html`<mind-test-catalog-task .api=${first.fake}></mind-test-catalog-task>`);
    expect(first.calls()).to.equal(1);

    host.api = second.fake;
    await host.updateComplete;
    second.answer();
    await settle();
    expect(host.catalog.value).to.equal(second.catalog);
    first.answer(); // the previous API answers last
    await settle();
    expect(host.catalog.value, 'the previous API’s answer replaced the current one').to.equal(second.catalog);

    host.requestUpdate();
    await host.updateComplete;
    expect(second.calls(), 'read again for the same API').to.equal(1);
    host.api = first.fake;
    await host.updateComplete;
    expect(host.catalog.value, 'the previous API’s catalogue shown while the new one loads').to.equal(undefined);
  });
});
