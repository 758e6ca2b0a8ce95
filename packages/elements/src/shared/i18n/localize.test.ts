import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, render } from 'lit';
import { MindLocalizeController, loadTranslation } from './localize.js';
import { defineElement } from '../base/define.js';

class LocalizeProbe extends LitElement {
  readonly localize = new MindLocalizeController(this);
  count = 2;
  override render() {
    return html`<p>${this.localize.term('mindLoading')} · ${this.localize.term('mindPoints', this.count)}</p>`;
  }
}
defineElement('mind-test-localize-probe', LocalizeProbe);

const text = (el: Element) => el.shadowRoot?.textContent?.trim() ?? '';

describe('MindLocalizeController', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('speaks English by default, with plurals', async () => {
    const el = await fixture<LocalizeProbe>(html`<mind-test-localize-probe></mind-test-localize-probe>`);
    expect(text(el)).to.equal('Loading… · 2 points');
    el.count = 1;
    el.requestUpdate();
    await el.updateComplete;
    expect(text(el)).to.equal('Loading… · 1 point');
  });

  it('loads French lazily for the nearest lang attribute, so one page can mix languages', async () => {
    const wrapper = await fixture(
      html`<div>
        <section lang="fr"><mind-test-localize-probe></mind-test-localize-probe></section>
        <section lang="en"><mind-test-localize-probe></mind-test-localize-probe></section>
      </div>`,
    );
    const [french, english] = [...wrapper.querySelectorAll('mind-test-localize-probe')];
    await waitUntil(() => text(french!).startsWith('Chargement'), 'French strings never arrived');
    expect(text(french!)).to.equal('Chargement… · 2 points');
    expect(text(english!)).to.equal('Loading… · 2 points');
  });

  it('follows a change of the lang attribute of a container around it', async () => {
    const wrapper = await fixture(
      html`<section lang="en"><mind-test-localize-probe></mind-test-localize-probe></section>`,
    );
    const el = wrapper.querySelector('mind-test-localize-probe')!;
    expect(text(el)).to.equal('Loading… · 2 points');
    await loadTranslation('fr');
    wrapper.setAttribute('lang', 'fr');
    await waitUntil(() => text(el).startsWith('Chargement'), 'did not follow the container to French');
  });

  it('follows a change of the document language', async () => {
    const el = await fixture<LocalizeProbe>(html`<mind-test-localize-probe></mind-test-localize-probe>`);
    await loadTranslation('fr');
    document.documentElement.lang = 'fr-CA';
    await waitUntil(() => text(el).startsWith('Chargement'), 'did not switch to French');
  });

  it('resolves its language once, not per string, until a lang or dir around it changes', async () => {
    const wrapper = await fixture(
      html`<section lang="en"><mind-test-localize-probe></mind-test-localize-probe></section>`,
    );
    const el = wrapper.querySelector<LocalizeProbe>('mind-test-localize-probe')!;
    let lookups = 0;
    const closest = el.closest.bind(el);
    el.closest = ((selectors: string) => {
      lookups++;
      return closest(selectors);
    }) as typeof el.closest;
    for (let i = 0; i < 1000; i++) el.localize.term('mindLoading');
    el.requestUpdate();
    await el.updateComplete;
    expect(text(el)).to.equal('Loading… · 2 points');
    expect(lookups, 'lang attributes read again while none changed').to.equal(0);

    await loadTranslation('fr');
    wrapper.setAttribute('lang', 'fr');
    wrapper.setAttribute('dir', 'rtl');
    // Seen at once, in the same task, not only once the watch reports the change.
    expect(el.localize.lang()).to.equal('fr');
    expect(el.localize.dir()).to.equal('rtl');
    await waitUntil(() => text(el).startsWith('Chargement'), 'did not follow the container to French');
    expect(lookups).to.be.above(0);
  });

  it('follows a change of the lang attribute of a container in the shadow root around it', async () => {
    const page = await fixture(html`<div></div>`);
    const shadow = page.attachShadow({ mode: 'open' });
    render(html`<section lang="en"><mind-test-localize-probe></mind-test-localize-probe></section>`, shadow);
    const el = shadow.querySelector<LocalizeProbe>('mind-test-localize-probe')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Loading… · 2 points');
    await loadTranslation('fr');
    shadow.querySelector('section')!.setAttribute('lang', 'fr');
    await waitUntil(() => text(el).startsWith('Chargement'), 'did not follow the container to French');
  });

  it('falls back to English for a language Mindshare does not ship', async () => {
    const el = await fixture<LocalizeProbe>(html`<mind-test-localize-probe lang="de"></mind-test-localize-probe>`);
    expect(text(el)).to.equal('Loading… · 2 points');
  });
});
