import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { registerTranslation } from '@shoelace-style/localize';
import { LitElement, render } from 'lit';
import type { ElementStrings, Terms, TermsLoader } from './element-strings.js';
import { MindLocalizeController, loadTranslation, registerStrings } from './localize.js';
import { defineElement } from '../base/define.js';
import { MindElement } from '../base/mind-element.js';

/**
 * A test element's catalogues: English, and a French loader (no other language) that counts its
 * calls and may fail.
 */
function testStrings<T extends Terms>(en: T, fr: T, failures = 0) {
  const calls = { fr: 0 };
  const load: TermsLoader<T> = () => {
    calls.fr++;
    return calls.fr <= failures ? Promise.reject(new Error('offline')) : Promise.resolve({ default: fr });
  };
  const strings: ElementStrings<T> = { en, translations: { fr: load } };
  return { strings, calls };
}

const alpha = testStrings({ mindTestAlphaTitle: 'Alpha' }, { mindTestAlphaTitle: 'Alpha en français' });
const beta = testStrings({ mindTestBetaTitle: 'Beta' }, { mindTestBetaTitle: 'Bêta' });
const gamma = testStrings({ mindTestGammaTitle: 'Gamma' }, { mindTestGammaTitle: 'Gamma en français' }, 1);
const delta = testStrings(
  { mindTestDeltaTitle: 'Delta', mindTestDeltaNote: 'Note' },
  {
    mindTestDeltaTitle: 'Delta en français',
    mindTestDeltaNote: 'Remarque',
  },
);
type TestTerms = typeof alpha.strings.en & typeof beta.strings.en & typeof gamma.strings.en & typeof delta.strings.en;

/** An element with its own strings, the way every Mindshare element declares them. */
function stringsElement(tag: string, strings: ElementStrings) {
  const key = Object.keys(strings.en)[0] as `mind${string}`;
  class StringsElement extends LitElement {
    static strings = strings;
    readonly localize = new MindLocalizeController<Terms>(this);
    override render() {
      return html`<p>${this.localize.term(key)}</p>`;
    }
  }
  defineElement(tag, StringsElement);
}

// Defining the classes (what importing an element's module does) registers nothing.
stringsElement('mind-test-alpha', alpha.strings);
stringsElement('mind-test-beta', beta.strings);
stringsElement('mind-test-gamma', gamma.strings);
stringsElement('mind-test-delta', delta.strings);

class LocalizeProbe extends LitElement {
  readonly localize = new MindLocalizeController<TestTerms>(this);
  count = 2;
  override render() {
    return html`<p>${this.localize.term('mindLoading')} · ${this.localize.term('mindPoints', this.count)}</p>`;
  }
}
defineElement('mind-test-localize-probe', LocalizeProbe);

const text = (el: Element) => el.shadowRoot?.textContent?.trim() ?? '';

/** A probe that reads terms in `lang` (created, not rendered). */
async function probe(lang: string): Promise<LocalizeProbe> {
  return fixture<LocalizeProbe>(html`<mind-test-localize-probe lang=${lang}></mind-test-localize-probe>`);
}

