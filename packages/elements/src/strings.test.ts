import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import './leaderboard/leaderboard.define.js';
import './mastery-map/mastery-map.define.js';
import './nugget-feed/nugget-feed.define.js';
import './pitch-gallery/pitch-gallery.define.js';
import './pitch-recorder/pitch-recorder.define.js';
import './pitch-review/pitch-review.define.js';
import './provider/provider.define.js';
import './quiz/quiz.define.js';
import './tier-report/tier-report.define.js';
import './responses/responses.define.js';
import { defineElement } from './shared/base/define.js';
import type { ElementStrings, Terms } from './shared/i18n/element-strings.js';
import { MindLocalizeController, shared } from './shared/i18n/localize.js';
import { termFormats } from './shared/i18n/term-formats.js';

const TAGS = [
  'mind-provider',
  'mind-quiz',
  'mind-leaderboard',
  'mind-nugget-feed',
  'mind-pitch-recorder',
  'mind-pitch-review',
  'mind-pitch-gallery',
  'mind-mastery-map',
  'mind-tier-report',
  'mind-responses',
] as const;

class TermsProbe extends LitElement {
  readonly localize = new MindLocalizeController<Terms>(this);
}
defineElement('mind-test-terms-probe', TermsProbe);

const keysOf = (tag: string) =>
  Object.keys((customElements.get(tag) as unknown as { strings: ElementStrings }).strings.en) as `mind${string}`[];

describe('every element’s UI strings', () => {
  it('are registered when the element’s first instance is constructed, not when its module is imported', async () => {
    const probe = await fixture<TermsProbe>(html`<mind-test-terms-probe lang="en"></mind-test-terms-probe>`);
    const known = (tag: string) => keysOf(tag).filter((key) => probe.localize.exists(key, { lang: 'en' }));
    for (const tag of TAGS) {
      expect(keysOf(tag).length, `<${tag}> declares no strings`).to.be.above(0);
      expect(known(tag), `<${tag}> registered terms at import`).to.deep.equal([]);
    }
    for (const [index, tag] of TAGS.entries()) {
      document.createElement(tag);
      expect(known(tag), `<${tag}> did not register its English`).to.deep.equal(keysOf(tag));
      for (const later of TAGS.slice(index + 1)) {
        expect(known(later), `<${tag}> registered the terms of <${later}>`).to.deep.equal([]);
      }
    }
  });
});

/** Every catalogue: the shared one and each element's, with a name for failure messages. */
const catalogues = (): [string, ElementStrings][] => [
  ['shared', shared],
  ...TAGS.map((tag): [string, ElementStrings] => [
    `<${tag}>`,
    (customElements.get(tag) as unknown as { strings: ElementStrings }).strings,
  ]),
];

describe('every translated catalogue', () => {
  it('ships Portuguese and Arabic beside French, for the shared terms and every element', () => {
    for (const [name, strings] of catalogues()) {
      for (const language of ['fr', 'pt', 'ar']) {
        expect(strings.translations[language], `${name} has no ${language} loader`).to.be.a('function');
      }
    }
  });

  it('has every English key, no other, each a string where English has one and a function taking as many arguments', async () => {
    for (const [name, strings] of catalogues()) {
      for (const [language, loader] of Object.entries(strings.translations)) {
        const terms = (await loader!()).default as Record<string, unknown>;
        const where = `${name} in ${language}`;
        expect(Object.keys(terms).sort(), where).to.deep.equal(Object.keys(strings.en).sort());
        for (const [key, english] of Object.entries(strings.en)) {
          const term = terms[key];
          expect(typeof term, `${where}: ${key}`).to.equal(typeof english);
          if (typeof term === 'string') expect(term.trim(), `${where}: ${key} is empty`).not.to.equal('');
          if (typeof term === 'function' && typeof english === 'function') {
            expect(term.length, `${where}: ${key} takes other arguments`).to.equal(english.length);
            // Counts where English takes them: where English says something, so does the translation.
            for (const count of [0, 1, 2, 3, 11, 100]) {
              const args = Array(term.length).fill(count);
              if (typeof (english as (...a: unknown[]) => unknown)(...args) !== 'string') continue;
              const said = (term as (...a: unknown[]) => unknown)(...args);
              expect(said, `${where}: ${key}(${count})`).to.be.a('string').and.not.contain('undefined');
            }
          }
        }
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
