import { isMindError } from '../errors/mind-error.js';
import type { InputPath, InputProblem, ParseResult } from '../content/input-problem.js';
import { sortProblems } from '../content/input-problem.js';
import type { ContentPack } from '../content/content-pack.schema.js';
import { parseContentPack } from '../content/parse-content-pack.js';
import { compileMarkdown } from './compile-markdown.js';

/**
 * Reads a file of the pack's source folder by its path relative to `pack.json`, or returns
 * `undefined` when there is no such file. Injected so this module stays free of Node APIs.
 */
export type ReadSource = (relativePath: string) => string | undefined;

/** The placeholder in a `$md` path that stands for each of the pack's `locales`. */
export const LANG_PLACEHOLDER = '{lang}';

/**
 * Builds a content pack from its source skeleton (the parsed `pack.json`) by replacing markdown
 * references with compiled rich text, then validates the result with `parseContentPack`.
 *
 * The one convention: wherever rich text goes, write an object whose only key is `$md`:
 * - `{ "$md": "intro.md" }` becomes the compiled blocks of `intro.md` (one language), e.g.
 *   `"prompt": { "en": { "$md": "q1.en.md" }, "fr": "Texte simple" }`;
 * - `{ "$md": "intro.{lang}.md" }` becomes a localised rich text, one entry per language of the
 *   pack's `locales` whose file exists (`intro.en.md`, `intro.fr.md`); at least one must exist.
 *
 * Paths are relative to `pack.json` and may not leave its folder. Problems (missing file, image
 * without alt text, invalid pack) are returned with the JSON path of the field, never thrown.
 */
export function buildPack(skeleton: unknown, readSource: ReadSource): ParseResult<'pack', ContentPack> {
  const problems: InputProblem[] = [];
  const locales = declaredLocales(skeleton);
  const resolved = resolve(skeleton, [], { readSource, locales, problems });
  if (problems.length > 0) return { ok: false, errors: sortProblems(problems) };
  return parseContentPack(resolved);
}

interface Context {
  readonly readSource: ReadSource;
  readonly locales: readonly string[];
  readonly problems: InputProblem[];
}

function resolve(value: unknown, path: InputPath, context: Context): unknown {
  if (Array.isArray(value)) return value.map((item, index) => resolve(item, [...path, index], context));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  if (entries.length === 1 && entries[0]![0] === '$md') return markdown(entries[0]![1], [...path, '$md'], context);
  return Object.fromEntries(entries.map(([key, item]) => [key, resolve(item, [...path, key], context)]));
}

function markdown(reference: unknown, path: InputPath, context: Context): unknown {
  if (typeof reference !== 'string' || !isSafeRelativePath(reference)) {
    context.problems.push({
      path,
      message: 'expected a path to a .md file relative to pack.json, inside its folder (e.g. "intro.md")',
    });
    return undefined;
  }
  if (!reference.includes(LANG_PLACEHOLDER)) return compileFile(reference, path, context);
  const localized: Record<string, unknown> = {};
  for (const locale of context.locales) {
    const file = reference.split(LANG_PLACEHOLDER).join(locale);
    if (context.readSource(file) !== undefined) localized[locale] = compileFile(file, path, context);
  }
  if (Object.keys(localized).length === 0) {
    const tried = context.locales.map((locale) => reference.split(LANG_PLACEHOLDER).join(locale));
    context.problems.push({
      path,
      message: `no file found for any language (tried ${tried.join(', ') || 'none: "locales" is missing'})`,
    });
  }
  return localized;
}

function compileFile(file: string, path: InputPath, context: Context): unknown {
  const text = context.readSource(file);
  if (text === undefined) {
    context.problems.push({ path, message: `file not found: ${file}` });
    return undefined;
  }
  try {
    return compileMarkdown(text);
  } catch (error) {
    if (!isMindError(error)) throw error;
    context.problems.push({ path, message: `${file}: ${error.message}` });
    return undefined;
  }
}

/** Relative, forward-slash, no `..` segment: a pack's sources cannot pull in files from elsewhere. */
function isSafeRelativePath(reference: string): boolean {
  return (
    reference.length > 0 &&
    !reference.startsWith('/') &&
    !reference.includes('\\') &&
    !/^[A-Za-z]:/.test(reference) &&
    !reference.split('/').some((segment) => segment === '..' || segment === '')
  );
}

function declaredLocales(skeleton: unknown): string[] {
  const locales = (skeleton as { locales?: unknown } | null)?.locales;
  return Array.isArray(locales) ? locales.filter((tag): tag is string => typeof tag === 'string') : [];
}
