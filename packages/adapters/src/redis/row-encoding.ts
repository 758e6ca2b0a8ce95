/*
 * How one leaderboard row is kept in Redis. A board's sorted set orders its members by score,
 * then by the member's bytes (memcmp), so the listing order of the port — higher score first,
 * then earlier completedAt, then sellerId by UTF-16 code unit — becomes:
 *
 *   sorted-set score = −score (a double, exact; ascending order lists the highest score first)
 *   member           = timeKey(completedAt) + sellerKey(sellerId)
 *
 * Two numbers cannot share one double exactly once scores are fractional (14.88) and times are
 * epoch milliseconds, so the completion time lives in the member, as 16 hex digits whose byte
 * order is the numeric order of the double, followed by the seller in an encoding whose byte
 * order is UTF-16 code-unit order. The seller's hash field holds the row exactly as written.
 */

/** Characters of a sellerId below this code unit are kept as they are; the others are escaped. */
const ESCAPE = '~';
const ESCAPE_UNIT = 0x7e;
const PLAIN = /^[^\u007e-\uffff]*$/; // no code unit from U+007E up (no u flag: surrogates one by one)

const bits = new DataView(new ArrayBuffer(8));
const hex8 = (value: number): string => value.toString(16).padStart(8, '0');

/**
 * 16 lowercase hex digits whose byte order is the numeric order of `completedAt` (any finite
 * double, negative and fractional included): the IEEE-754 bits with the sign bit flipped for
 * positive numbers and every bit flipped for negative ones. -0 is written as 0, because the port
 * compares times with `===`, for which they are one time.
 */
export function timeKey(completedAt: number): string {
  bits.setFloat64(0, completedAt === 0 ? 0 : completedAt);
  let high = bits.getUint32(0);
  let low = bits.getUint32(4);
  if (high >= 0x80000000) {
    high = ~high >>> 0;
    low = ~low >>> 0;
  } else {
    high = (high | 0x80000000) >>> 0;
  }
  return hex8(high) + hex8(low);
}

/** Length of {@link timeKey}'s output: a member's seller key starts after it. */
export const TIME_KEY_LENGTH = 16;

/**
 * `sellerId` as ASCII whose byte order is the UTF-16 code-unit order of the ids. Code units below
 * U+007E stay as they are (so ASCII ids read as themselves in `redis-cli`); every other code unit,
 * `~` itself and lone surrogates included, becomes `~` and 4 hex digits. `~` (0x7E) sorts after
 * every unit kept as is, and the 4 digits are fixed-width, so comparing the encodings byte by
 * byte compares the ids unit by unit, and a prefix still sorts first. Also injective and valid
 * UTF-8, unlike the ids' own UTF-8 bytes (code point order, and lone surrogates all become U+FFFD).
 */
export function sellerKey(sellerId: string): string {
  if (PLAIN.test(sellerId)) return sellerId;
  let key = '';
  for (let i = 0; i < sellerId.length; i++) {
    const unit = sellerId.charCodeAt(i);
    key += unit < ESCAPE_UNIT ? sellerId[i] : ESCAPE + unit.toString(16).padStart(4, '0');
  }
  return key;
}

/** The sellerId that {@link sellerKey} encoded. */
export function sellerIdOf(key: string): string {
  if (!key.includes(ESCAPE)) return key;
  let sellerId = '';
  for (let i = 0; i < key.length; i++) {
    if (key[i] === ESCAPE) {
      sellerId += String.fromCharCode(Number.parseInt(key.slice(i + 1, i + 5), 16));
      i += 4;
    } else {
      sellerId += key[i];
    }
  }
  return sellerId;
}

/** `String(value)`, except that -0 stays -0: `Number` of the result is `value` exactly. */
const exact = (value: number): string => (Object.is(value, -0) ? '-0' : String(value));

/**
 * The sorted-set score of a row with this score: its negation, so that Redis's ascending order
 * lists higher scores first. Written as JavaScript's shortest round-trip decimal, which Redis
 * parses back to the same double.
 */
export const zsetScore = (score: number): string => String(-score);

/**
 * What the board's hash keeps for a seller: `<timeKey> <score> <completedAt>`. The time key lets
 * a script find the seller's member (time key + seller key) without a second lookup; the numbers
 * are the row as written, so reads give back exactly what was stored (-0 included).
 */
export const storedRow = (score: number, completedAt: number): string =>
  `${timeKey(completedAt)} ${exact(score)} ${exact(completedAt)}`;

/** The score and completion time of a {@link storedRow}. */
export function parseStoredRow(row: string): { score: number; completedAt: number } {
  const [, score, completedAt] = row.split(' ');
  return { score: Number(score), completedAt: Number(completedAt) };
}
