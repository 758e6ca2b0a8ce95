/**
 * A deep copy of a stored record. `structuredClone` exists in every runtime Mindshare targets
 * (browsers, Node ≥ 17, Deno, workers) but is declared only by the DOM and Node type libraries,
 * which the core deliberately does not load; hence the typed lookup on `globalThis`.
 */
export function cloneRecord<T>(value: T): T {
  // Most records are flat (a score, a ballot, a step): a spread copies them ten times faster than
  // structuredClone, which a first leaderboard read pays 100 000 times.
  if (isFlat(value)) return { ...value };
  const { structuredClone } = globalThis as unknown as { structuredClone: <V>(value: V) => V };
  return structuredClone(value);
}

/** A plain object whose own values are all primitives, so a shallow copy is a deep one. */
function isFlat(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) {
    const field = (value as Record<string, unknown>)[key];
    if (typeof field === 'object' && field !== null) return false;
    if (typeof field === 'function' || typeof field === 'symbol') return false;
  }
  return true;
}
