import { sortProblems, type ParseResult } from '../content/input-problem.js';
import { crossCheckDirectory } from './cross-check-directory.js';
import { DirectorySchema, type Directory } from './directory.schema.js';

/**
 * From this many people on, the quick parse (quick-parse-directory.ts) is worth loading: it checks
 * 100 000 sellers in about half zod's time, but a page's directory of a few hundred parses in a
 * millisecond either way, so browsers never carry its code.
 */
const QUICK_FROM = 2_000;

/**
 * {@link parseDirectory} for pages and servers: the same result, faster, with the code that words
 * zod issues loaded only when the directory's shape has a problem.
 */
export async function validateDirectory(input: unknown): Promise<ParseResult<'directory', Directory>> {
  try {
    const sellers = (input as { sellers?: unknown } | null)?.sellers;
    if (Array.isArray(sellers) && sellers.length >= QUICK_FROM) {
      const { quickParseDirectory } = await import('./quick-parse-directory.js');
      // The quick parse vouches only for valid shapes; whatever it cannot vouch for, the full
      // parser decides and words, so both accept and reject exactly the same inputs.
      const directory = quickParseDirectory(input);
      if (directory) {
        // The shape is what the schema would give, so the full parser would find these same
        // problems on the same data; they need no zod wording.
        const problems = crossCheckDirectory(directory);
        return problems.length === 0 ? { ok: true, directory } : { ok: false, errors: sortProblems(problems) };
      }
    } else {
      const parsed = DirectorySchema.safeParse(input);
      if (parsed.success && crossCheckDirectory(parsed.data).length === 0) return { ok: true, directory: parsed.data };
    }
  } catch {
    // Unreadable input: the full parser words it.
  }
  const { parseDirectory } = await import('./parse-directory.js');
  return parseDirectory(input);
}
