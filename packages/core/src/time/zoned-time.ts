import { DAY_MS, type LocalDateTime } from './local-date.js';
import { zoneOffsetAt } from './zone-offset.js';

/**
 * The wall-clock reading of a local date-time as if it were UTC, in ms. Out-of-range fields roll
 * over (`day: 32` is the 1st of the next month), which date arithmetic relies on.
 */
export function wallClockMs(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second ?? 0);
}

/**
 * What a clock in `timeZone` shows at instant `epochMs` (seconds included, milliseconds dropped).
 *
 * @example zonedWallClock(Date.parse('2027-03-28T07:00Z'), 'Europe/Paris') // 2027-03-28 09:00:00
 */
export function zonedWallClock(epochMs: number, timeZone: string): Required<LocalDateTime> {
  const date = new Date(epochMs + zoneOffsetAt(epochMs, timeZone));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/**
 * The instant a wall-clock reading (given as {@link wallClockMs}) happens in `timeZone`, resolved
 * like Temporal's `compatible` disambiguation, which is what a person means by "09:00 my time":
 *
 * - a reading that happens twice (clocks go back, Paris 2026-10-25 02:30) is the earlier instant,
 *   the first time the clock shows it;
 * - a reading that never happens (clocks go forward, Paris 2027-03-28 02:30) moves forward by the
 *   length of the gap (03:30 CEST), so a release is late by the gap, never skipped or early.
 */
export function wallClockMsToEpoch(wallClock: number, timeZone: string): number {
  // No zone changes its offset twice within two days, so the offsets a day either side are the
  // only candidates.
  const before = zoneOffsetAt(wallClock - DAY_MS, timeZone);
  const after = zoneOffsetAt(wallClock + DAY_MS, timeZone);
  if (before === after) return wallClock - before;
  const early = wallClock - before;
  const late = wallClock - after;
  const earlyValid = zoneOffsetAt(early, timeZone) === before;
  const lateValid = zoneOffsetAt(late, timeZone) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  // In the gap: read the clock with the offset in force before it, which lands after the gap.
  return early;
}

/**
 * The instant at which a clock in `timeZone` shows `local` (see {@link wallClockMsToEpoch} for
 * the DST rules). Throws `MIND_INVALID_INPUT` for an unknown zone.
 *
 * @example zonedToEpoch({ year: 2027, month: 3, day: 28, hour: 9, minute: 0 }, 'Europe/Paris')
 * // Date.parse('2027-03-28T07:00Z')
 */
export function zonedToEpoch(local: LocalDateTime, timeZone: string): number {
  return wallClockMsToEpoch(wallClockMs(local), timeZone);
}
