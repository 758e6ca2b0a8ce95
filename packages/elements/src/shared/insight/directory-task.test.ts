import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DirectoryListing, MindshareApi } from '@mindshare/core';
import { LitElement } from 'lit';
import { DirectoryTask } from './directory-task.js';
import type { InsightDirectory } from './insight-directory.js';

/** A manager's API whose directory lists one partner, answering when `answer` is called. */
function managerApi(name: string): { api: MindshareApi; answer: () => void; asked: () => number } {
  let answer = () => {};
  let asked = 0;
  const listing: DirectoryListing = { partners: [{ id: 'p-1', name, tierId: undefined }], sellers: [] };
  const directory = () => {
    asked++;
    return new Promise<DirectoryListing>((resolve) => (answer = () => resolve(listing)));
  };
  return {
    api: { viewer: { role: 'manager' }, directory } as unknown as MindshareApi,
    answer: () => answer(),
    asked: () => asked,
  };
}

class DirectoryHost extends LitElement {
  static override properties = { api: { attribute: false }, given: { attribute: false } };
  api: MindshareApi | undefined;
  given: InsightDirectory | undefined;
  readonly directory = new DirectoryTask(
    this,
    () => this.api,
    () => this.given,
  );
}
customElements.define('mind-test-directory-host', DirectoryHost);

const partnerName = (host: DirectoryHost) => host.directory.value?.partners?.[0]?.name;

describe('DirectoryTask', () => {
  it("reads the API's directory, and never shows a previous API's while the next one loads", async () => {
    const first = managerApi('Acme');
    const host = await fixture<DirectoryHost>(
      html`<mind-test-directory-host .api=${first.api}></mind-test-directory-host>`,
    );
    expect(partnerName(host)).to.equal(undefined);
    first.answer();
    await waitUntil(() => partnerName(host) === 'Acme', 'the first API names its partner');
    const second = managerApi('Globex');
    host.api = second.api;
    await host.updateComplete;
    expect(partnerName(host)).to.equal(undefined);
    second.answer();
    await waitUntil(() => partnerName(host) === 'Globex', 'the second API names its partner');
  });

  it('ignores the late answer of an API the page has already replaced', async () => {
    const first = managerApi('Acme');
    const host = await fixture<DirectoryHost>(
      html`<mind-test-directory-host .api=${first.api}></mind-test-directory-host>`,
    );
    const second = managerApi('Globex');
    host.api = second.api;
    await host.updateComplete;
    first.answer();
    // The first API's answer settles in microtasks: past one macrotask and an update, it would show.
    await new Promise((resolve) => setTimeout(resolve));
    await host.updateComplete;
    expect(partnerName(host)).to.equal(undefined);
    second.answer();
    await waitUntil(() => partnerName(host) === 'Globex', 'the second API names its partner');
    first.answer();
    await new Promise((resolve) => setTimeout(resolve));
    await host.updateComplete;
    expect(partnerName(host)).to.equal('Globex');
  });

  it("prefers the page's directory to the API's, and does not ask the API for one meanwhile", async () => {
    const { api, answer, asked } = managerApi('Acme');
    const given: InsightDirectory = { partners: [{ id: 'p-1', name: 'Given' }] };
    const host = await fixture<DirectoryHost>(
      html`<mind-test-directory-host .api=${api} .given=${given}></mind-test-directory-host>`,
    );
    expect(partnerName(host)).to.equal('Given');
    answer();
    // The API's answer settles in microtasks: past one macrotask and the update it asked for, it is in.
    await new Promise((resolve) => setTimeout(resolve));
    await host.updateComplete;
    expect(partnerName(host)).to.equal('Given');
    expect(asked(), 'the API was not asked').to.equal(0);
    // Once the page takes its directory back, the API's is read.
    host.given = undefined;
    await host.updateComplete;
    expect(asked()).to.equal(1);
    answer();
    await waitUntil(() => partnerName(host) === 'Acme', "the API's directory once the page gives none");
  });
});
