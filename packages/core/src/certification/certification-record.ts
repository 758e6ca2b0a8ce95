import type { Certification } from './certification.schema.js';
import type { CertificationRecord } from './certification-record.schema.js';

const DAY_MS = 86_400_000;

/** One finished attempt at a challenge, as a certification reads it. */
export interface ChallengePass {
  readonly challengeId: string;
  /** The attempt's total in percent of the challenge's highest possible total. */
  readonly percent: number;
  /** When the attempt finished (epoch ms). */
  readonly at: number;
}

/** The share of `max` that `total` is, in percent rounded to 0.01, 0 when nothing could be scored. */
export function scorePercent(total: number, max: number): number {
  return max > 0 ? Math.round((Math.max(0, total) / max) * 10_000) / 100 : 0;
}

/** How many challenges a certification asks to pass: `count`, else all of them. */
export function requiredCount(certification: Certification): number {
  const { challenges, count } = certification.requires;
  return Math.min(count ?? challenges.length, challenges.length);
}

/** The required challenges whose best score meets the certification's minimum. */
export function passedChallenges(certification: Certification, best: Readonly<Record<string, number>>): string[] {
  const { challenges, minScore } = certification.requires;
  return challenges.filter((id) => Object.hasOwn(best, id) && best[id]! >= minScore);
}

/** Whether `best` meets the certification's requirement. */
export function meetsRequirement(certification: Certification, best: Readonly<Record<string, number>>): boolean {
  return passedChallenges(certification, best).length >= requiredCount(certification);
}

/**
 * The record after a finished attempt; `previous` itself (possibly `undefined`) when the attempt
 * changes nothing: a challenge the certification does not ask for, or no better score and nothing
 * to renew. Each change gets the next `step`.
 *
 * - the best score of each required challenge is kept;
 * - the certification is awarded once, by the pass that first meets the requirement: `awardedAt`
 *   never changes afterwards;
 * - a pass of a required challenge while the requirement is met renews it: `expiresAt` becomes
 *   `at + validDays` when that is later, so it never moves earlier whatever the order of passes.
 */
export function recordPass(
  previous: CertificationRecord | undefined,
  certification: Certification,
  sellerId: string,
  pass: ChallengePass,
): CertificationRecord | undefined {
  if (!certification.requires.challenges.includes(pass.challengeId)) return previous;
  const before = previous ?? { certificationId: certification.id, sellerId, best: {}, step: 0 };
  const improved = !Object.hasOwn(before.best, pass.challengeId) || pass.percent > before.best[pass.challengeId]!;
  const best = improved ? { ...before.best, [pass.challengeId]: pass.percent } : before.best;
  const step = before.step + 1;
  if (pass.percent < certification.requires.minScore || !meetsRequirement(certification, best)) {
    return improved ? { ...before, best, step } : previous;
  }
  const expiresAt = Math.max(before.expiresAt ?? Number.NEGATIVE_INFINITY, pass.at + certification.validDays * DAY_MS);
  const awardedAt = before.awardedAt ?? pass.at;
  const renewedAt = Math.max(before.renewedAt ?? awardedAt, pass.at);
  const same = expiresAt === before.expiresAt && awardedAt === before.awardedAt && renewedAt === before.renewedAt;
  return !improved && same ? previous : { ...before, best, awardedAt, renewedAt, expiresAt, step };
}

/**
 * Where a seller stands on a certification at `now`:
 * - `not-earned`: never awarded;
 * - `held`: awarded and more than `reminderDays` before expiry;
 * - `expiring`: within `reminderDays` of expiry (renew it now);
 * - `grace`: past expiry but within `graceDays`: still counted as certified;
 * - `expired`: past expiry and grace.
 */
export type CertificationStatus = 'not-earned' | 'held' | 'expiring' | 'grace' | 'expired';

/** The status of `record` at `now` (see {@link CertificationStatus}). */
export function certificationStatus(
  record: CertificationRecord | undefined,
  certification: Certification,
  now: number,
): CertificationStatus {
  if (record?.awardedAt === undefined || record.expiresAt === undefined) return 'not-earned';
  if (now < record.expiresAt) {
    return now >= record.expiresAt - certification.reminderDays * DAY_MS ? 'expiring' : 'held';
  }
  return now < graceEndOf(record, certification) ? 'grace' : 'expired';
}

/** When the grace after expiry ends (epoch ms); `undefined` for a record never awarded. */
export function graceEndOf(record: CertificationRecord, certification: Certification): number {
  return (record.expiresAt ?? 0) + certification.graceDays * DAY_MS;
}

/** Whether a status counts the seller as certified: held, expiring, or in its grace period. */
export function countsAsCertified(status: CertificationStatus): boolean {
  return status === 'held' || status === 'expiring' || status === 'grace';
}
