import { pickLocalized, type EngagementSummary, type LocalizedText } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { MindLocalizeController } from '../shared/i18n/localize.js';
import type { badgesEn } from './strings/en.js';

/** What the views of `<mind-badges>` read from their element. */
export interface BadgesViewContext {
  readonly localize: MindLocalizeController<typeof badgesEn>;
  /** A date in the element's language and the viewer's time zone. */
  readonly date: (epochMs: number) => string;
}

/** Points all time and this week, and the streak. */
export function renderPoints(context: BadgesViewContext, summary: EngagementSummary): TemplateResult {
  const { localize } = context;
  return html`<p part="points">
    <strong>${localize.term('mindBadgesPoints', summary.points)}</strong>
    <span>${localize.term('mindBadgesWeekPoints', summary.weekPoints)}</span>
    <span>${localize.term('mindBadgesStreak', summary.streak)}</span>
  </p>`;
}

/** The badges earned, each with its date (a `<time>`), oldest first. */
export function renderEarned(context: BadgesViewContext, summary: EngagementSummary): TemplateResult {
  return badgeList(
    context,
    'earned',
    summary.earned,
    (badge) =>
      html`<time datetime=${new Date(badge.earnedAt).toISOString()}>
        ${context.localize.term('mindBadgesEarnedOn', context.date(badge.earnedAt))}
      </time>`,
  );
}

/** The badges ahead, each with a labelled progress bar and its progress in words. */
export function renderNext(context: BadgesViewContext, summary: EngagementSummary): TemplateResult {
  return badgeList(context, 'next', summary.next, (badge, titleId) => {
    const id = `progress-${badge.badgeId}`;
    const words = context.localize.term('mindBadgesProgress', badge.rule, badge.current, badge.target);
    return html`<progress
        part="progress"
        max=${badge.target}
        .value=${badge.current}
        aria-labelledby=${titleId}
        aria-describedby=${id}
        aria-valuetext=${words}
      ></progress>
      <span class="muted" id=${id}>${words}</span>`;
  });
}

/** Each list's heading, and the words shown in its place when it has no badge. */
const LIST_TERMS = {
  earned: { title: 'mindBadgesEarned', none: 'mindBadgesEarnedNone' },
  next: { title: 'mindBadgesNext', none: 'mindBadgesNextNone' },
} as const;

/** What every badge shows, earned or not: its title and description, in the element's language. */
interface BadgeText {
  readonly badgeId: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
}

/**
 * A titled list of badges (its part named `id`, like its heading), or the words for none. Each
 * badge shows its title (with the id `titleId`, to name what `status` adds) and its description,
 * then what `status` says of it.
 */
function badgeList<Badge extends BadgeText>(
  context: BadgesViewContext,
  id: keyof typeof LIST_TERMS,
  badges: readonly Badge[],
  status: (badge: Badge, titleId: string) => TemplateResult,
): TemplateResult {
  const { localize } = context;
  const lang = localize.lang();
  return html`<section aria-labelledby=${id}>
    <h3 id=${id}>${localize.term(LIST_TERMS[id].title)}</h3>
    ${
      badges.length === 0
        ? html`<p class="muted">${localize.term(LIST_TERMS[id].none)}</p>`
        : html`<ul part=${id}>
            ${badges.map((badge) => {
              const titleId = `${id}-${badge.badgeId}-title`;
              return html`<li part="badge ${id}-badge" data-badge=${badge.badgeId}>
                <span class="title" id=${titleId}>${pickLocalized(badge.title, lang)}</span>
                ${badge.description ? html`<span>${pickLocalized(badge.description, lang)}</span>` : nothing}
                ${status(badge, titleId)}
              </li>`;
            })}
          </ul>`
    }
  </section>`;
}
