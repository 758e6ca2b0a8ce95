import type { InputPath, InputProblem } from './input-problem.js';
import { formatPath } from './input-path.js';

/** Something that has an id, and where it sits in the input. */
export interface IdEntry {
  readonly id: string;
  /** Path of the `id` field itself, so editors jump to the offending value. */
  readonly path: InputPath;
}

/**
 * Collects ids, reporting every repeat after the first at its own path (naming where the id was
 * first used), and returns the set of ids for reference checks.
 *
 * @param kind - what the ids name, for messages: `"topic"`, `"question"`.
 */
export function uniqueIds(entries: Iterable<IdEntry>, kind: string, problems: InputProblem[]): Set<string> {
  const firstSeen = new Map<string, InputPath>();
  for (const entry of entries) {
    const first = firstSeen.get(entry.id);
    if (first) {
      problems.push({
        path: entry.path,
        message: `duplicate ${kind} id "${entry.id}" (already used at ${formatPath(first)})`,
      });
    } else {
      firstSeen.set(entry.id, entry.path);
    }
  }
  return new Set(firstSeen.keys());
}

/**
 * Reports a reference that names no known id, listing a few of the ids that do exist so a typo
 * is easy to spot.
 */
export function checkReference(
  id: string,
  known: ReadonlySet<string>,
  kind: string,
  path: InputPath,
  problems: InputProblem[],
): void {
  if (known.has(id)) return;
  // The first five only: copying a directory's 100 000 ids for every unknown reference made a bad
  // import quadratic.
  const sample: string[] = [];
  for (const value of known) {
    if (sample.length === 5) break;
    sample.push(`"${value}"`);
  }
  const hint =
    sample.length === 0
      ? `no ${kind} is defined`
      : `known: ${sample.join(', ')}${known.size > sample.length ? ', …' : ''}`;
  problems.push({ path, message: `unknown ${kind} "${id}" (${hint})` });
}
