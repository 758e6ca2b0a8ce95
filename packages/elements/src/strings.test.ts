import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from './shared/base/define.js';
import { ELEMENT_TAGS, stringsOf } from './testing/every-element.js';
import type { ElementStrings, Terms } from './shared/i18n/element-strings.js';
import sharedEn from './shared/i18n/strings/en.js';
import { TRANSLATED_LANGUAGES } from './shared/i18n/languages.js';
import { loadTranslation, MindLocalizeController, shared } from './shared/i18n/localize.js';
import { termFormats } from './shared/i18n/term-formats.js';

class TermsProbe extends LitElement {
  readonly localize = new MindLocalizeController<Terms>(this);
}
defineElement('mind-test-terms-probe', TermsProbe);

const keysOf = (tag: string) => Object.keys(stringsOf(tag).en) as `mind${string}`[];

describe('every element’s UI strings', () => {
  it('are registered when the element’s first instance is constructed, not when its module is imported', async () => {
    const probe = await fixture<TermsProbe>(html`<mind-test-terms-probe lang="en"></mind-test-terms-probe>`);
    const known = (tag: string) => keysOf(tag).filter((key) => probe.localize.exists(key, { lang: 'en' }));
    for (const tag of ELEMENT_TAGS) {
      expect(keysOf(tag).length, `<${tag}> declares no strings`).to.be.above(0);
      expect(known(tag), `<${tag}> registered terms at import`).to.deep.equal([]);
    }
    for (const [index, tag] of ELEMENT_TAGS.entries()) {
      document.createElement(tag);
      expect(known(tag), `<${tag}> did not register its English`).to.deep.equal(keysOf(tag));
      for (const later of ELEMENT_TAGS.slice(index + 1)) {
        expect(known(later), `<${tag}> registered the terms of <${later}>`).to.deep.equal([]);
      }
    }
  });
});

/** Every catalogue: the shared one and each element's, with a name for failure messages. */
const catalogues = (): [string, ElementStrings][] => [
  ['shared', shared],
  ...ELEMENT_TAGS.map((tag): [string, ElementStrings] => [`<${tag}>`, stringsOf(tag)]),
];

describe('every translated catalogue', () => {
  // The languages spelt out, not read from TRANSLATED_LANGUAGES: dropping one there fails here.
  it('ships German, Spanish, Italian, Portuguese and Arabic beside French, for the shared terms and every element', () => {
    for (const [name, strings] of catalogues()) {
      for (const language of ['fr', 'de', 'es', 'it', 'pt', 'ar']) {
        expect(strings.translations[language], `${name} has no ${language} loader`).to.be.a('function');
      }
    }
  });
});

describe('Arabic plurals', () => {
  it('take all six of Intl.PluralRules’ categories', async () => {
    const { pluralForms } = termFormats('ar');
    const forms = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };
    expect([0, 1, 2, 3, 11, 100, 103].map((count) => pluralForms(count, forms))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
      'few',
    ]);
    const points = (await shared.translations['ar']!()).default.mindPoints;
    const n = (value: number) => new Intl.NumberFormat('ar').format(value);
    expect([1, 2, 3, 11, 100].map((count) => points(count))).to.deep.equal([
      'نقطة واحدة',
      'نقطتان',
      `${n(3)} نقاط`,
      `${n(11)} نقطة`,
      `${n(100)} نقطة`,
    ]);
  });
});

/**
 * The languages Mindshare ships besides English: every element and the shared terms, in each (a
 * file missing from an element's `strings/` folder fails to load below).
 */
const LANGUAGES = [...TRANSLATED_LANGUAGES].sort();

type Term = (...args: unknown[]) => unknown;
/** Arguments a term is called with: counts other than one, counts of one, and names. */
const SAMPLES: readonly (readonly unknown[])[] = [
  [2, 3, 5, 7, 11],
  [3, 5, 7, 11, 13],
  [1, 1, 1, 1, 1],
  ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'],
];
/** What a term shows when it was given an argument of the wrong kind or read a missing one. */
const BROKEN = /undefined|NaN|null|\[object/;

/**
 * Checks that `translated`, the text of `key` in `lang` for `args`, says what the English term
 * does with them: text, not an error or a hole, and every argument the English shows.
 */
function expectLike(english: unknown, read: (...args: unknown[]) => string, key: string, lang: string): void {
  if (typeof english !== 'function') {
    expect(read().trim(), `${lang} ${key} is empty`).not.to.equal('');
    return;
  }
  for (const sample of SAMPLES) {
    const args = sample.slice(0, (english as Term).length);
    // Arabic says one and two by the noun's singular and dual forms ("نقطتان", two points), with no
    // digit and none of the other numbers: only counts from three on show them.
    if (lang === 'ar' && args.some((arg) => arg === 1 || arg === 2)) continue;
    let said: unknown;
    try {
      said = (english as Term)(...args);
    } catch {
      continue; // The English term takes other kinds of arguments: no comparison to make.
    }
    if (typeof said !== 'string' || BROKEN.test(said)) continue;
    const text = read(...args);
    const call = `${lang} ${key}(${args.join(', ')}) → "${text}"`;
    expect(text.trim(), `${call} is empty`).not.to.equal('');
    expect(BROKEN.test(text), `${call} shows a broken value`).to.equal(false);
    for (const arg of args.map(String)) {
      if (said.includes(arg)) expect(text, `${call} leaves out ${arg}, which the English shows`).to.include(arg);
    }
  }
}

describe('every UI catalogue besides English', () => {
  it('exists for every element in every language Mindshare ships', () => {
    for (const tag of ELEMENT_TAGS) {
      expect(Object.keys(stringsOf(tag).translations).sort(), `<${tag}>`).to.deep.equal(LANGUAGES);
    }
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: has every key of each element’s English, each term a function of the same arguments`, async () => {
      for (const tag of ELEMENT_TAGS) {
        const { en, translations } = stringsOf(tag);
        const { default: terms } = await translations[lang]!();
        expect(Object.keys(terms).sort(), `<${tag}> in ${lang}`).to.deep.equal(Object.keys(en).sort());
        for (const [key, english] of Object.entries(en)) {
          const term = (terms as Record<string, unknown>)[key];
          expect(typeof term, `<${tag}> ${lang} ${key}`).to.equal(typeof english);
          if (typeof english === 'function') {
            expect((term as Term).length, `<${tag}> ${lang} ${key} takes other arguments`).to.equal(
              (english as Term).length,
            );
          }
          expectLike(
            english,
            (...args) => (typeof term === 'function' ? String((term as Term)(...args)) : String(term)),
            key,
            lang,
          );
        }
      }
    });

    it(`${lang}: has every shared term, registered once the language is asked for`, async () => {
      await loadTranslation(lang);
      const probe = await fixture<TermsProbe>(html`<mind-test-terms-probe lang=${lang}></mind-test-terms-probe>`);
      const read = probe.localize.term.bind(probe.localize) as unknown as (key: string, ...args: unknown[]) => string;
      for (const [key, english] of Object.entries(sharedEn)) {
        expect(
          probe.localize.exists(key as `mind${string}`, { lang, includeFallback: false }),
          `${lang} ${key}`,
        ).to.equal(true);
        expectLike(english, (...args) => read(key, ...args), key, lang);
      }
    });
  }
});
