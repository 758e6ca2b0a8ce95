import type { ActivityEvent } from './activity.js';
import { localWeek } from './calendar.js';

/** The weeks (Monday day numbers, see `localWeek`) with some activity, ascending, each once. */
export function activeWeeks(events: readonly ActivityEvent[], timeZone: string): number[] {
  return [...new Set(events.map((event) => localWeek(event.at, timeZone)))].sort((a, b) => a - b);
}

/**
 * The streak still alive at `now`: consecutive active weeks ending this week, or last week (this
 * week's activity may still come). 0 when neither has activity.
 */
export function currentStreak(weeks: readonly number[], now: number, timeZone: string): number {
  const active = new Set(weeks);
  const thisWeek = localWeek(now, timeZone);
  let week = active.has(thisWeek) ? thisWeek : thisWeek - 7;
  let length = 0;
  while (active.has(week)) {
    length += 1;
    week -= 7;
  }
  return length;
}

/** The longest run of consecutive active weeks. */
export function longestStreak(weeks: readonly number[]): number {
  let longest = 0;
  let run = 0;
  weeks.forEach((week, i) => {
    run = i > 0 && week - weeks[i - 1]! === 7 ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return longest;
}

/**
 * When a streak of `length` weeks was first reached: the first activity of the week that
 * completed the first such run, or `undefined` when there is none yet.
 */
export function streakReachedAt(
  events: readonly ActivityEvent[],
  length: number,
  timeZone: string,
): number | undefined {
  const firstAt = new Map<number, number>();
  for (const event of events) {
    const week = localWeek(event.at, timeZone);
    const known = firstAt.get(week);
    if (known === undefined || event.at < known) firstAt.set(week, event.at);
  }
  const weeks = [...firstAt.keys()].sort((a, b) => a - b);
  let run = 0;
  for (let i = 0; i < weeks.length; i++) {
    run = i > 0 && weeks[i]! - weeks[i - 1]! === 7 ? run + 1 : 1;
    if (run >= length) return firstAt.get(weeks[i]!);
  }
  return undefined;
}