// First in the file: these need a page where no French was asked for yet.
describe('element strings', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('registers an element class’s strings when its first instance is constructed, not when it is defined', async () => {
    const en = await probe('en');
    expect(en.localize.term('mindTestAlphaTitle'), 'registered by defining the class').to.equal('mindTestAlphaTitle');
    document.createElement('mind-test-alpha');
    expect(en.localize.term('mindTestAlphaTitle')).to.equal('Alpha');
    expect(en.localize.term('mindTestBetaTitle'), 'another class registered too').to.equal('mindTestBetaTitle');
  });

  it('loads an element’s French only when it is shown in French, once per class', async () => {
    const english = await fixture(html`<mind-test-alpha lang="en"></mind-test-alpha>`);
    expect(text(english)).to.equal('Alpha');
    expect(alpha.calls.fr, 'French loaded for an English element').to.equal(0);

    const wrapper = await fixture(
      html`<section lang="fr"><mind-test-alpha></mind-test-alpha><mind-test-alpha></mind-test-alpha></section>`,
    );
    const [first, second] = [...wrapper.querySelectorAll('mind-test-alpha')];
    await waitUntil(() => text(first!) === 'Alpha en français', 'the element’s French never arrived');
    await waitUntil(() => text(second!) === 'Alpha en français');
    expect(text(english), 'the English element changed language').to.equal('Alpha');
    expect(alpha.calls.fr, 'the French catalogue loaded again for a second instance').to.equal(1);
    expect(beta.calls.fr, 'an element never shown loaded its French').to.equal(0);

    registerStrings(alpha.strings);
    await loadTranslation('fr');
    expect(alpha.calls.fr, 'registering again loaded again').to.equal(1);
  });

  it('loads the French of an element class that registers after French was asked for', async () => {
    await loadTranslation('fr');
    document.createElement('mind-test-beta'); // Constructed, not shown: nothing asks for its language.
    expect(beta.calls.fr).to.equal(1);
    await loadTranslation('fr');
    expect((await probe('fr')).localize.term('mindTestBetaTitle')).to.equal('Bêta');
  });

  it('shows English with a warning when a download fails, and tries again on the next request', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture(html`<mind-test-gamma lang="fr"></mind-test-gamma>`);
      await waitUntil(() => warnings.length > 0, 'no warning for the failed download');
      expect(String(warnings[0]![0])).to.contain('could not load the "fr" UI strings');
      expect(text(el)).to.equal('Gamma');
      await loadTranslation('fr');
      expect(gamma.calls.fr).to.equal(2);
      await waitUntil(() => text(el) === 'Gamma en français', 'the retried French never arrived');
    } finally {
      console.warn = warn;
    }
  });

  it('keeps the terms a page registered, even before the element’s own catalogue arrives', async () => {
    registerTranslation(
      { $code: 'en', $name: 'English', $dir: 'ltr', mindTestDeltaNote: 'Page note' } as never,
      { $code: 'fr', $name: 'Français', $dir: 'ltr', mindTestDeltaTitle: 'Titre de la page' } as never,
    );
    const el = await fixture(html`<mind-test-delta lang="fr"></mind-test-delta>`);
    await waitUntil(() => delta.calls.fr === 1);
    await loadTranslation('fr');
    expect(text(el)).to.equal('Titre de la page');
    expect((await probe('fr')).localize.term('mindTestDeltaNote')).to.equal('Remarque');
    expect((await probe('en')).localize.term('mindTestDeltaNote')).to.equal('Page note');
  });
});

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

describe('element strings over a network', () => {
  it('renders an element first in its page’s language, never English then French', async () => {
    await loadTranslation('fr'); // A French page that asked for its strings before this element's code arrived.
    let arrive: () => void = () => undefined;
    const slow: ElementStrings<{ mindTestSlowTitle: string }> = {
      en: { mindTestSlowTitle: 'Slow' },
      translations: {
        fr: () =>
          new Promise((resolve) => {
            arrive = () => resolve({ default: { mindTestSlowTitle: 'Lent' } });
          }),
      },
    };
    const painted: string[] = [];
    class SlowStrings extends MindElement<typeof slow.en> {
      static override strings = slow;
      override render() {
        painted.push(this.localize.term('mindTestSlowTitle'));
        return html`<p>${painted.at(-1)}</p>`;
      }
    }
    defineElement('mind-test-slow-strings', SlowStrings);
    const wrapper = await fixture(html`<section lang="fr"></section>`);
    const el = document.createElement('mind-test-slow-strings');
    wrapper.append(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(painted, 'painted before its French arrived').to.deep.equal([]);
    arrive();
    await waitUntil(() => painted.length > 0, 'never painted');
    expect(painted[0]).to.equal('Lent');
  });

  it('does not download a failing catalogue again and again: only on later renders', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const broken = testStrings({ mindTestBrokenTitle: 'Broken' }, { mindTestBrokenTitle: 'Cassé' }, Infinity);
      stringsElement('mind-test-broken-strings', broken.strings);
      const el = await fixture<LitElement>(html`<mind-test-broken-strings lang="fr"></mind-test-broken-strings>`);
      await waitUntil(() => broken.calls.fr > 0);
      // A later render (anything on the page changing) asks again, once.
      el.requestUpdate();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(broken.calls.fr, 'downloads of a failing catalogue without anything else happening').to.be.at.most(3);
      expect(text(el)).to.equal('Broken');
    } finally {
      console.warn = warn;
    }
  });
});
