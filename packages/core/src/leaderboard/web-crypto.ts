import { MindError } from '../errors/mind-error.js';

// The few Web Crypto calls the core makes, typed here: the core compiles without the DOM's or
// Node's types, and both runtimes (browsers, Node 20) carry the same `globalThis.crypto`.

/** An imported key, opaque to the core. */
export type WebCryptoKey = object;

/** The part of `crypto.subtle` the core uses. */
export interface WebSubtle {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: { readonly name: 'HMAC'; readonly hash: 'SHA-256' },
    extractable: false,
    usages: readonly 'sign'[],
  ): Promise<WebCryptoKey>;
  sign(algorithm: 'HMAC', key: WebCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
}

/** The part of `globalThis.crypto` the core uses. */
export interface WebCrypto {
  readonly subtle: WebSubtle;
  getRandomValues<T extends Uint8Array>(array: T): T;
}

/**
 * `globalThis.crypto`, or `MIND_UNSUPPORTED` where it is missing: browsers give `crypto.subtle`
 * only to secure pages (https, or localhost while developing).
 */
export function webCrypto(): WebCrypto {
  const crypto = (globalThis as { crypto?: Partial<WebCrypto> }).crypto;
  if (crypto?.subtle === undefined || crypto.getRandomValues === undefined) {
    throw new MindError(
      'MIND_UNSUPPORTED',
      'Pseudonyms need Web Crypto (crypto.subtle), which browsers give only to secure pages: serve the page over https (or from localhost).',
    );
  }
  return crypto as WebCrypto;
}

/** UTF-8 bytes of `text`, through the `TextEncoder` every runtime of the core has. */
export function utf8(text: string): Uint8Array {
  const Encoder = (globalThis as { TextEncoder?: new () => { encode(text: string): Uint8Array } }).TextEncoder;
  if (Encoder === undefined) throw new MindError('MIND_UNSUPPORTED', 'This runtime has no TextEncoder.');
  return new Encoder().encode(text);
}
