import { pickLocalized, type CertificationReminder } from '@mindshare/core';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { MindLocalizeController } from '../shared/i18n/localize.js';
import type { nuggetFeedEn } from './strings/en.js';

/**
 * The feed's reminders of certifications about to expire (or in grace), each naming the challenges
 * that renew it and the score they need; nothing when none is due.
 */
export function renderReminders(
  localize: MindLocalizeController<typeof nuggetFeedEn>,
  lang: string,
  reminders: readonly CertificationReminder[],
  date: (epochMs: number) => string,
): TemplateResult | typeof nothing {
  if (reminders.length === 0) return nothing;
  return html`<section part="reminders" class="reminders" aria-labelledby="reminders-title">
    <h3 id="reminders-title">${localize.term('mindNuggetFeedRemindersTitle')}</h3>
    ${reminders.map((reminder) => {
      const title = pickLocalized(reminder.title, lang);
      const challenges = reminder.renewWith.map((challenge) => pickLocalized(challenge.title, lang));
      return html`<p part="reminder" data-certification=${reminder.certificationId}>
        ${
          reminder.status === 'grace'
            ? localize.term('mindNuggetFeedReminderGrace', title, date(reminder.expiresAt))
            : localize.term('mindNuggetFeedReminderExpiring', title, date(reminder.expiresAt))
        }
        ${localize.term('mindNuggetFeedReminderRenew', new Intl.ListFormat(lang, { type: 'disjunction' }).format(challenges), reminder.minScore)}
      </p>`;
    })}
  </section>`;
}

/** Styles of {@link renderReminders}: a box like the feed's items, edged with the danger colour. */
export const remindersStyles = css`
  .reminders {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 1.5);
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .reminders h3,
  .reminders p {
    margin: 0;
  }
`;
