import { z } from './zod.js';
import type { InputPath, InputProblem } from './input-problem.js';
import { LocalizedTextSchema } from './localized-text.schema.js';
import { BlockSchema, InlineSchema, LocalizedRichTextSchema, RichTextSchema } from './rich-text.schema.js';

type AnySchema = z.core.$ZodType;

/** Schemas whose values hold no localised text, so the walk need not enter them. */
const leaves = new Set<unknown>([RichTextSchema, BlockSchema, InlineSchema]);

/**
 * Reports every language key of a localised text (plain or rich) that the pack does not declare.
 *
 * Why an error rather than a silent pass: an undeclared key is almost always a typo (`"fe"`) or a
 * translation added without declaring it, and either way the portal's language list and the
 * translation coverage would be wrong. A regional variant of a declared language is accepted
 * (`fr-CA` when `fr` is declared) because the locale chain falls back to it naturally.
 *
 * The walk follows the schema, not the shape of the data, so a record of metrics or an object with
 * an `id` key is never mistaken for a localised text. It runs on data that already parsed.
 */
export function checkPackLocales(
  schema: AnySchema,
  pack: unknown,
  locales: readonly string[],
  problems: InputProblem[],
): void {
  const declared = new Set(locales.map((tag) => tag.toLowerCase()));
  const isDeclared = (tag: string): boolean => {
    const parts = tag.toLowerCase().split('-');
    for (let length = parts.length; length > 0; length--)
      if (declared.has(parts.slice(0, length).join('-'))) return true;
    return false;
  };
  const list = locales.map((tag) => `"${tag}"`).join(', ');
  walk(schema, pack, [], (value, path) => {
    for (const tag of Object.keys(value)) {
      if (!isDeclared(tag)) {
        problems.push({
          path: [...path, tag],
          message: `language "${tag}" is not among the pack's locales (${list}); add it to "locales" or fix the tag`,
        });
      }
    }
  });
}

type Visit = (value: Record<string, unknown>, path: InputPath) => void;

function walk(schema: AnySchema, value: unknown, path: InputPath, visit: Visit): void {
  if (value === undefined || value === null || leaves.has(schema)) return;
  if (schema === (LocalizedTextSchema as unknown) || schema === (LocalizedRichTextSchema as unknown)) {
    if (typeof value === 'object') visit(value as Record<string, unknown>, path);
    return;
  }
  const def = schema._zod.def as unknown as Def;
  switch (def.type) {
    case 'object':
      if (typeof value !== 'object' || !def.shape) return;
      for (const [key, child] of Object.entries(def.shape)) {
        if (Object.hasOwn(value, key)) walk(child, (value as Record<string, unknown>)[key], [...path, key], visit);
      }
      return;
    case 'array':
      if (Array.isArray(value) && def.element)
        value.forEach((item, index) => walk(def.element!, item, [...path, index], visit));
      return;
    case 'record':
      if (typeof value !== 'object' || !def.valueType) return;
      for (const [key, item] of Object.entries(value)) walk(def.valueType, item, [...path, key], visit);
      return;
    case 'union': {
      const option = matchingOption(def, value);
      if (option) walk(option, value, path, visit);
      return;
    }
    case 'lazy':
      if (def.getter) walk(def.getter(), value, path, visit);
      return;
    case 'pipe':
      if (def.in) walk(def.in, value, path, visit);
      return;
    default:
      // optional, exact_optional, default, prefault, nullable, readonly, catch, nonoptional…
      if (def.innerType) walk(def.innerType, value, path, visit);
  }
}

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  valueType?: AnySchema;
  options?: AnySchema[];
  discriminator?: string;
  getter?: () => AnySchema;
  in?: AnySchema;
  innerType?: AnySchema;
}

/** The union option this (already valid) value was parsed by. */
function matchingOption(def: Def, value: unknown): AnySchema | undefined {
  const options = def.options ?? [];
  if (def.discriminator !== undefined && typeof value === 'object') {
    const tag = (value as Record<string, unknown>)[def.discriminator];
    const found = options.find((option) => option._zod.propValues?.[def.discriminator!]?.has(tag as never));
    if (found) return found;
  }
  return options.find((option) => z.safeParse(option, value).success);
}
