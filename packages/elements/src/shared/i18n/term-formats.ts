import type { TermLanguage } from './languages.js';

/**
 * A word's forms by the plural category `Intl.PluralRules` gives a count: `other` always, the
 * others where the language has them (Arabic has all six: `zero`, `one`, `two`, `few`, `many`).
 */
export type PluralForms = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * The number and plural helpers a catalogue's terms use, for its own language: every catalogue
 * formats counts alike, and each language keeps its plural rule (French says "0 point", English
 * "0 points").
 */
export function termFormats(lang: TermLanguage) {
  const numbers = new Intl.NumberFormat(lang);
  const plurals = new Intl.PluralRules(lang);
  return {
    /** `1234` as `1,234` (English), `1 234` (French) or `1.234` (German), in the language's default digits. */
    // A term handed something else than a count (a host's own catalogue, a wrong call) shows it as
    // given rather than `NaN`.
    number: (value: number): string => (typeof value === 'number' ? numbers.format(value) : String(value)),
    /** `one` where the language's plural rule says one, else `other`. */
    plural: (count: number, one: string, other: string): string => (plurals.select(count) === 'one' ? one : other),
    /**
     * The form of `count`'s plural category, else `other`: for languages with more than two forms
     * (Arabic: one, two, 3–10, 11–99, 100 and up, zero).
     */
    pluralForms: (count: number, forms: PluralForms): string => forms[plurals.select(count)] ?? forms.other,
  };
}
