import { MindError } from '../errors/mind-error.js';
import { DAY_MS } from './local-date.js';

const WEEK_MS = 7 * DAY_MS;
// A zone's cache is dropped past this many weeks (about 190 years), so a caller sweeping across
// centuries cannot grow memory without bound.
const MAX_WEEKS_PER_ZONE = 10_000;

/** The offsets of one UTC week: `before` until `transition`, `after` from it on. */
interface WeekOffsets {
  readonly before: number;
  readonly after: number;
  readonly transition: number;
}

interface ZoneCache {
  readonly formatter: Intl.DateTimeFormat;
  /** Offset at the start of each UTC week, by week number. */
  readonly atWeekStart: Map<number, number>;
  readonly weeks: Map<number, WeekOffsets>;
}

const zones = new Map<string, ZoneCache>();

function zoneCache(timeZone: string): ZoneCache {
  let cache = zones.get(timeZone);
  if (!cache) {
    let formatter: Intl.DateTimeFormat;
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch (cause) {
      throw new MindError(
        'MIND_INVALID_INPUT',
        `unknown time zone "${timeZone}"; expected an IANA name such as "Europe/Paris" or "UTC"`,
        {
          path: ['timeZone'],
          cause,
        },
      );
    }
    cache = { formatter, atWeekStart: new Map(), weeks: new Map() };
    zones.set(timeZone, cache);
  }
  return cache;
}

// en-US with h23 formats as "3/28/2027 AD, 09:00:00". format() is several times faster than
// formatToParts(), which allocates an object per part; the parts remain the fallback should a
// runtime's ICU lay the string out differently.
const formatted = /^(\d+)\/(\d+)\/(\d+)\s(AD|BC),\s(\d+):(\d+):(\d+)$/;

/** The wall clock read from Intl itself, as if it were UTC: the slow path. */
function readWallClock(date: Date, formatter: Intl.DateTimeFormat): number {
  const match = formatted.exec(formatter.format(date));
  const fields: Partial<Record<string, string>> = {};
  if (match) {
    const names = ['month', 'day', 'year', 'era', 'hour', 'minute', 'second'];
    names.forEach((name, index) => (fields[name] = match[index + 1]));
  } else {
    for (const part of formatter.formatToParts(date)) fields[part.type] = part.value;
  }
  const year = Number(fields['year']);
  return Date.UTC(
    fields['era'] === 'BC' ? 1 - year : year,
    Number(fields['month']) - 1,
    Number(fields['day']),
    Number(fields['hour']),
    Number(fields['minute']),
    Number(fields['second']),
  );
}

/** The offset at one instant, read from Intl. */
function exactOffset(epochMs: number, formatter: Intl.DateTimeFormat): number {
  // Intl drops milliseconds, so compare with the instant truncated to the second.
  return readWallClock(new Date(epochMs), formatter) - Math.floor(epochMs / 1000) * 1000;
}

function offsetAtWeekStart(week: number, cache: ZoneCache): number {
  let offset = cache.atWeekStart.get(week);
  if (offset === undefined) {
    offset = exactOffset(week * WEEK_MS, cache.formatter);
    cache.atWeekStart.set(week, offset);
  }
  return offset;
}

function weekOffsets(week: number, cache: ZoneCache): WeekOffsets {
  let offsets = cache.weeks.get(week);
  if (offsets) return offsets;
  const start = week * WEEK_MS;
  const before = offsetAtWeekStart(week, cache);
  const after = offsetAtWeekStart(week + 1, cache);
  let transition = Infinity;
  if (before !== after) {
    // Zones change offset on whole seconds: bisect to the first second carrying the new offset.
    let low = start;
    let high = start + WEEK_MS;
    while (high - low > 1000) {
      const middle = low + Math.floor((high - low) / 2000) * 1000;
      if (exactOffset(middle, cache.formatter) === before) low = middle;
      else high = middle;
    }
    transition = high;
  }
  offsets = { before, after, transition };
  if (cache.weeks.size >= MAX_WEEKS_PER_ZONE) {
    cache.weeks.clear();
    cache.atWeekStart.clear();
  }
  cache.weeks.set(week, offsets);
  return offsets;
}

/**
 * The offset of `timeZone` from UTC at instant `epochMs`, in ms (Europe/Paris in winter:
 * 3 600 000). Throws `MIND_INVALID_INPUT` for a zone the runtime does not know.
 *
 * Intl is asked once per UTC week and zone, and the answer is memoised (a feed computes hundreds
 * of release times; formatToParts costs microseconds each). A week whose two ends differ is
 * bisected to the second of its transition. This assumes a zone changes offset at most once in
 * any seven days, which holds for every rule in the IANA database today.
 */
export function zoneOffsetAt(epochMs: number, timeZone: string): number {
  const offsets = weekOffsets(Math.floor(epochMs / WEEK_MS), zoneCache(timeZone));
  return epochMs < offsets.transition ? offsets.before : offsets.after;
}

/** Whether `timeZone` is an IANA time zone this runtime knows (`Europe/Paris`, `UTC`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    zoneCache(timeZone);
    return true;
  } catch {
    return false;
  }
}
