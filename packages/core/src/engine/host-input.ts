import type { ContentPack } from '../content/content-pack.schema.js';
import { formatPath } from '../content/input-path.js';
import type { InputProblem } from '../content/input-problem.js';
import { validateContentPack } from '../content/validate-content-pack.js';
import type { Directory } from '../directory/directory.schema.js';
import { validateDirectory } from '../directory/validate-directory.js';
import { MindError } from '../errors/mind-error.js';

/** `MIND_INVALID_CONTENT` listing the first problems with their paths, and carrying them all. */
export function invalid(what: string, errors: readonly InputProblem[]): MindError {
  const listed = errors
    .slice(0, 5)
    .map((error) => `  ${formatPath(error.path)}: ${error.message}`)
    .join('\n');
  const more = errors.length > 5 ? `\n  … and ${errors.length - 5} more` : '';
  return new MindError('MIND_INVALID_CONTENT', `The ${what} is invalid:\n${listed}${more}`, { problems: errors });
}

export async function parsePack(content: unknown): Promise<ContentPack> {
  const parsed = await validateContentPack(content);
  if (!parsed.ok) throw invalid('content pack', parsed.errors);
  return parsed.pack;
}

export async function parseDirectory(directory: unknown): Promise<Directory> {
  const parsed = await validateDirectory(directory);
  if (!parsed.ok) throw invalid('directory', parsed.errors);
  return parsed.directory;
}
