import { checkTierPolicy } from '../tiers/check-tier-policy.js';
import { TierPolicySchema, type TierPolicy } from '../tiers/tier-policy.schema.js';
import { checkPackLocales } from './check-pack-locales.js';
import { checkEngagement } from '../engagement/check-engagement.js';
import { checkPackReferences, tierIdsOf } from './check-pack-references.js';
import { checkCertifications } from '../certification/check-certifications.js';
import { ContentPackSchema, type ContentPack } from './content-pack.schema.js';
import type { InputProblem } from './input-problem.js';

/**
 * What the schema cannot see in a pack: unique ids, references that resolve, the tier policy's own
 * consistency and the language list. Reads the raw input defensively (see `checkPackReferences`),
 * so it reports in the same run as the schema; `parsed` is the schema's result when it succeeded.
 */
export function crossCheckPack(input: unknown, parsed: ContentPack | undefined): InputProblem[] {
  const problems: InputProblem[] = [];
  checkPackReferences(input, tierIdsOf(input), problems);
  checkCertifications(input, problems);
  const policy = parsed ? parsed.tierPolicy : parsedTierPolicy(input);
  if (policy) {
    for (const problem of checkTierPolicy(policy)) {
      problems.push({ path: ['tierPolicy', ...problem.path], message: problem.message });
    }
  }
  checkLocaleList(input, problems);
  checkEngagement(input, problems);
  const locales = stringList(field(input, 'locales'));
  if (locales.length > 0) checkPackLocales(ContentPackSchema, input, locales, problems);
  return problems;
}

function parsedTierPolicy(input: unknown): TierPolicy | undefined {
  const result = TierPolicySchema.safeParse(field(input, 'tierPolicy'));
  return result.success ? result.data : undefined;
}

/** `defaultLocale` must be one of `locales`, and each locale listed once. */
function checkLocaleList(input: unknown, problems: InputProblem[]): void {
  const raw = field(input, 'locales');
  if (!Array.isArray(raw)) return;
  const seen = new Set<string>();
  raw.forEach((tag, index) => {
    if (typeof tag !== 'string') return;
    if (seen.has(tag.toLowerCase()))
      problems.push({ path: ['locales', index], message: `locale "${tag}" is listed twice` });
    seen.add(tag.toLowerCase());
  });
  const defaultLocale = field(input, 'defaultLocale');
  if (typeof defaultLocale === 'string' && seen.size > 0 && !seen.has(defaultLocale.toLowerCase())) {
    problems.push({
      path: ['defaultLocale'],
      message: `defaultLocale "${defaultLocale}" is not among the pack's locales; add it to "locales"`,
    });
  }
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
