/**
 * The initials of a display name: first letters of the first and last words, each followed by a
 * dot: "Marie Dubois" → "M. D.", "Anne-Laure de la Tour" → "A. T.", "Cher" → "C.". Only the first
 * and last words, so long names do not become identifying strings of letters. Returns `undefined`
 * for a blank name.
 *
 * Upper-casing is locale-independent (`toUpperCase`) so the result is the same on every device;
 * letters outside the Basic Multilingual Plane are kept whole.
 */
export function initialsOf(displayName: string): string | undefined {
  const words = displayName
    .trim()
    .split(/\s+/u)
    .filter((word) => word.length > 0);
  const first = words[0];
  if (first === undefined) return undefined;
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return last === undefined ? initialOf(first) : `${initialOf(first)} ${initialOf(last)}`;
}

function initialOf(word: string): string {
  return `${String.fromCodePoint(word.codePointAt(0)!).toUpperCase()}.`;
}
