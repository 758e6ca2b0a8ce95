import type { LocalizedText, PitchPrompt, RecordingEntry } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import { commentList } from '../shared/comments/comment-list.js';
import type { MindLocalizeController } from '../shared/i18n/localize.js';
import { recordingPlayer } from '../shared/media/recording-player.js';
import type { MediaState } from '../shared/media/recording-media.js';
import { reviewScores } from '../shared/review/review-scores.js';
import { formatClock } from '../shared/timing/duration-format.js';
import type { myPitchesEn } from './strings/en.js';
import type { PitchState } from '../shared/pitch/pitch-state.js';

/** What the pitch views read and call. */
export interface PitchViewContext {
  readonly localize: MindLocalizeController<typeof myPitchesEn>;
  /** Authored text in the element's language, with fallback. */
  readonly text: (value: LocalizedText) => string;
  /** A date in the viewer's time zone. */
  readonly date: (epochMs: number) => string;
  readonly state: (entry: RecordingEntry) => PitchState;
  readonly prompt: (promptId: string) => PitchPrompt | undefined;
  /** The take whose video and review are shown. */
  readonly open: string | undefined;
  readonly toggle: (recordingId: string) => void;
  readonly saving: (recordingId: string) => boolean | undefined;
  readonly failed: (recordingId: string) => boolean;
  readonly setConsent: (entry: RecordingEntry, consent: boolean) => void;
  readonly media: (recordingId: string) => MediaState | undefined;
  readonly retryMedia: (recordingId: string) => void;
  readonly seek: (recordingId: string, atMs: number) => void;
}

function stateLabel(context: PitchViewContext, entry: RecordingEntry, state: PitchState): string {
  const { localize } = context;
  switch (state) {
    case 'published':
      return localize.term('mindMyPitchesStatePublished');
    case 'reviewed':
      return localize.term('mindMyPitchesStateReviewed');
    case 'in-review':
      return localize.term('mindMyPitchesStateInReview', entry.claim?.coachName ?? '');
    default:
      return localize.term('mindMyPitchesStateSent');
  }
}

/** The gallery switch: busy while saving (showing the choice asked for), restored on failure. */
function consentView(context: PitchViewContext, entry: RecordingEntry): TemplateResult {
  const { localize } = context;
  const saving = context.saving(entry.id);
  const checked = saving ?? entry.consent.gallery;
  const id = `consent-${entry.id}`;
  const change = (event: Event) => context.setConsent(entry, (event.target as HTMLInputElement).checked);
  return html`<div part="consent" class="consent" aria-busy=${saving === undefined ? 'false' : 'true'}>
    <input
      type="checkbox"
      id=${id}
      aria-describedby=${`${id}-hint`}
      .checked=${checked}
      ?disabled=${saving !== undefined}
      @change=${change}
    />
    <label for=${id}>${localize.term('mindMyPitchesConsent')}</label>
    <p class="hint" id=${`${id}-hint`}>
      ${
        // Once published, say so and who sees it, no longer what coaches may do with consent.
        entry.published
          ? `${localize.term('mindMyPitchesPublishedOn', context.date(entry.publishedAt ?? 0))} ${localize.term('mindMyPitchesPublishedHint')}`
          : localize.term('mindMyPitchesConsentHint')
      }
    </p>
    <p class="saving" role="status">${saving === undefined ? nothing : localize.term('mindMyPitchesConsentSaving')}</p>
    <p class="problem" role="alert">
      ${context.failed(entry.id) ? localize.term('mindMyPitchesConsentFailed') : nothing}
    </p>
  </div>`;
}

