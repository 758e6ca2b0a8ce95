import { distinctEvents, type ActivityEvent } from './activity.js';
import { localMonth, monthStart } from './calendar.js';
import type { Badge, BadgeRule } from './engagement.schema.js';
import { activeWeeks, currentStreak, streakReachedAt } from './streak.js';

/** A nugget released to the seller, and when (from their feed). */
export interface Release {
  readonly nuggetId: string;
  readonly releasedAt: number;
}

/** What badges are judged from: the seller's recorded activity, their releases, their time zone, now. */
export interface BadgeInput {
  readonly badges: readonly Badge[];
  readonly events: readonly ActivityEvent[];
  readonly releases: readonly Release[];
  readonly timeZone: string;
  readonly now: number;
}

/** A badge earned, with the instant its rule first held. */
export interface EarnedBadge {
  readonly badgeId: string;
  readonly earnedAt: number;
}

/** How far a seller is from a badge not earned yet: `current` of `target` (a progress bar). */
export interface BadgeProgress {
  readonly badgeId: string;
  readonly current: number;
  readonly target: number;
}

/** Badges earned (oldest first) and those still ahead, in the pack's order. */
export interface BadgeStanding {
  readonly earned: EarnedBadge[];
  readonly next: BadgeProgress[];
}

interface Judged {
  readonly earnedAt: number | undefined;
  readonly current: number;
  readonly target: number;
}

/**
 * Judges every badge of the pack over a seller's activity. A badge is earned at the first
 * instant its rule held, so it is earned once and on the same date whatever the order in which
 * events were recorded, and however often one was recorded (see `distinctEvents`). Adding
 * activity never takes a badge away.
 */
export function judgeBadges(input: BadgeInput): BadgeStanding {
  const events = distinctEvents(input.events);
  // A podium is judged over every copy of a finish, not the one kept for points and streaks:
  // earned the first instant any copy held a good enough rank, so a copy added (another process
  // counting the same finish) never takes it away nor makes it later.
  const finishes = input.events.filter((event) => event.kind === 'challenge-finished');
  const earned: EarnedBadge[] = [];
  const next: BadgeProgress[] = [];
  const seen = new Set<string>();
  for (const badge of input.badges) {
    if (seen.has(badge.id)) continue; // the pack check refuses repeats; never award one twice anyway
    seen.add(badge.id);
    const judged = judge(badge.rule, badge.rule.kind === 'challenge-top' ? finishes : events, input);
    if (judged.earnedAt !== undefined) earned.push({ badgeId: badge.id, earnedAt: judged.earnedAt });
    else next.push({ badgeId: badge.id, current: Math.min(judged.current, judged.target), target: judged.target });
  }
  earned.sort((a, b) => a.earnedAt - b.earnedAt || (a.badgeId < b.badgeId ? -1 : 1));
  return { earned, next };
}

function earliest(events: readonly ActivityEvent[]): number | undefined {
  return events.length === 0 ? undefined : Math.min(...events.map((event) => event.at));
}

function judge(rule: BadgeRule, events: readonly ActivityEvent[], input: BadgeInput): Judged {
  switch (rule.kind) {
    case 'streak':
      return {
        earnedAt: streakReachedAt(events, rule.weeks, input.timeZone),
        current: currentStreak(activeWeeks(events, input.timeZone), input.now, input.timeZone),
        target: rule.weeks,
      };
    case 'first-pitch': {
      const earnedAt = earliest(events.filter((event) => event.kind === 'pitch-sent'));
      return { earnedAt, current: earnedAt === undefined ? 0 : 1, target: 1 };
    }
    case 'challenge-top': {
      const podium = events.filter(
        (event) =>
          event.kind === 'challenge-finished' &&
          event.rank !== undefined &&
          event.rank <= rule.rank &&
          (rule.challengeId === undefined || event.subjectId === rule.challengeId),
      );
      const earnedAt = earliest(podium.map((event) => ({ ...event, at: event.rankedAt ?? event.at })));
      return { earnedAt, current: earnedAt === undefined ? 0 : 1, target: 1 };
    }
    case 'month-read':
      return monthRead(events, input);
  }
}

/**
 * Every nugget released to the seller in one calendar month (their time zone) read, judged once
 * the month is over: earned when the last of them was read, or when the month ended if later.
 * Progress is this month's: read of released so far.
 */
function monthRead(events: readonly ActivityEvent[], input: BadgeInput): Judged {
  const readAt = new Map<string, number>();
  for (const event of events) if (event.kind === 'nugget-read') readAt.set(event.subjectId, event.at);
  const byMonth = new Map<number, Set<string>>();
  for (const release of input.releases) {
    if (release.releasedAt > input.now) continue;
    const month = localMonth(release.releasedAt, input.timeZone);
    const nuggets = byMonth.get(month) ?? new Set<string>();
    nuggets.add(release.nuggetId);
    byMonth.set(month, nuggets);
  }
  let earnedAt: number | undefined;
  for (const [month, nuggets] of byMonth) {
    const end = monthStart(month + 1, input.timeZone);
    if (end > input.now) continue;
    let last = end;
    let all = true;
    for (const nuggetId of nuggets) {
      const at = readAt.get(nuggetId);
      if (at === undefined) {
        all = false;
        break;
      }
      last = Math.max(last, at);
    }
    if (all && (earnedAt === undefined || last < earnedAt)) earnedAt = last;
  }
  const thisMonth = byMonth.get(localMonth(input.now, input.timeZone)) ?? new Set<string>();
  const read = [...thisMonth].filter((nuggetId) => readAt.has(nuggetId)).length;
  return { earnedAt, current: read, target: Math.max(1, thisMonth.size) };
}
