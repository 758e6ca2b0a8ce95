import type { z } from '../content/zod.js';

/**
 * A quick parser's answer when it cannot vouch for a value: only the schema itself can tell
 * whether the value is valid, and word what is wrong.
 */
export const UNSURE: unique symbol = Symbol('unsure');

/**
 * Parses like a zod schema, faster, on the inputs it understands: returns exactly what
 * `schema.safeParse(value).data` would, or {@link UNSURE}. It never accepts what the schema
 * rejects; it may give up on what the schema accepts, which costs time, never correctness.
 */
export type QuickParse<T> = (value: unknown) => T | typeof UNSURE;

type Schema = z.ZodMiniType;
type ObjectSchema = z.ZodMiniObject;

/**
 * The schema itself, for values the quick parsers have no shortcut for. Field checks always stay
 * the schema's: zod counts lengths in code points, not UTF-16 units, and its patterns and enums
 * may change; a hand-written copy would drift from them.
 */
export function viaSchema<T>(schema: z.ZodMiniType<T>): QuickParse<T> {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : UNSURE;
  };
}

/** Whether a parsed value may be handed to several records: a primitive cannot be shared. */
const shareable = (value: unknown): boolean => typeof value !== 'object' && typeof value !== 'function';

/**
 * Parses each distinct string once. A directory repeats a few hundred locales, zones, regions,
 * teams and partner ids across 100 000 sellers; a Map lookup costs a fraction of a zod parse.
 * Only strings: they are compared by value, whereas a cache keyed by number would answer for -0
 * what it learned from 0.
 */
export function memoized<T>(parse: QuickParse<T>): QuickParse<T> {
  const known = new Map<string, T | typeof UNSURE>();
  return (value) => {
    if (typeof value !== 'string') return parse(value);
    let result = known.get(value);
    if (result === undefined && !known.has(value)) {
      result = parse(value);
      // An object result is made anew each time, as zod would, so no two records share it.
      if (shareable(result)) known.set(value, result);
    }
    return result as T | typeof UNSURE;
  };
}

/** An array of `element`; the schema decides alone if it has checks of its own (lengths). */
export function quickArray<T>(schema: z.ZodMiniArray, element: QuickParse<T>): QuickParse<T[]> {
  if (schema.def.type !== 'array' || schema.def.checks?.length) return viaSchema(schema) as QuickParse<T[]>;
  return (input) => {
    if (!Array.isArray(input)) return UNSURE;
    const output: T[] = new Array(input.length);
    for (let index = 0; index < input.length; index++) {
      const item = element(input[index]);
      if (item === UNSURE) return UNSURE;
      output[index] = item;
    }
    return output;
  };
}

interface Field {
  readonly key: string;
  readonly parse: QuickParse<unknown>;
  /** Absent is fine and leaves the key out of the output (`optional`, `exactOptional`). */
  readonly omittable: boolean;
  /** Absent is fine and the schema substitutes a value (`_default`). */
  readonly defaulted: boolean;
}

/**
 * A plain object with the schema's keys, each field parsed by `fields[key]` or else by its own
 * schema. Mirrors how zod builds an object (keys in shape order, absent optional keys left out,
 * defaults filled in) and gives up on anything unusual: an unknown key, an object with another
 * prototype, checks on the object itself, a default that yields nothing.
 */
export function quickObject<S extends ObjectSchema>(
  schema: S,
  fields: { readonly [K in keyof S['shape']]?: QuickParse<unknown> } = {},
): QuickParse<z.output<S>> {
  const whole = viaSchema(schema) as QuickParse<z.output<S>>;
  const shape = schema.def.shape as Record<string, Schema>;
  if (schema.def.type !== 'object' || schema.def.checks?.length || Object.getOwnPropertySymbols(shape).length > 0) {
    return whole;
  }
  const plan: Field[] = Object.keys(shape).map((key) => {
    const { optin, optout } = shape[key]!._zod;
    return {
      key,
      parse: (fields as Record<string, QuickParse<unknown> | undefined>)[key] ?? viaSchema(shape[key]!),
      omittable: optin === 'optional' && optout === 'optional',
      defaulted: optin === 'defaulted',
    };
  });
  if (plan.some((field) => field.key === '__proto__')) return whole;
  const known = new Set(plan.map((field) => field.key));
  // A primitive default is the same for every record, so it is asked for once; an object default
  // is asked for each time, as zod does, so records never share it.
  const defaults = new Map<string, unknown>();
  const defaultOf = (field: Field): unknown => {
    if (defaults.has(field.key)) return defaults.get(field.key);
    const value = field.parse(undefined);
    if (shareable(value)) defaults.set(field.key, value);
    return value;
  };
  return (input) => {
    if (typeof input !== 'object' || input === null) return UNSURE;
    const prototype: unknown = Object.getPrototypeOf(input);
    if (prototype !== Object.prototype && prototype !== null) return UNSURE;
    // `for…in` and `in`, as zod reads objects, so both see the same keys.
    for (const key in input) if (!known.has(key)) return UNSURE;
    const record = input as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    for (const field of plan) {
      if (field.key in record) {
        const value = field.parse(record[field.key]);
        if (value === UNSURE) return UNSURE;
        output[field.key] = value;
      } else if (field.defaulted) {
        const value = defaultOf(field);
        if (value === UNSURE || value === undefined) return UNSURE;
        output[field.key] = value;
      } else if (!field.omittable) {
        return UNSURE;
      }
    }
    return output as z.output<S>;
  };
}
