import type { StorageKey } from '@mindshare/core';

// Order-preserving binary encoding of storage keys: byte-wise comparison of two encodings (what
// PostgreSQL does for `bytea`) orders them as `compareKeys` does. Every encoding is
// self-delimiting, so an array is its elements one after another, then a terminator.
const NUMBER = 0x10;
const DATE = 0x20;
const STRING = 0x30;
const ARRAY = 0x40;
const END = 0x00;

/** Eight bytes whose unsigned order is the order of the doubles (negative ones flipped). */
function writeDouble(out: number[], value: number): void {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value === 0 ? 0 : value); // -0 and 0 are one key
  const bytes = new Uint8Array(view.buffer);
  const negative = (bytes[0]! & 0x80) !== 0;
  for (const byte of bytes) out.push(negative ? ~byte & 0xff : byte);
  if (!negative) out[out.length - 8]! |= 0x80;
}

function write(out: number[], key: StorageKey): void {
  if (typeof key === 'number') {
    out.push(NUMBER);
    writeDouble(out, key);
  } else if (key instanceof Date) {
    out.push(DATE);
    writeDouble(out, key.getTime());
  } else if (typeof key === 'string') {
    // UTF-16 code units, big-endian; a zero byte is escaped as 00 FF, the end is 00 01.
    out.push(STRING);
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      for (const byte of [unit >> 8, unit & 0xff]) {
        if (byte === 0) out.push(0x00, 0xff);
        else out.push(byte);
      }
    }
    out.push(0x00, 0x01);
  } else {
    out.push(ARRAY);
    for (const element of key) write(out, element);
    out.push(END);
  }
}

/** The bytes of a valid key (check it with `isStorageKey` first). */
export function encodeKey(key: StorageKey): Uint8Array {
  const out: number[] = [];
  write(out, key);
  return Uint8Array.from(out);
}

/** The key's bytes as hexadecimal, for keys sent inside a JSON batch (`decode(…, 'hex')` in SQL). */
export function encodeKeyHex(key: StorageKey): string {
  let hex = '';
  for (const byte of encodeKey(key)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
