import { z } from '../content/zod.js';
import { parseLocalDateTime, zonedLocalToEpoch } from '../time/local-date-time.js';
import { isKnownTimeZone } from '../time/zone-offset.js';

const LocalDateTimeSchema = z
  .string()
  .check(
    z.refine(
      (value) => parseLocalDateTime(value) !== undefined,
      'expected a local date-time without offset, e.g. "2026-12-01T09:00", on a real calendar day',
    ),
  );

/**
 * When a challenge is open. `opensAt` and `closesAt` are local wall-clock times (no offset) read in
 * the IANA `timeZone`, so "09:00 in Paris" stays 09:00 across a daylight-saving change; see
 * `zonedLocalToEpoch` for times that a change skips or repeats. Open from `opensAt` inclusive to
 * `closesAt` exclusive.
 */
export const ChallengeWindowSchema = z
  .strictObject({
    opensAt: LocalDateTimeSchema,
    closesAt: LocalDateTimeSchema,
    timeZone: z
      .string()
      .check(z.refine(isKnownTimeZone, 'expected an IANA time zone such as "Europe/Paris" or "America/New_York"')),
  })
  .check(
    z.superRefine((window, ctx) => {
      const bounds = windowBounds(window);
      if (bounds && bounds.closesAt <= bounds.opensAt) {
        ctx.issues.push({
          code: 'custom',
          input: window.closesAt,
          path: ['closesAt'],
          message: `expected closesAt to be after opensAt (${window.opensAt} ${window.timeZone})`,
        });
      }
    }),
  );

/** A challenge window (see {@link ChallengeWindowSchema}). */
export type ChallengeWindow = z.infer<typeof ChallengeWindowSchema>;

/** A window as instants, in epoch ms. */
export interface WindowBounds {
  readonly opensAt: number;
  readonly closesAt: number;
}

/** The window's opening and closing instants, or `undefined` if a date-time or zone is invalid. */
export function windowBounds(window: ChallengeWindow): WindowBounds | undefined {
  const opensAt = zonedLocalToEpoch(window.opensAt, window.timeZone);
  const closesAt = zonedLocalToEpoch(window.closesAt, window.timeZone);
  return opensAt === undefined || closesAt === undefined ? undefined : { opensAt, closesAt };
}
