/** Minor units per major unit of `currency` (100 for EUR, 1 for JPY, 1000 for KWD); 100 for a code `Intl` does not know. */
export function minorPerMajor(currency: string): number {
  try {
    const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
    return 10 ** (digits ?? 2);
  } catch {
    return 100;
  }
}

/** Formats minor units (cents) in `currency`; a code `Intl` does not know falls back to a plain number. */
export function moneyFormat(lang: string, currency: string): (minor: number) => string {
  const per = minorPerMajor(currency);
  try {
    const format = new Intl.NumberFormat(lang, { style: 'currency', currency });
    return (minor) => format.format(minor / per);
  } catch {
    const format = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return (minor) => `${format.format(minor / per)} ${currency}`;
  }
}
