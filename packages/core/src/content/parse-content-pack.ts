import { crossCheckPack } from './cross-check-pack.js';
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
    const crossProblems = crossCheckPack(input, parsed.success ? parsed.data : undefined);

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

function dedupe(problems: InputProblem[]): InputProblem[] {
  return problems.filter((problem, index) => {
    const previous = problems[index - 1];
    return !previous || previous.message !== problem.message || comparePaths(previous.path, problem.path) !== 0;
  });
}
