import { checkTierPolicy } from '../tiers/check-tier-policy.js';
import { TierPolicySchema, type TierPolicy } from '../tiers/tier-policy.schema.js';
import { checkPackLocales } from './check-pack-locales.js';
import { checkPackReferences, tierIdsOf } from './check-pack-references.js';
import { ContentPackSchema, type ContentPack } from './content-pack.schema.js';
import { formatIssues, PARSE_OPTIONS } from './format-issues.js';
import { sortProblems, unreadableInput, type InputProblem, type ParseResult } from './input-problem.js';
import { comparePaths } from './input-path.js';

/**
 * Validates a content pack: its shape (every object strict, so an unknown key is an error), unique
 * ids, references that resolve (question topics and resources, targeted tiers, the default tier)
 * and language keys declared in `locales` (see `checkPackLocales` for why that is an error).
 *
 * Never throws, whatever the input: the result is the typed pack (defaults applied) or every
 * problem found, each with the JSON path it is at, sorted by path.
 *
 * @example
 * ```ts
 * const result = parseContentPack(JSON.parse(text));
 * if (!result.ok) for (const { path, message } of result.errors) console.error(path.join('.'), message);
 * ```
 */
export function parseContentPack(input: unknown): ParseResult<'pack', ContentPack> {
  try {
    const parsed = ContentPackSchema.safeParse(input, PARSE_OPTIONS);
    const problems = parsed.success ? [] : formatIssues(parsed.error.issues);
    const crossProblems: InputProblem[] = [];

    checkPackReferences(input, tierIdsOf(input), crossProblems);
    const policy = parsed.success ? parsed.data.tierPolicy : parsedTierPolicy(input);
    if (policy)
      for (const problem of checkTierPolicy(policy))
        crossProblems.push({ path: ['tierPolicy', ...problem.path], message: problem.message });
    checkLocaleList(input, crossProblems);
    const locales = stringList(field(input, 'locales'));
    if (locales.length > 0) checkPackLocales(ContentPackSchema, input, locales, crossProblems);

    // A field the schema already faulted gets one message, the schema's (e.g. a question id that
    // repeats within its challenge is reported by the challenge schema and by the pack-wide check).
    const faulted = new Set(problems.map((problem) => JSON.stringify(problem.path)));
    for (const problem of crossProblems) if (!faulted.has(JSON.stringify(problem.path))) problems.push(problem);

    if (parsed.success && problems.length === 0) return { ok: true, pack: parsed.data };
    return { ok: false, errors: dedupe(sortProblems(problems)) };
  } catch (error) {
    return { ok: false, errors: [unreadableInput(error)] };
  }
}

function parsedTierPolicy(input: unknown): TierPolicy | undefined {
  const result = TierPolicySchema.safeParse(field(input, 'tierPolicy'));
  return result.success ? result.data : undefined;
}

/** `defaultLocale` must be one of `locales`, and each locale listed once. */
function checkLocaleList(input: unknown, problems: InputProblem[]): void {
  const raw = field(input, 'locales');
  if (!Array.isArray(raw)) return;
  const seen = new Set<string>();
  raw.forEach((tag, index) => {
    if (typeof tag !== 'string') return;
    if (seen.has(tag.toLowerCase()))
      problems.push({ path: ['locales', index], message: `locale "${tag}" is listed twice` });
    seen.add(tag.toLowerCase());
  });
  const defaultLocale = field(input, 'defaultLocale');
  if (typeof defaultLocale === 'string' && seen.size > 0 && !seen.has(defaultLocale.toLowerCase())) {
    problems.push({
      path: ['defaultLocale'],
      message: `defaultLocale "${defaultLocale}" is not among the pack's locales; add it to "locales"`,
    });
  }
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function dedupe(problems: InputProblem[]): InputProblem[] {
  return problems.filter((problem, index) => {
    const previous = problems[index - 1];
    return !previous || previous.message !== problem.message || comparePaths(previous.path, problem.path) !== 0;
  });
}
