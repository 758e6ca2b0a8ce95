import { pickLocalized, type EngagementSummary } from '@mindshare/core';
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
  const { localize } = context;
  const lang = localize.lang();
  return badgeList(
    'earned',
    localize.term('mindBadgesEarned'),
    localize.term('mindBadgesEarnedNone'),
    summary.earned.map(
      (badge) =>
        html`<li part="badge earned-badge" data-badge=${badge.badgeId}>
          <span class="title">${pickLocalized(badge.title, lang)}</span>
          ${badge.description ? html`<span>${pickLocalized(badge.description, lang)}</span>` : nothing}
          <time datetime=${new Date(badge.earnedAt).toISOString()}>
            ${localize.term('mindBadgesEarnedOn', context.date(badge.earnedAt))}
          </time>
        </li>`,
    ),
  );
}

/** The badges ahead, each with a labelled progress bar and its progress in words. */
export function renderNext(context: BadgesViewContext, summary: EngagementSummary): TemplateResult {
  const { localize } = context;
  const lang = localize.lang();
  return badgeList(
    'next',
    localize.term('mindBadgesNext'),
    localize.term('mindBadgesNextNone'),
    summary.next.map((badge) => {
      const id = `progress-${badge.badgeId}`;
      const words = localize.term('mindBadgesProgress', badge.rule, badge.current, badge.target);
      return html`<li part="badge next-badge" data-badge=${badge.badgeId}>
        <span class="title" id=${`${id}-title`}>${pickLocalized(badge.title, lang)}</span>
        ${badge.description ? html`<span>${pickLocalized(badge.description, lang)}</span>` : nothing}
        <progress
          part="progress"
          max=${badge.target}
          .value=${badge.current}
          aria-labelledby=${`${id}-title`}
          aria-describedby=${id}
          aria-valuetext=${words}
        ></progress>
        <span class="muted" id=${id}>${words}</span>
      </li>`;
    }),
  );
}

/** A titled list of badges (its part named `id`, like its heading), or the words for none. */
function badgeList(
  id: 'earned' | 'next',
  title: string,
  none: string,
  items: readonly TemplateResult[],
): TemplateResult {
  return html`<section aria-labelledby=${id}>
    <h3 id=${id}>${title}</h3>
    ${
      items.length === 0
        ? html`<p class="muted">${none}</p>`
        : html`<ul part=${id}>
            ${items}
          </ul>`
    }
  </section>`;
}
