import { expect } from '@open-wc/testing';
import type { ElementStrings } from './shared/i18n/element-strings.js';
import { TRANSLATED_LANGUAGES } from './shared/i18n/languages.js';
import { shared } from './shared/i18n/localize.js';
import { ELEMENT_TAGS, stringsOf } from './testing/every-element.js';

// French typography as French software sets it (Imprimerie nationale): a narrow no-break space
// (U+202F) before ; ! ?, a no-break space (U+00A0) before : and inside « », and between a number
// and % or its unit. An ordinary space there lets the line break before the punctuation
// ("Migration" at the end of one line, ": 1 réponse" alone at the start of the next).

/** Every catalogue of `lang`: the shared one and each element's, named for failure messages. */
async function catalogues(lang: string): Promise<[string, Record<string, unknown>][]> {
  const named: [string, ElementStrings][] = [
    ['shared', shared],
    ...ELEMENT_TAGS.map((tag) => [`<${tag}>`, stringsOf(tag)] as [string, ElementStrings]),
  ];
  return Promise.all(
    named.map(
      async ([name, strings]) =>
        [name, lang === 'en' ? strings.en : (await strings.translations[lang]!()).default] as [
          string,
          Record<string, unknown>,
        ],
    ),
  );
}

type Term = (...args: unknown[]) => unknown;

/**
 * Values a term's arguments may take: counts (zero, one, several, large), shares and scores, names,
 * the words some terms switch on (scopes, entities, periods, levels, aggregates), badge rules and
 * lists. Wrong kinds are harmless: a call that throws or shows a broken value is skipped.
 */
const VALUES: readonly unknown[] = [
  0,
  1,
  2,
  0.5,
  80,
  1234,
  'Alpha',
  'partner',
  'team',
  'all',
  'week',
  'best',
  'best-k',
  'seller',
  'tier',
  'strong',
  true,
  false,
  { kind: 'streak' },
  { kind: 'month-read' },
  { kind: 'first-pitch' },
  { kind: 'challenge-top', rank: 3 },
  ['Alpha', 'Bravo'],
];
/** Fills for the arguments a call does not vary. */
const BASES: readonly unknown[] = [2, 1, 'Alpha'];
/** What a term shows when it was given an argument of the wrong kind. */
const BROKEN = /undefined|NaN|null|\[object/;

/** Every text a term says: a string as is; a function called with each argument varied over {@link VALUES}. */
function textsOf(term: unknown): string[] {
  if (typeof term === 'string') return [term];
  if (typeof term !== 'function') return [];
  const arity = (term as Term).length;
  const texts = new Set<string>();
  const call = (args: unknown[]) => {
    try {
      const said = (term as Term)(...args);
      if (typeof said === 'string' && !BROKEN.test(said)) texts.add(said);
    } catch {
      // An argument of the wrong kind for this term.
    }
  };
  for (const base of BASES) {
    call(Array.from({ length: arity }, () => base));
    for (let index = 0; index < arity; index++) {
      for (const value of VALUES) call(Array.from({ length: arity }, (_, at) => (at === index ? value : base)));
    }
  }
  return [...texts];
}

/** Where `text` breaks French typography: what is wrong, and the text around it. */
function faults(text: string): [string, string][] {
  const found: [string, string][] = [];
  const around = (index: number) => `“${text.slice(Math.max(0, index - 12), index + 12)}”`;
  const rules: [RegExp, string][] = [
    [/ (?=[:;!?%])/g, 'an ordinary space before punctuation or %'],
    [/« /g, 'an ordinary space after «'],
    [/ »/g, 'an ordinary space before »'],
    [/\u00a0(?=[;!?])/g, 'a wide no-break space before ; ! ? (the narrow one, U+202F, goes there)'],
    [/\u202f(?=:)/g, 'a narrow no-break space before : (the wide one, U+00A0, goes there)'],
  ];
  for (const [pattern, what] of rules) {
    for (const match of text.matchAll(pattern)) found.push([what, around(match.index)]);
  }
  return found;
}

describe('French typography', () => {
  it('finds the faults it is looking for, and none in text set the French way', () => {
    expect(faults('Migration : 1 réponse')).to.have.length(1);
    expect(faults('au moins 80 %')).to.have.length(1);
    expect(faults('« Alpha »')).to.have.length(2);
    expect(faults('réussi\u00a0; encore')).to.have.length(1);
    expect(faults('Migration\u00a0: 1 réponse\u202f; au moins 80\u00a0% «\u00a0Alpha\u00a0» ?')).to.have.length(1);
    expect(faults('Migration\u00a0: 1 réponse\u202f; au moins 80\u00a0% «\u00a0Alpha\u00a0»\u202f?')).to.deep.equal([]);
  });

  it('every French term, string or function, keeps its punctuation, % and « » on the line of the word before', async () => {
    // One line per term and fault, with the first text that shows it.
    const problems = new Map<string, string>();
    for (const [name, terms] of await catalogues('fr')) {
      for (const [key, term] of Object.entries(terms)) {
        const texts = textsOf(term);
        if (typeof term === 'function')
          expect(texts.length, `${name} ${key} said nothing for any sample`).to.be.above(0);
        for (const text of texts) {
          for (const [what, where] of faults(text)) {
            const at = `${name} ${key}: ${what}`;
            if (!problems.has(at)) problems.set(at, `${at} in ${where}`);
          }
        }
      }
    }
    expect([...problems.values()]).to.deep.equal([]);
  });
});

describe('Percent signs in every language', () => {
  // German, Spanish and French put a space before %: it must not break.
  it('a space before % is a no-break one, in every catalogue of every language', async () => {
    const problems = new Set<string>();
    for (const lang of ['en', ...TRANSLATED_LANGUAGES]) {
      for (const [name, terms] of await catalogues(lang)) {
        for (const [key, term] of Object.entries(terms)) {
          if (textsOf(term).some((text) => / %/.test(text))) problems.add(`${lang} ${name} ${key}`);
        }
      }
    }
    expect([...problems]).to.deep.equal([]);
  });
});
