import { toDayNumber, weekdayIndex, formatLocalDate, fromDayNumber } from '../time/local-date.js';
import { zonedToEpoch, zonedWallClock } from '../time/zoned-time.js';

/**
 * The week of an instant on the seller's calendar, as the day number of its Monday (weeks run
 * Monday to Sunday, ISO 8601), in their time zone: a Sunday 23:30 in Paris is the week it ends.
 */
export function localWeek(epochMs: number, timeZone: string): number {
  const day = toDayNumber(zonedWallClock(epochMs, timeZone));
  return day - weekdayIndex(day);
}

/** A week (see {@link localWeek}) as its Monday's date, `2026-11-30`: the name of a weekly board. */
export function weekName(week: number): string {
  return formatLocalDate(fromDayNumber(week));
}

/** The calendar month of an instant on the seller's calendar, as `year * 12 + month - 1`. */
export function localMonth(epochMs: number, timeZone: string): number {
  const clock = zonedWallClock(epochMs, timeZone);
  return clock.year * 12 + clock.month - 1;
}

/** The instant a local month (see {@link localMonth}) begins in `timeZone`. */
export function monthStart(month: number, timeZone: string): number {
  return zonedToEpoch({ year: Math.floor(month / 12), month: (month % 12) + 1, day: 1, hour: 0, minute: 0 }, timeZone);
}
