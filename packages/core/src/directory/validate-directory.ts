import { sortProblems, type ParseResult } from '../content/input-problem.js';
import { crossCheckDirectory } from './cross-check-directory.js';
import type { Directory } from './directory.schema.js';
import { quickParseDirectory } from './quick-parse-directory.js';

/**
 * {@link parseDirectory} for pages: the same result, faster, with the code that words zod issues
 * loaded only when the directory's shape has a problem.
 */
export async function validateDirectory(input: unknown): Promise<ParseResult<'directory', Directory>> {
  try {
    // The quick parse vouches only for valid shapes; whatever it cannot vouch for, the full
    // parser decides and words, so both accept and reject exactly the same inputs.
    const directory = quickParseDirectory(input);
    if (directory) {
      // The shape is what the schema would give, so the full parser would find these same
      // problems on the same data; they need no zod wording.
      const problems = crossCheckDirectory(directory);
      return problems.length === 0 ? { ok: true, directory } : { ok: false, errors: sortProblems(problems) };
    }
  } catch {
    // Unreadable input: the full parser words it.
  }
  const { parseDirectory } = await import('./parse-directory.js');
  return parseDirectory(input);
}
