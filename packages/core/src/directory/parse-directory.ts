import { formatIssues, PARSE_OPTIONS } from '../content/format-issues.js';
import { sortProblems, unreadableInput, type ParseResult } from '../content/input-problem.js';
import { crossCheckDirectory } from './cross-check-directory.js';
import { DirectorySchema, type Directory } from './directory.schema.js';

/**
 * Validates a directory supplied by the portal or the PRM: the shape (unknown keys are errors),
 * unique partner and seller ids, and every seller's `partnerId` naming a listed partner (coaches
 * and managers of the vendor may have none).
 * Never throws: any input yields the parsed directory or the problems, sorted by path.
 *
 * @example
 * ```ts
 * const result = parseDirectory(await (await fetch('/prm/directory.json')).json());
 * if (!result.ok) console.error(result.errors);
 * ```
 */
export function parseDirectory(input: unknown): ParseResult<'directory', Directory> {
  try {
    const parsed = DirectorySchema.safeParse(input, PARSE_OPTIONS);
    if (!parsed.success) return { ok: false, errors: sortProblems(formatIssues(parsed.error.issues)) };
    const directory = parsed.data;
    const problems = crossCheckDirectory(directory);
    return problems.length === 0 ? { ok: true, directory } : { ok: false, errors: sortProblems(problems) };
  } catch (error) {
    return { ok: false, errors: [unreadableInput(error)] };
  }
}
