/**
 * FNV-1a, 32 bits, over the UTF-16 code units of `text`. Chosen because it is tiny, pure and the
 * same in every runtime, not for secrecy: it is no cryptographic hash.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The stable pseudonym code of a seller on one leaderboard: six upper-case hex digits (e.g.
 * "4F2A9C") from FNV-1a of `salt` and `sellerId`. The same seller keeps the same code on a board
 * across renders; another salt gives an unrelated code, so codes do not link a seller across boards.
 *
 * Six digits rather than four: with 16.7 M codes two sellers of a 1 000-seller board share a code
 * with ~3 % probability, against ~99.95 % with four. A shared code only makes two rows look alike.
 *
 * Not a secret: anyone who knows the salt and can list sellerIds can recompute the codes, so the
 * salt should not be shown to sellers.
 */
export function pseudonymCode(sellerId: string, salt: string): string {
  // The separator keeps ("ab", "c") and ("a", "bc") apart.
  const hash = fnv1a32(`${salt}\u0000${sellerId}`);
  // The top 24 bits: FNV-1a's last multiply mixes the high bits best.
  return (hash >>> 8).toString(16).toUpperCase().padStart(6, '0');
}

/** The default label of a pseudonym code: "Seller 4F2A9C". Pass your own to localise it. */
export function defaultPseudonymLabel(code: string): string {
  return `Seller ${code}`;
}
