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
  return html`<section aria-labelledby="earned">
    <h3 id="earned">${localize.term('mindBadgesEarned')}</h3>
    ${
      summary.earned.length === 0
        ? html`<p class="muted">${localize.term('mindBadgesEarnedNone')}</p>`
        : html`<ul part="earned">
            ${summary.earned.map(
              (badge) =>
                html`<li part="badge earned-badge" data-badge=${badge.badgeId}>
                  <span class="title">${pickLocalized(badge.title, lang)}</span>
                  ${badge.description ? html`<span>${pickLocalized(badge.description, lang)}</span>` : nothing}
                  <time datetime=${new Date(badge.earnedAt).toISOString()}>
                    ${localize.term('mindBadgesEarnedOn', context.date(badge.earnedAt))}
                  </time>
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

/** The badges ahead, each with a labelled progress bar and its progress in words. */
export function renderNext(context: BadgesViewContext, summary: EngagementSummary): TemplateResult {
  const { localize } = context;
  const lang = localize.lang();
  return html`<section aria-labelledby="next">
    <h3 id="next">${localize.term('mindBadgesNext')}</h3>
    ${
      summary.next.length === 0
        ? html`<p class="muted">${localize.term('mindBadgesNextNone')}</p>`
        : html`<ul part="next">
            ${summary.next.map((badge) => {
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
            })}
          </ul>`
    }
  </section>`;
}
