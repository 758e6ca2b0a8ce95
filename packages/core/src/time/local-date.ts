/**
 * Calendar dates and times of day as a seller's wall clock shows them, with no time zone attached.
 * A local date is handled as a day number (days since 1970-01-01 on the proleptic Gregorian
 * calendar) so adding days and finding weekdays is plain integer arithmetic, with no DST to trip on.
 */

/** Milliseconds in a calendar day of the wall clock (not necessarily of elapsed time). */
export const DAY_MS = 86_400_000;

/** A date on the wall calendar: `{ year: 2027, month: 3, day: 28 }` (month 1–12). */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A wall-clock reading: a local date and a time of day (seconds optional, 0 by default). */
export interface LocalDateTime extends LocalDate {
  readonly hour: number;
  readonly minute: number;
  readonly second?: number;
}

/** Days of the week as schedules name them, Monday first (ISO 8601). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A day of the week (see {@link WEEKDAYS}). */
export type Weekday = (typeof WEEKDAYS)[number];

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^(\d{2}):(\d{2})$/;

/** The day number of a local date: days since 1970-01-01 (negative before). */
export function toDayNumber(date: LocalDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

/** The local date of a day number (see {@link toDayNumber}). */
export function fromDayNumber(dayNumber: number): LocalDate {
  const date = new Date(dayNumber * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Parses `YYYY-MM-DD`, or returns `undefined` when it is malformed or no calendar date
 * (`2026-02-30`), since `Date.UTC` would silently roll it over into March.
 */
export function parseLocalDate(value: string): LocalDate | undefined {
  const match = datePattern.exec(value);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const roundTrip = fromDayNumber(toDayNumber(date));
  return roundTrip.year === date.year && roundTrip.month === date.month && roundTrip.day === date.day
    ? date
    : undefined;
}

/** Formats a local date as `YYYY-MM-DD`. */
export function formatLocalDate(date: LocalDate): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Parses `HH:MM` (00:00–23:59) to minutes after midnight, or `undefined` when malformed. */
export function parseLocalTime(value: string): number | undefined {
  const match = timePattern.exec(value);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour < 24 && minute < 60 ? hour * 60 + minute : undefined;
}

/** The local date `days` calendar days after `date` (negative goes back); month and year roll over. */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Index of the weekday of a day number, 0 = Monday … 6 = Sunday. */
export function weekdayIndex(dayNumber: number): number {
  // 1970-01-01 was a Thursday (index 3); the double modulo keeps days before 1970 in range.
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** The day of the week of a local date (`'sun'` for 2027-03-28). */
export function localWeekday(date: LocalDate): Weekday {
  return WEEKDAYS[weekdayIndex(toDayNumber(date))]!;
}
