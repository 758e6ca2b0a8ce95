import { MindError } from '@mindshare/core';

// Records are stored as `jsonb`, readable by reporting queries. What JSON cannot say is written as
// a tagged object `{"$mind": tag, "v": …}`: dates (ISO text), numbers JSON lacks (NaN, ±Infinity,
// -0), `undefined`, bigints, binary data (hex), Maps, Sets, strings `jsonb` refuses (a NUL
// character or a lone surrogate) — and plain objects that have a `$mind` property themselves, so
// the encoding stays reversible. Other structured-clonable values (RegExp, Error, …) and what
// cannot be cloned at all (functions, symbols) are `MIND_INVALID_INPUT`.
const TAG = '$mind';

const refuse = (path: string, what: string): never => {
  throw new MindError(
    'MIND_INVALID_INPUT',
    `${path}: ${what} cannot be stored in PostgreSQL (plain objects, arrays, strings, numbers, booleans, null, dates, binary data, Maps and Sets can).`,
  );
};

// eslint-disable-next-line no-control-regex
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const hexOf = (bytes: Uint8Array): string => {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
};
const bytesOfHex = (hex: string): Uint8Array => {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
};

const VIEWS = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
  DataView,
} as const;
type ViewName = keyof typeof VIEWS;

/** The JSON form of a record value; throws `MIND_INVALID_INPUT` for what it cannot store. */
export function toJson(value: unknown, path = 'value', seen = new Set<object>()): unknown {
  switch (typeof value) {
    case 'string':
      return unstorable.test(value) ? { [TAG]: 'string', v: Array.from(value, (_, i) => value.charCodeAt(i)) } : value;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0)
        ? value
        : { [TAG]: 'number', v: Object.is(value, -0) ? '-0' : String(value) };
    case 'boolean':
      return value;
    case 'undefined':
      return { [TAG]: 'undefined' };
    case 'bigint':
      return { [TAG]: 'bigint', v: value.toString() };
    case 'function':
      return refuse(path, 'a function');
    case 'symbol':
      return refuse(path, 'a symbol');
  }
  if (value === null) return null;
  const object = value as object;
  if (seen.has(object)) return refuse(path, 'a circular reference');
  seen.add(object);
  try {
    if (object instanceof Date) {
      const time = object.getTime();
      return { [TAG]: 'date', v: Number.isNaN(time) ? null : object.toISOString() };
    }
    if (object instanceof ArrayBuffer) return { [TAG]: 'ArrayBuffer', v: hexOf(new Uint8Array(object)) };
    if (ArrayBuffer.isView(object)) {
      const name = object.constructor.name as ViewName;
      if (!(name in VIEWS)) return refuse(path, `a ${name}`);
      return { [TAG]: name, v: hexOf(new Uint8Array(object.buffer, object.byteOffset, object.byteLength)) };
    }
    if (object instanceof Map) {
      return {
        [TAG]: 'Map',
        v: [...object].map(([k, v], i) => [toJson(k, `${path}<key ${i}>`, seen), toJson(v, `${path}<${i}>`, seen)]),
      };
    }
    if (object instanceof Set) return { [TAG]: 'Set', v: [...object].map((v, i) => toJson(v, `${path}<${i}>`, seen)) };
    if (Array.isArray(object)) {
      const out: unknown[] = [];
      for (let i = 0; i < object.length; i++) {
        if (!(i in object)) return refuse(`${path}[${i}]`, 'a hole in an array');
        out.push(toJson(object[i], `${path}[${i}]`, seen));
      }
      return out;
    }
    const prototype = Object.getPrototypeOf(object) as unknown;
    if (prototype !== Object.prototype && prototype !== null) {
      return refuse(path, `a ${(object.constructor as { name?: string } | undefined)?.name ?? 'class instance'}`);
    }
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(object)) {
      if (unstorable.test(key)) return refuse(`${path}.${key}`, 'a property name with a NUL or a lone surrogate');
      out[key] = toJson(item, `${path}.${key}`, seen);
    }
    return TAG in out ? { [TAG]: 'object', v: out } : out;
  } finally {
    seen.delete(object);
  }
}

/** The record value back from its JSON form (a fresh copy). */
export function fromJson(json: unknown): unknown {
  if (json === null || typeof json !== 'object') return json;
  if (Array.isArray(json)) return json.map(fromJson);
  const object = json as Record<string, unknown>;
  if (!(TAG in object)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(object)) out[key] = fromJson(object[key]);
    return out;
  }
  const v = object['v'];
  switch (object[TAG]) {
    case 'string':
      return (v as number[]).map((unit) => String.fromCharCode(unit)).join('');
    case 'number':
      return Number(v);
    case 'undefined':
      return undefined;
    case 'bigint':
      return BigInt(v as string);
    case 'date':
      return new Date(v === null ? Number.NaN : (v as string));
    case 'ArrayBuffer':
      return bytesOfHex(v as string).buffer;
    case 'Map':
      return new Map((v as [unknown, unknown][]).map(([k, item]) => [fromJson(k), fromJson(item)]));
    case 'Set':
      return new Set((v as unknown[]).map(fromJson));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(v as object)) out[key] = fromJson(item);
      return out;
    }
    default: {
      const View = VIEWS[object[TAG] as ViewName];
      const bytes = bytesOfHex(v as string);
      if (View === DataView) return new DataView(bytes.buffer);
      const { BYTES_PER_ELEMENT } = View as typeof Uint16Array;
      return new (View as typeof Uint16Array)(bytes.buffer, 0, bytes.byteLength / BYTES_PER_ELEMENT);
    }
  }
}
