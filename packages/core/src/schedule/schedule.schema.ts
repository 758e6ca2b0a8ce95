import { z } from '../content/zod.js';
import { RepetitionModeSchema } from '../repetition/repetition-mode.js';
import { IdSchema } from '../content/id.schema.js';
import { LocaleSchema } from '../content/localized-text.schema.js';
import { WEEKDAYS, parseLocalDate, parseLocalTime, toDayNumber } from '../time/local-date.js';

// An empty list would read as "nobody" to some authors and "everyone" to others: refuse it.
const nonEmptyList = <T extends z.ZodMiniType>(item: T, field: string) =>
  z.exactOptional(
    z.array(item).check(z.minLength(1, `expected at least one ${field}; omit the field to target everyone`)),
  );

const label = z.string().check(z.minLength(1));

/**
 * Who a schedule is for. An absent field means everyone; within a field the seller needs any one
 * of the values, and across fields all of them (`{ tiers: ['platinum'], locales: ['fr'] }` is
 * French-speaking Platinum sellers). A locale matches its regional variants (`fr` matches `fr-CA`).
 */
export const SegmentSchema = z.strictObject({
  tiers: nonEmptyList(IdSchema, 'tier id'),
  partners: nonEmptyList(IdSchema, 'partner id'),
  roles: nonEmptyList(label, 'role'),
  regions: nonEmptyList(label, 'region'),
  locales: nonEmptyList(LocaleSchema, 'locale'),
  teams: nonEmptyList(label, 'team'),
});

/** A segment (see {@link SegmentSchema}). */
export type Segment = z.infer<typeof SegmentSchema>;

/** A calendar date, `YYYY-MM-DD`, that exists (`2027-02-29` does not). */
export const LocalDateStringSchema = z
  .string()
  .check(
    z.refine(
      (value) => parseLocalDate(value) !== undefined,
      'expected a calendar date as "YYYY-MM-DD", e.g. "2027-03-01"',
    ),
  );

/** A time of day, `HH:MM` on a 24-hour clock. */
export const LocalTimeStringSchema = z
  .string()
  .check(z.refine((value) => parseLocalTime(value) !== undefined, 'expected a time of day as "HH:MM", e.g. "09:00"'));

/** Days of the week, `mon` … `sun`. */
export const WeekdaySchema = z.enum(WEEKDAYS);

/**
 * How often slots come: `{ days: n }` is every n days from the start date (1 = daily, 7 = weekly);
 * `{ weekdays: ['mon', 'thu'] }` is those days of each week. Exactly one of the two. One object
 * rather than a union, so a mistake is reported at its own path instead of as "invalid union".
 */
export const EverySchema = z
  .strictObject({
    days: z.exactOptional(z.int().check(z.minimum(1, 'expected days ≥ 1'))),
    weekdays: z.exactOptional(
      z.array(WeekdaySchema).check(z.minLength(1, 'expected at least one weekday, e.g. ["mon", "thu"]')),
    ),
  })
  .check(
    z.superRefine((every, ctx) => {
      if ((every.days === undefined) === (every.weekdays === undefined)) {
        ctx.issues.push({
          code: 'custom',
          input: every,
          path: [],
          message: 'expected exactly one of { "days": 1 } or { "weekdays": ["mon", …] }',
        });
      }
      const seen = new Set<string>();
      every.weekdays?.forEach((weekday, index) => {
        if (seen.has(weekday))
          ctx.issues.push({
            code: 'custom',
            input: weekday,
            path: ['weekdays', index],
            message: `duplicate weekday "${weekday}"`,
          });
        seen.add(weekday);
      });
    }),
  );

/** A cadence's rhythm (see `EverySchema`). */
export type Every = z.infer<typeof EverySchema>;

/**
 * When nuggets are released: one per slot, the first slot on `start` (or, for weekdays, the first
 * listed weekday on or after it), at `time` on the seller's own clock, in their own time zone.
 */
export const CadenceSchema = z.strictObject({
  start: LocalDateStringSchema,
  time: LocalTimeStringSchema,
  every: EverySchema,
});

/** A cadence (see {@link CadenceSchema}). */
export type Cadence = z.infer<typeof CadenceSchema>;

/**
 * A content schedule of the editorial line: the nuggets (in order) that a segment of sellers
 * receives, one per cadence slot; slots after `end` (inclusive, the seller's local date) release
 * nothing.
 */
export const ScheduleSchema = z
  .strictObject({
    id: IdSchema,
    segment: SegmentSchema,
    nuggets: z.array(IdSchema).check(z.minLength(1, 'expected at least one nugget id')),
    cadence: CadenceSchema,
    end: z.exactOptional(LocalDateStringSchema),
    repetition: RepetitionModeSchema,
  })
  .check(
    z.superRefine((schedule, ctx) => {
      const seen = new Map<string, number>();
      schedule.nuggets.forEach((id, index) => {
        const first = seen.get(id);
        if (first !== undefined) {
          ctx.issues.push({
            code: 'custom',
            input: id,
            path: ['nuggets', index],
            message: `nugget "${id}" is already listed at index ${first}; list each nugget once`,
          });
        } else seen.set(id, index);
      });
      const start = parseLocalDate(schedule.cadence.start);
      const end = schedule.end === undefined ? undefined : parseLocalDate(schedule.end);
      if (start && end && toDayNumber(end) < toDayNumber(start)) {
        ctx.issues.push({
          code: 'custom',
          input: schedule.end,
          path: ['end'],
          message: `end ${schedule.end} is before the cadence start ${schedule.cadence.start}`,
        });
      }
    }),
  );

/** A schedule (see {@link ScheduleSchema}). */
export type Schedule = z.infer<typeof ScheduleSchema>;
