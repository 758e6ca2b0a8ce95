/**
 * Delay before retry number `tries` (1 for the first): exponential from `baseMs`, capped at
 * `maxMs`, with "equal jitter" (half fixed, half random) so a fleet of tabs that lost the network
 * together does not come back in lockstep.
 */
export function retryDelay(tries: number, random: () => number, baseMs: number, maxMs: number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, tries - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** A random hex string of `bytes` bytes from the injected random source (idempotency keys, client ids). */
export function randomHex(random: () => number, bytes = 16): string {
  let hex = '';
  for (let index = 0; index < bytes; index += 4) {
    hex += Math.floor(random() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0');
  }
  return hex.slice(0, bytes * 2);
}
