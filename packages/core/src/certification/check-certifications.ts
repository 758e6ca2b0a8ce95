import type { InputPath, InputProblem } from '../content/input-problem.js';
import { checkReference, uniqueIds, type IdEntry } from '../content/unique-ids.js';

/**
 * What the schema cannot see in a pack's certifications: ids unique, each required challenge a
 * challenge of the pack and listed once, `count` no more than the challenges listed, and every
 * certified-seller condition of the tier policy naming a certification of the pack. Reads the raw
 * input defensively, like `checkPackReferences`: what is malformed the schema reports.
 */
export function checkCertifications(input: unknown, problems: InputProblem[]): void {
  const challengeIds = new Set(idEntries(field(input, 'challenges'), ['challenges']).map((entry) => entry.id));
  const certifications = list(field(input, 'certifications'));
  const certificationIds = uniqueIds(idEntries(certifications, ['certifications']), 'certification', problems);
  certifications.forEach((certification, c) => {
    const base: InputPath = ['certifications', c, 'requires'];
    const requires = field(certification, 'requires');
    const challenges = list(field(requires, 'challenges'));
    const seen = new Set<string>();
    challenges.forEach((id, i) => {
      if (typeof id !== 'string') return;
      const at: InputPath = [...base, 'challenges', i];
      if (seen.has(id)) problems.push({ path: at, message: `challenge "${id}" is listed twice in this requirement` });
      seen.add(id);
      checkReference(id, challengeIds, 'challenge', at, problems);
    });
    const count = field(requires, 'count');
    if (typeof count === 'number' && challenges.length > 0 && count > challenges.length) {
      problems.push({
        path: [...base, 'count'],
        message: `count ${count} asks for more challenges than the ${challenges.length} listed; lower it or list more`,
      });
    }
  });
  list(field(field(input, 'tierPolicy'), 'tiers')).forEach((tier, t) => {
    const rule = field(tier, 'rule');
    const at: InputPath = ['tierPolicy', 'tiers', t, 'rule'];
    for (const [member, path] of members(rule, at)) {
      const id = field(member, 'certification');
      if (typeof id === 'string')
        checkReference(id, certificationIds, 'certification', [...path, 'certification'], problems);
    }
  });
}

/** The members of a rule's groups, nested one level, with their paths. */
function members(rule: unknown, path: InputPath): [unknown, InputPath][] {
  const found: [unknown, InputPath][] = [];
  for (const kind of ['all', 'any']) {
    list(field(rule, kind)).forEach((member, m) => {
      const at: InputPath = [...path, kind, m];
      found.push([member, at], ...members(member, at));
    });
  }
  return found;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function idEntries(value: unknown, path: InputPath): IdEntry[] {
  const entries: IdEntry[] = [];
  list(value).forEach((item, index) => {
    const id = field(item, 'id');
    if (typeof id === 'string') entries.push({ id, path: [...path, index, 'id'] });
  });
  return entries;
}
