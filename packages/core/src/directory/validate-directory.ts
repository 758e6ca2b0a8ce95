import type { ParseResult } from '../content/input-problem.js';
import { crossCheckDirectory } from './cross-check-directory.js';
import { DirectorySchema, type Directory } from './directory.schema.js';

/**
 * {@link parseDirectory} for pages: the same result, with the error-wording code loaded only
 * when the directory has a problem.
 */
export async function validateDirectory(input: unknown): Promise<ParseResult<'directory', Directory>> {
  try {
    const parsed = DirectorySchema.safeParse(input);
    if (parsed.success && crossCheckDirectory(parsed.data).length === 0) return { ok: true, directory: parsed.data };
  } catch {
    // Unreadable input: the full parser words it.
  }
  const { parseDirectory } = await import('./parse-directory.js');
  return parseDirectory(input);
}
