/** The languages Mindshare's UI catalogues are written in (each catalogue names its own). */
export type CatalogueLanguage = 'en' | 'fr' | 'de' | 'es' | 'it';

/**
 * The number and plural helpers a catalogue's terms use, for its own language: every catalogue
 * formats counts alike, and each language keeps its plural rule (French says "0 point", English
 * "0 points").
 */
export function termFormats(lang: CatalogueLanguage) {
  const numbers = new Intl.NumberFormat(lang);
  const plurals = new Intl.PluralRules(lang);
  return {
    /** `1234` as `1,234` (English), `1 234` (French) or `1.234` (German). */
    number: (value: number): string => numbers.format(value),
    /** `one` where the language's plural rule says one, else `other`. */
    plural: (count: number, one: string, other: string): string => (plurals.select(count) === 'one' ? one : other),
  };
}
