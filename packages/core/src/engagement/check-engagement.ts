import type { InputProblem } from '../content/input-problem.js';
import { checkReference, uniqueIds, type IdEntry } from '../content/unique-ids.js';

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * What the schema cannot see in the `engagement` section: badge ids used once, and a
 * `challenge-top` rule naming a challenge of the pack. Reads the raw input defensively, like
 * `checkPackReferences`, so it reports in the same run as the schema.
 */
export function checkEngagement(input: unknown, problems: InputProblem[]): void {
  const engagement = record(record(input)?.engagement);
  if (!engagement) return;
  const badges = list(engagement.badges);
  const entries: IdEntry[] = [];
  badges.forEach((badge, index) => {
    const id = record(badge)?.id;
    if (typeof id === 'string') entries.push({ id, path: ['engagement', 'badges', index, 'id'] });
  });
  uniqueIds(entries, 'badge', problems);
  const challengeIds = new Set<string>();
  for (const challenge of list(record(input)?.challenges)) {
    const id = record(challenge)?.id;
    if (typeof id === 'string') challengeIds.add(id);
  }
  badges.forEach((badge, index) => {
    const rule = record(record(badge)?.rule);
    if (rule?.kind !== 'challenge-top' || typeof rule.challengeId !== 'string') return;
    checkReference(
      rule.challengeId,
      challengeIds,
      'challenge',
      ['engagement', 'badges', index, 'rule', 'challengeId'],
      problems,
    );
  });
}
