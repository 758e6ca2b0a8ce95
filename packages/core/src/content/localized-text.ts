/**
 * The languages to try, best first, for a viewer's locale: `fr-CA` → `fr-CA`, `fr`, then the
 * pack's default locale, then English. Duplicates are removed.
 */
export function localeChain(locale: string, defaultLocale = 'en'): string[] {
  const chain: string[] = [];
  const parts = locale.split('-');
  for (let length = parts.length; length > 0; length--) chain.push(parts.slice(0, length).join('-'));
  chain.push(defaultLocale, 'en');
  return [...new Set(chain.filter((tag) => tag.length > 0))];
}

/**
 * Picks the best version of a localised value for a viewer: the first language of
 * {@link localeChain} that the value has, else its first entry, so a viewer never sees nothing.
 * Language tags are compared case-insensitively.
 */
export function pickLocalized<T>(value: Readonly<Record<string, T>>, locale: string, defaultLocale = 'en'): T {
  const entries = Object.entries(value);
  for (const tag of localeChain(locale, defaultLocale)) {
    const match = entries.find(([key]) => key.toLowerCase() === tag.toLowerCase());
    if (match) return match[1];
  }
  const first = entries[0];
  if (!first) throw new TypeError('pickLocalized: the value has no language at all');
  return first[1];
}
