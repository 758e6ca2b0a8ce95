import { DAY_MS, WEEKDAYS, parseLocalDate, parseLocalTime, toDayNumber, weekdayIndex } from '../time/local-date.js';
import { wallClockMsToEpoch } from '../time/zoned-time.js';
import { zoneOffsetAt } from '../time/zone-offset.js';
import type { Cadence, Schedule } from './schedule.schema.js';

/**
 * A schedule's releases for one seller's time zone, precomputed so each release time costs a few
 * arithmetic operations: slot k is found directly (every n days) or by whole weeks (weekdays),
 * never by walking the calendar day by day.
 */
export interface ReleasePlan {
  readonly scheduleId: string;
  readonly timeZone: string;
  /** How many of the schedule's nuggets get a slot at all (the rest fall after `end`). */
  readonly count: number;
  /** Day number (see `toDayNumber`) of slot k. */
  readonly slotDay: (k: number) => number;
  /** Minutes after local midnight of every release. */
  readonly minuteOfDay: number;
}

/** Builds slot-day arithmetic for a cadence: `slotDay(k)` and `slotsThrough(day)`. */
function slotArithmetic(
  cadence: Cadence,
  startDay: number,
): { slotDay: (k: number) => number; slotsThrough: (day: number) => number } {
  const { days: step, weekdays = [] } = cadence.every;
  if (step !== undefined) {
    return {
      slotDay: (k) => startDay + k * step,
      slotsThrough: (day) => (day < startDay ? 0 : Math.floor((day - startDay) / step) + 1),
    };
  }
  // Weekday offsets from Monday, sorted; the first week only has those on or after the start.
  const offsets = [...new Set(weekdays.map((weekday) => WEEKDAYS.indexOf(weekday)))].sort((a, b) => a - b);
  const weekStart = startDay - weekdayIndex(startDay);
  const firstWeek = offsets.filter((offset) => offset >= startDay - weekStart);
  const perWeek = offsets.length;
  const upTo = (list: readonly number[], weekday: number): number => list.filter((offset) => offset <= weekday).length;
  return {
    slotDay: (k) => {
      if (k < firstWeek.length) return weekStart + firstWeek[k]!;
      const j = k - firstWeek.length;
      return weekStart + 7 * (1 + Math.floor(j / perWeek)) + offsets[j % perWeek]!;
    },
    slotsThrough: (day) => {
      if (day < startDay) return 0;
      const week = Math.floor((day - weekStart) / 7);
      const weekday = (day - weekStart) % 7;
      return week === 0 ? upTo(firstWeek, weekday) : firstWeek.length + (week - 1) * perWeek + upTo(offsets, weekday);
    },
  };
}

/**
 * Plans a schedule's releases for a seller in `timeZone`. Expects a parsed schedule (dates and
 * times already validated); throws `MIND_INVALID_INPUT` for an unknown time zone.
 */
export function planReleases(schedule: Schedule, timeZone: string): ReleasePlan {
  zoneOffsetAt(0, timeZone); // fail fast on an unknown zone, before any release is asked for
  const startDay = toDayNumber(parseLocalDate(schedule.cadence.start)!);
  const { slotDay, slotsThrough } = slotArithmetic(schedule.cadence, startDay);
  const end = schedule.end === undefined ? undefined : parseLocalDate(schedule.end);
  const count =
    end === undefined ? schedule.nuggets.length : Math.min(schedule.nuggets.length, slotsThrough(toDayNumber(end)));
  return { scheduleId: schedule.id, timeZone, count, slotDay, minuteOfDay: parseLocalTime(schedule.cadence.time)! };
}

/**
 * The instant the `index`-th nugget of the plan's schedule is released: its slot's date at the
 * cadence time on the seller's clock (09:00 in Paris is 09:00 local on both sides of a DST
 * change; a time inside a spring-forward gap is released when the gap ends). `undefined` when
 * the nugget has no slot (after `end`, or past the list).
 */
export function releaseAt(plan: ReleasePlan, index: number): number | undefined {
  if (!Number.isInteger(index) || index < 0 || index >= plan.count) return undefined;
  return wallClockMsToEpoch(plan.slotDay(index) * DAY_MS + plan.minuteOfDay * 60_000, plan.timeZone);
}

/**
 * How many of the plan's nuggets are released at or before `instant` (they are the first ones:
 * releases strictly increase with the index). A binary search, so O(log n) time conversions.
 */
export function releasedCount(plan: ReleasePlan, instant: number): number {
  let low = 0;
  let high = plan.count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (releaseAt(plan, middle)! <= instant) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first release strictly after `instant`: which nugget (by index) and when; `undefined` when none is left. */
export function nextReleaseAfter(plan: ReleasePlan, instant: number): { index: number; at: number } | undefined {
  const index = releasedCount(plan, instant);
  const at = releaseAt(plan, index);
  return at === undefined ? undefined : { index, at };
}
