import { assertPseudonymSecret } from './pseudonym-rules.js';
import { utf8, webCrypto, type WebCryptoKey } from './web-crypto.js';

/** Codes kept by default: a few 1 000-row pages of several boards. */
const DEFAULT_CACHE_SIZE = 10_000;

/** Options of {@link createPseudonyms}. */
export interface PseudonymsOptions {
  /** Codes kept in memory, the least recently used dropped first (default 10 000). */
  readonly cacheSize?: number;
}

/** The pseudonym codes of one host, keyed by its secret. */
export interface Pseudonyms {
  /**
   * The code of `sellerId` on `board` (a challenge id): six upper-case hex digits such as
   * "4F2A9C", the first 24 bits of HMAC-SHA-256 under the host's secret of the board and the
   * seller. The same seller keeps the same code on a board wherever the same secret is used
   * (renders, reloads, processes); another board gives an unrelated code.
   *
   * Six digits rather than four: with 16.7 M codes two sellers of a 1 000-seller board share a
   * code with ~3 % probability, against ~99.95 % with four. A shared code only makes two rows
   * look alike.
   */
  code(board: string, sellerId: string): Promise<string>;
}

/**
 * Pseudonyms keyed by `secret`, which must never reach a seller: with it and the directory's ids
 * anyone can recompute every code. A keyed cryptographic hash, because a salt in a plain hash
 * is not enough: FNV-1a reduces any salt to one 32-bit state, which a seller recovers from their
 * own id and code and then applies to every other id. The key is imported once; codes are
 * cached, so a large page costs one signature per seller not seen lately.
 *
 * @throws MindError `MIND_INVALID_INPUT` (path `pseudonymSecret`) for a secret shorter than
 * `PSEUDONYM_SECRET_MIN_LENGTH`; `MIND_UNSUPPORTED` where Web Crypto is missing (a page
 * served over plain http).
 */
export async function createPseudonyms(secret: string, options: PseudonymsOptions = {}): Promise<Pseudonyms> {
  assertPseudonymSecret(secret);
  const { subtle } = webCrypto();
  const key = await subtle.importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new KeyedPseudonyms(subtle.sign.bind(subtle), key, options.cacheSize ?? DEFAULT_CACHE_SIZE);
}

class KeyedPseudonyms implements Pseudonyms {
  /** Codes by board and seller, oldest use first (a Map keeps insertion order). */
  readonly #codes = new Map<string, Promise<string>>();
  constructor(
    readonly sign: (algorithm: 'HMAC', key: WebCryptoKey, data: Uint8Array) => Promise<ArrayBuffer>,
    readonly key: WebCryptoKey,
    readonly cacheSize: number,
  ) {}

  code(board: string, sellerId: string): Promise<string> {
    // Ids cannot hold U+0000 (see IdSchema), so ("ab", "c") and ("a", "bc") stay apart.
    const message = `${board}\u0000${sellerId}`;
    let code = this.#codes.get(message);
    if (code !== undefined) {
      this.#codes.delete(message);
    } else {
      code = this.sign('HMAC', this.key, utf8(message)).then(hexCode);
      // A failed signature is not remembered: the next read tries again.
      code.catch(() => this.#codes.get(message) === code && this.#codes.delete(message));
      if (this.#codes.size >= this.cacheSize) this.#codes.delete(this.#codes.keys().next().value!);
    }
    this.#codes.set(message, code);
    return code;
  }
}

function hexCode(mac: ArrayBuffer): string {
  const bytes = new Uint8Array(mac, 0, 3);
  let code = '';
  for (const byte of bytes) code += byte.toString(16).padStart(2, '0');
  return code.toUpperCase();
}
