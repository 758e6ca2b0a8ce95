import { isKnownTimeZone } from './zone-offset.js';
import { wallClockMsToEpoch } from './zoned-time.js';

const localDateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The wall-clock reading of a local date-time (`"2026-12-01T09:00"`, seconds optional) as if it
 * were UTC, or `undefined` when it is malformed or not a calendar date (`2026-02-30T09:00`).
 */
export function parseLocalDateTime(local: string): number | undefined {
  const match = localDateTimePattern.exec(local);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((value) => Number(value ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const epoch = Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(epoch);
  // Date.UTC silently rolls 30 February over into March; a round trip catches it.
  const valid =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  return valid ? epoch : undefined;
}

/**
 * Converts a local date-time string in an IANA time zone to epoch ms (DST resolved as
 * {@link wallClockMsToEpoch} says), or `undefined` for a malformed date-time or an unknown zone.
 *
 * @example zonedLocalToEpoch('2026-12-01T09:00', 'Europe/Paris') // Date.parse('2026-12-01T08:00Z')
 */
export function zonedLocalToEpoch(local: string, timeZone: string): number | undefined {
  const wallClock = parseLocalDateTime(local);
  if (wallClock === undefined || !isKnownTimeZone(timeZone)) return undefined;
  return wallClockMsToEpoch(wallClock, timeZone);
}