/** The take's video with the coach's comments, which seek it. */
function playerView(context: PitchViewContext, entry: RecordingEntry, title: string): TemplateResult {
  const { localize } = context;
  const media = context.media(entry.id);
  const comments = entry.review?.comments ?? [];
  return html`<div part="player" class="player">
    ${recordingPlayer({
      media,
      label: localize.term('mindMyPitchesVideoLabel', title),
      failed: localize.term('mindMyPitchesMediaFailed'),
      retry: { label: localize.term('mindRetry'), run: () => context.retryMedia(entry.id) },
    })}
    ${
      entry.review
        ? html`<h4>${localize.term('mindMyPitchesComments')}</h4>
            ${
              comments.length === 0
                ? html`<p class="muted">${localize.term('mindMyPitchesNoComments')}</p>`
                : commentList({
                    comments,
                    label: localize.term('mindMyPitchesComments'),
                    seekPrefix: localize.term('mindMyPitchesSeek'),
                    seek: (atMs) => context.seek(entry.id, atMs),
                  })
            }`
        : nothing
    }
  </div>`;
}

/** The coach's review in full; or, before one, who is on it. */
function reviewView(context: PitchViewContext, entry: RecordingEntry, state: PitchState): TemplateResult {
  const { localize } = context;
  const prompt = context.prompt(entry.promptId);
  const review = entry.review;
  if (!review || !prompt) {
    return html`<p class="muted">
      ${
        state === 'in-review'
          ? localize.term('mindMyPitchesReviewing', entry.claim?.coachName ?? '')
          : localize.term('mindMyPitchesWaiting')
      }
    </p>`;
  }
  return html`<section class="review" aria-labelledby=${`review-${entry.id}`}>
    <h4 id=${`review-${entry.id}`}>${localize.term('mindMyPitchesReviewTitle')}</h4>
    <p class="muted">${localize.term('mindMyPitchesReviewedOn', context.date(review.at))}</p>
    ${reviewScores({
      rubric: prompt.rubric,
      review,
      text: context.text,
      listPart: 'rubric',
      labels: {
        total: localize.term('mindMyPitchesTotal'),
        outOf: (total, max) => localize.term('mindMyPitchesOutOf', total, max),
        level: (score) => localize.term('mindMyPitchesLevel', score),
        weight: (weight, share) => localize.term('mindMyPitchesWeight', weight, share),
        feedback: localize.term('mindMyPitchesFeedback'),
        noFeedback: localize.term('mindMyPitchesNoFeedback'),
      },
    })}
  </section>`;
}

/**
 * One sent take: its prompt, take, date and length (the stored `durationMs`: a MediaRecorder
 * WebM's player says "Infinity" until played through), its state and score, the gallery switch,
 * and a button that shows its video and the coach's review below.
 */
export function pitchView(context: PitchViewContext, entry: RecordingEntry): TemplateResult {
  const { localize } = context;
  const state = context.state(entry);
  const prompt = context.prompt(entry.promptId);
  const title = prompt ? context.text(prompt.title) : entry.promptId;
  const open = context.open === entry.id;
  const reviewed = state === 'reviewed' || state === 'published';
  const heading = `pitch-${entry.id}`;
  return html`<article part="pitch" data-recording=${entry.id} data-state=${state} aria-labelledby=${heading}>
    <h3 id=${heading}>${title}</h3>
    <p class="meta">
      ${localize.term(
        'mindMyPitchesMeta',
        entry.take,
        context.date(entry.finishedAt ?? entry.startedAt),
        formatClock(entry.durationMs ?? 0),
      )}
    </p>
    <p part="state" class=${`state ${state}`}>
      <span class="badge">${stateLabel(context, entry, state)}</span>
      ${
        reviewed && entry.review
          ? html`<span class="score"
              >${localize.term('mindMyPitchesScore', Math.round(entry.review.weightedTotal), entry.review.maxTotal)}</span
            >`
          : nothing
      }
    </p>
    ${consentView(context, entry)}
    <button
      type="button"
      class="toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${`detail-${entry.id}`}
      aria-describedby=${heading}
      @click=${() => context.toggle(entry.id)}
    >
      ${localize.term(reviewed ? 'mindMyPitchesShow' : 'mindMyPitchesShowSent')}
    </button>
    <div id=${`detail-${entry.id}`} class="detail" ?hidden=${!open}>
      ${open ? html`${playerView(context, entry, title)}${reviewView(context, entry, state)}` : nothing}
    </div>
  </article>`;
}
