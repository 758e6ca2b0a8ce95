import type { ContentPack } from './content-pack.schema.js';
import { ContentPackSchema } from './content-pack.schema.js';
import { crossCheckPack } from './cross-check-pack.js';
import type { ParseResult } from './input-problem.js';

/**
 * {@link parseContentPack} for pages: the same result, but the code that words error messages
 * (zod issue formatting) loads only when the pack has a problem, so a valid pack costs the page
 * none of it. The engine and `<mind-provider>` validate through this.
 */
export async function validateContentPack(input: unknown): Promise<ParseResult<'pack', ContentPack>> {
  try {
    const parsed = ContentPackSchema.safeParse(input);
    if (parsed.success && crossCheckPack(input, parsed.data).length === 0) return { ok: true, pack: parsed.data };
  } catch {
    // Unreadable input (a throwing getter, a cycle): the full parser words that too.
  }
  const { parseContentPack } = await import('./parse-content-pack.js');
  return parseContentPack(input);
}
