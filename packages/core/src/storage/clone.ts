/**
 * A deep copy of a stored record. `structuredClone` exists in every runtime Mindshare targets
 * (browsers, Node ≥ 17, Deno, workers) but is declared only by the DOM and Node type libraries,
 * which the core deliberately does not load; hence the typed lookup on `globalThis`.
 */
export function cloneRecord<T>(value: T): T {
  const { structuredClone } = globalThis as unknown as { structuredClone: <V>(value: V) => V };
  return structuredClone(value);
}
