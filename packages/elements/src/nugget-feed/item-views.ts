import type { FeedEntry, PollTally } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDuration } from '../shared/timing/duration-format.js';
import type { FeedViewContext } from './feed-view-context.js';

type Kind<K extends FeedEntry['nugget']['kind']> = Extract<FeedEntry['nugget'], { kind: K }>;

/** Characters left below which the counter of an open answer is spoken. */
const SPEAK_BELOW = 20;

function infoView(context: FeedViewContext, nugget: Kind<'info'>): TemplateResult {
  return html`<div class="body">${context.rich(nugget.body)}</div>
    ${nugget.image ? html`<img src=${nugget.image.src} alt=${context.text(nugget.image.alt)} loading="lazy" />` : nothing}`;
}

function videoView(context: FeedViewContext, nugget: Kind<'video'>, titleId: string): TemplateResult {
  const lang = context.lang.split('-')[0];
  const preferred = nugget.captions.find((track) => track.locale.split('-')[0] === lang) ?? nugget.captions[0];
  return html`<video
      controls
      preload="none"
      src=${nugget.src}
      poster=${nugget.poster ?? nothing}
      aria-labelledby=${titleId}
      aria-describedby=${`${titleId}-duration`}
    >
      ${nugget.captions.map(
        (track) =>
          html`<track
            kind="captions"
            src=${track.src}
            srclang=${track.locale}
            label=${track.label}
            ?default=${track === preferred}
          />`,
      )}
    </video>
    <p class="note" id=${`${titleId}-duration`}>
      ${context.localize.term('mindNuggetFeedVideo', formatDuration(Math.round(nugget.durationSeconds), context.lang))}
    </p>`;
}

function tallyView(
  context: FeedViewContext,
  nugget: Kind<'poll'>,
  tally: PollTally,
  mine: readonly string[],
): TemplateResult {
  const { localize } = context;
  return html`<div class="tally" tabindex="-1" data-result=${`poll:${nugget.id}`}>
    <p class="note">${localize.term('mindNuggetFeedVoters', tally.voters)}</p>
    <ul>
      ${nugget.options.map((option) => {
        const count = tally.options.find((entry) => entry.optionId === option.id)?.count ?? 0;
        const share = tally.voters === 0 ? 0 : count / tally.voters;
        const percent = localize.number(share, { style: 'percent' });
        // The bar's width is set through the CSSOM (`.style`), which a strict CSP (no 'unsafe-inline' styles) allows.
        return html`<li class=${mine.includes(option.id) ? 'mine' : ''}>
          <span class="option"
            >${context.text(option.label)}${
              mine.includes(option.id) ? html` <strong>(${localize.term('mindNuggetFeedMyVote')})</strong>` : nothing
            }</span
          >
          <span class="count">${localize.term('mindNuggetFeedVotes', count, percent)}</span>
          <span class="bar" aria-hidden="true"><span .style=${`inline-size: ${Math.round(share * 100)}%`}></span></span>
        </li>`;
      })}
    </ul>
  </div>`;
}

function pollView(context: FeedViewContext, entry: FeedEntry, nugget: Kind<'poll'>): TemplateResult {
  const { localize, controller } = context;
  const result = controller.tallies.get(nugget.id) ?? entry.poll;
  const question = html`<p class="question" id=${`${nugget.id}-question`}>${context.text(nugget.question)}</p>`;
  if (result) return html`${question}${tallyView(context, nugget, result.tally, result.mine)}`;
  const state = controller.actions.get(nugget.id);
  const key = `poll:${nugget.id}`;
  if (state === 'pending')
    return html`${question}
      <p class="note pending" tabindex="-1" data-result=${key}>${localize.term('mindNuggetFeedVotePending')}</p>`;
  const picked = context.draft<readonly string[]>(key) ?? [];
  const max = nugget.multiple ? (nugget.maxChoices ?? nugget.options.length) : 1;
  const busy = state === 'busy';
  const toggle = (id: string, checked: boolean) =>
    context.setDraft(
      key,
      nugget.multiple ? (checked ? [...picked, id] : picked.filter((other) => other !== id)) : [id],
    );
  const submit = (event: Event) => {
    event.preventDefault();
    if (picked.length > 0 && !busy) context.vote(nugget.id, picked);
  };
  const hint = nugget.multiple ? localize.term('mindNuggetFeedChooseUpTo', max) : localize.term('mindQuizChooseOne');
  return html`${question}
    <form @submit=${submit}>
      <fieldset aria-labelledby=${`${nugget.id}-question`} aria-describedby=${`${nugget.id}-hint`}>
        <p class="note" id=${`${nugget.id}-hint`}>${hint}</p>
        ${nugget.options.map(
          (option) =>
            html`<label part="choice" class="choice">
              <input
                type=${nugget.multiple ? 'checkbox' : 'radio'}
                name=${key}
                value=${option.id}
                .checked=${picked.includes(option.id)}
                ?disabled=${busy || (!picked.includes(option.id) && nugget.multiple && picked.length >= max)}
                @change=${(event: Event) => toggle(option.id, (event.target as HTMLInputElement).checked)}
              />
              <span>${context.text(option.label)}</span>
            </label>`,
        )}
      </fieldset>
      ${state === 'failed' ? html`<p class="note error" role="alert">${localize.term('mindNuggetFeedFailed')}</p>` : nothing}
      <button class="primary" type="submit" ?disabled=${busy || picked.length === 0}>
        ${localize.term('mindNuggetFeedVote')}
      </button>
    </form>`;
}

