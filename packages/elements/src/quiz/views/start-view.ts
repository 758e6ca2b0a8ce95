import { html, nothing, type TemplateResult } from 'lit';
import { formatDuration } from '../../shared/timing/duration-format.js';
import type { QuizViewContext } from './view-context.js';

/** The start view: title, description, rules (time limit, attempts left), rewards, start button. */
export function startView(context: QuizViewContext, start: () => void): TemplateResult | typeof nothing {
  const { localize, controller } = context;
  const listing = controller.listing;
  if (!listing) return nothing;
  const left = controller.attemptsLeft;
  const resuming = listing.runningAttemptId !== undefined;
  const limit = listing.timeLimitSeconds;
  return html`
    <section class="start" aria-labelledby="title">
      <h2 id="title" class="title" tabindex="-1">${context.text(listing.title)}</h2>
      <div class="description">${context.rich(listing.description)}</div>
      <h3>${localize.term('mindQuizRules')}</h3>
      <ul class="rules">
        <li>${localize.term('mindQuizQuestionCount', listing.questionCount)}</li>
        <li>
          ${
            limit === undefined
              ? localize.term('mindQuizNoTimeLimit')
              : localize.term('mindQuizTimeLimit', formatDuration(limit, localize.lang()))
          }
        </li>
        <li>${localize.term('mindQuizAttemptsLeft', left, listing.attempts.max)}</li>
        ${listing.attempts.max > 1 ? html`<li>${localize.term('mindQuizAttemptsCount', listing.attempts.counts)}</li>` : nothing}
        <li>${localize.term('mindQuizClosesAt', context.dateTime(listing.closesAt))}</li>
      </ul>
      ${
        listing.rewards.length > 0
          ? html`
              <h3>${localize.term('mindQuizRewards')}</h3>
              <ul class="rewards">
                ${listing.rewards.map(
                  (reward) =>
                    html`<li>${localize.term('mindQuizReward', reward.upToRank, context.text(reward.label))}</li>`,
                )}
              </ul>
            `
          : nothing
      }
      ${
        left > 0 || resuming
          ? html`
              <button class="primary" type="button" ?disabled=${controller.busy} @click=${start}>
                ${localize.term(resuming ? 'mindQuizResume' : 'mindQuizStart')}
              </button>
            `
          : html`<p class="notice">${localize.term('mindQuizNoAttemptsLeft')}</p>`
      }
    </section>
  `;
}