function openQuestionView(context: FeedViewContext, entry: FeedEntry, nugget: Kind<'open-question'>): TemplateResult {
  const { localize, controller } = context;
  const state = controller.actions.get(nugget.id);
  const prompt = html`<div class="prompt" id=${`${nugget.id}-prompt`}>${context.rich(nugget.prompt)}</div>`;
  if (state === 'done' || state === 'pending' || (entry.status === 'answered' && state !== 'busy')) {
    const term = state === 'pending' ? 'mindNuggetFeedRespondPending' : 'mindNuggetFeedResponded';
    return html`${prompt}
      <p class="note sent" tabindex="-1" data-result=${`text:${nugget.id}`}>${localize.term(term)}</p>`;
  }
  const key = `text:${nugget.id}`;
  const text = context.draft<string>(key) ?? '';
  const length = [...text].length;
  const busy = state === 'busy';
  const onInput = (event: Event) => {
    const value = (event.target as HTMLTextAreaElement).value;
    context.setDraft(key, value);
    const left = nugget.maxLength - [...value].length;
    if (left <= SPEAK_BELOW && (left % 5 === 0 || left === 0))
      context.announce(localize.term('mindNuggetFeedCharactersLeft', left));
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (text.trim().length > 0 && !busy) context.respond(nugget.id, text);
  };
  return html`${prompt}
    <form @submit=${submit}>
      <label for=${`${nugget.id}-answer`}>${localize.term('mindNuggetFeedYourAnswer')}</label>
      <textarea
        id=${`${nugget.id}-answer`}
        rows="4"
        maxlength=${nugget.maxLength}
        aria-describedby=${`${nugget.id}-prompt ${nugget.id}-counter`}
        .value=${text}
        ?disabled=${busy}
        @input=${onInput}
      ></textarea>
      <p class="note counter" id=${`${nugget.id}-counter`}>
        ${localize.term('mindNuggetFeedCounter', length, nugget.maxLength)}
      </p>
      ${state === 'failed' ? html`<p class="note error" role="alert">${localize.term('mindNuggetFeedFailed')}</p>` : nothing}
      <button class="primary" type="submit" ?disabled=${busy || text.trim().length === 0}>
        ${localize.term('mindNuggetFeedSend')}
      </button>
    </form>`;
}

function miniQuizView(context: FeedViewContext, entry: FeedEntry, nugget: Kind<'mini-quiz'>): TemplateResult {
  const { controller } = context;
  const touched = nugget.questions.some((question) => controller.actions.has(`question:${question.id}`));
  if (entry.status === 'answered' && !touched) {
    return html`<p class="note">${context.localize.term('mindNuggetFeedQuizDone')}</p>`;
  }
  return html`${nugget.questions.map((question) => context.question(question, nugget.id))}`;
}

/** The body of a feed item, by kind of nugget. */
export function itemBody(context: FeedViewContext, entry: FeedEntry, titleId: string): TemplateResult {
  const { nugget } = entry;
  switch (nugget.kind) {
    case 'info':
      return infoView(context, nugget);
    case 'video':
      return videoView(context, nugget, titleId);
    case 'poll':
      return pollView(context, entry, nugget);
    case 'open-question':
      return openQuestionView(context, entry, nugget);
    case 'mini-quiz':
      return miniQuizView(context, entry, nugget);
  }
}
