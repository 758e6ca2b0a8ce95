import {
  pickLocalized,
  type AnswerResponse,
  type Confidence,
  type LocalizedRichText,
  type LocalizedText,
  type MindshareApi,
  type Resource,
  type Topic,
} from '@mindshare/core';
import { html, type nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MindElement, WHEN } from '../shared/base/mind-element.js';
import { errorView } from '../shared/errors/error-view.js';
import { FrameFocus } from '../shared/base/frame-focus.js';
import { renderRichText } from '../shared/rich-text/rich-text.js';
import { CatalogTask } from '../shared/loading/catalog-task.js';
import { LazyModule } from '../shared/loading/lazy-module.js';
import { card } from '../shared/styles/card.js';
import { tokens } from '../shared/styles/tokens.js';
import { AttemptController, type QuizState } from './attempt-controller.js';
import { answerStyles } from '../shared/questions/answer.styles.js';
import { quizEn } from './strings/en.js';
import { quizStyles } from './quiz.styles.js';
import { requestResource } from '../shared/questions/resource-request.js';
import { TimerController } from '../shared/timing/timer-controller.js';
import { RetryLater } from '../shared/loading/retry-later.js';
import { QuestionClock } from './question-clock.js';
import { formatDuration } from '../shared/timing/duration-format.js';
import { elementStrings } from '../shared/i18n/element-strings.js';
import type * as AttemptViews from './attempt-views.js';
import { startView } from './views/start-view.js';
import { attemptTimer } from './views/attempt-timer.js';
import { statusView } from './views/status-view.js';
import type { QuizViewContext } from './views/view-context.js';

export type * from './quiz.events.js';

/**
 * A time-boxed challenge: the start view with its rules and rewards, one question at a time (single,
 * multiple, true/false, ordering, numeric), the verdict with its explanation and resources after
 * each answer, then the score, the rank and the topics to strengthen. Every state has its view:
 * loading, not open yet, closed, not targeted, deadline passed, saved and pending sync, refused
 * after sync, error with a retry (or what to do: free space on a full device, reload a page out
 * of date, which sends the answer it could not take). An answer another tab of the seller's gave
 * first shows that tab's verdict and the quiz goes on.
 *
 * @tagname mind-quiz
 * @summary A challenge quiz for partner sellers.
 *
 * @slot start - Portal content on the start view, above the start button (a prize picture, a link to the rules).
 * @slot results - Portal content on the results view, above the retry button (a link to the leaderboard).
 *
 * @csspart base - The wrapper of every view.
 * @csspart question - The question shown: its number, prompt and answers.
 * @csspart choice - Each answer: a choice, a true/false option, an ordering item or the number field.
 * @csspart right - A choice the verdict marks as a right answer (with `choice`).
 * @csspart wrong - A choice the seller picked that the verdict marks wrong (with `choice`).
 * @csspart timer - The countdown to the attempt's deadline, or when the challenge closes if it has no time limit.
 * @csspart question-timer - The countdown of a question with its own time limit, then the notice that its time is up.
 * @csspart verdict - The verdict after an answer: correct or not, points, explanation, resources.
 * @csspart results - The results of an attempt (also when its time ran out).
 *
 * @cssproperty [--mind-quiz-max-inline-size=42rem] - Widest the quiz grows.
 * @cssproperty [--mind-quiz-gap=var(--mind-space)] - Space between the pieces of a view.
 * @cssproperty [--mind-quiz-choice-background=var(--mind-color-surface-alt)] - Background of an answer.
 *
 * @event {MindAttemptStartEvent} mind-attempt-start - An attempt began or was resumed (`detail.resumed`).
 * @event {MindAnswerEvent} mind-answer - A question was answered; `detail.outcome` is the verdict or `pending`.
 * @event {MindCompleteEvent} mind-complete - The attempt ended (finished or expired); `detail.result` has score and rank.
 * @event {MindRequestResourceEvent} mind-request-resource - The seller opens a resource. Cancelable: call
 * `preventDefault()` to open it the portal's own way instead of a new tab.
 * @event {MindErrorEvent} mind-error - The view shows an error (once per error); `detail.code` is its `MIND_*` code.
 */
export class MindQuiz extends MindElement<typeof quizEn> {
  /** @internal Shadow styles; theme the element through its `--mind-*` tokens and parts. */
  static override styles = [tokens, card, answerStyles, quizStyles];

  /** @internal English terms travel with the element; each other language is a lazy chunk, loaded when shown in it. */
  static override strings = elementStrings(quizEn, (language) => import(`./strings/${language}.ts`));

  /** Id of the challenge in the content pack. */
  @property({ reflect: true }) challenge = '';

  /**
   * Resources to link from verdicts, overriding the pack's (from `api.catalog()`); for a portal
   * that hosts its own copies. Ids neither resolves are not shown.
   */
  @property({ attribute: false }) resources: readonly Resource[] = [];

  /** Topics to name in the results, overriding the pack's; unknown topics show their id. */
  @property({ attribute: false }) topics: readonly Topic[] = [];

  /**
   * Offer the "Sure / Not sure" toggle with each answer even when the challenge does not mark
   * confidence (it is offered anyway when it does).
   */
  @property({ type: Boolean, reflect: true }) confidence = false;

  /** The pack's topics and resources, read once per API. */
  readonly #catalog = new CatalogTask(this, this.link.api);

  /** The attempt's views, loaded on the first start or resume (see attempt-views.ts). */
  readonly #views = new LazyModule<typeof AttemptViews>(this, () => import('./attempt-views.js'));

  @state() private draft: AnswerResponse | undefined;
  @state() private chosenConfidence: Confidence | undefined;
  @state() private announcement = '';
  @state() private timerAnnouncement = '';

  readonly #attempt = new AttemptController(this, {
    ...this.link,
    challengeId: () => this.challenge,
    onDeadline: (deadline) => {
      // A new attempt speaks its thresholds afresh, even with the same words as the last one.
      this.timerAnnouncement = '';
      if (deadline === undefined) this.#timer.stop();
      else this.#timer.start(deadline);
    },
  });

  /**
   * A call that failed for want of a connection is made again by itself, as its error view says
   * (not while a try of the seller's runs, nor while the page is hidden: see `RetryLater`).
   */
  readonly #retry = new RetryLater(
    this,
    () => {
      const { state, busy } = this.#attempt;
      return state.view === 'error' && !busy ? state.error : undefined;
    },
    () => {
      const { state } = this.#attempt;
      if (state.view === 'error') void state.retry();
    },
  );

  readonly #timer: TimerController = new TimerController(this, {
    now: () => this.mindshare?.now(),
    onExpire: () => void this.#attempt.expire(),
    onThreshold: (seconds) => {
      this.timerAnnouncement = this.localize.term('mindQuizTimeLeft', formatDuration(seconds, this.localize.lang()));
    },
  });

  readonly #questionClock = new QuestionClock(this, {
    now: () => this.mindshare?.now(),
    question: () => {
      const { state, attempt, question } = this.#attempt;
      const answerBy = state.view === 'question' ? question?.answerBy : undefined;
      return answerBy === undefined ? undefined : { key: `${attempt?.id}:${question?.id}`, answerBy };
    },
    announce: (seconds) => {
      const lang = this.localize.lang();
      this.timerAnnouncement =
        seconds === undefined
          ? this.localize.term('mindQuizQuestionTimeUp')
          : this.localize.term('mindQuizQuestionTimeLeft', formatDuration(seconds, lang));
    },
  });

  #loaded: { api: MindshareApi | undefined; challenge: string } | undefined;
  #draftFor = '';
  #focusedFor = '';
  readonly #focus = new FrameFocus();
  #announced: QuizState | undefined;
  #interacted = false;

  /**
   * Reads the engine's clock now instead of at the next second: refreshes the countdown, speaks a
   * crossed threshold, expires the attempt at its deadline, and offers the start once the challenge
   * opens. For tests and portals that move the clock.
   */
  syncClock(): void {
    this.#timer.tick();
    this.#questionClock.tick();
    this.#attempt.clockMoved();
  }

  /** Reloads the challenge (after an error, or when the portal knows something changed). */
  reload(): Promise<void> {
    this.#loaded = { api: this.mindshare, challenge: this.challenge };
    return this.#attempt.load();
  }

  protected override apiChanged(): void {
    this.#loadIfNeeded();
  }

  /** Whether to offer the Sure / Not sure toggle: the challenge marks confidence, or the portal asks. */
  get #asksConfidence(): boolean {
    return this.confidence || this.#attempt.listing?.confidence === true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('challenge')) this.#loadIfNeeded();
    // The attempt views load while the engine starts, not on the click: the first question then
    // waits for the engine alone, not for one more download (a round trip on a phone network).
    // Only the views a seller cannot reach (not open, closed, not targeted) skip them.
    const { view } = this.#attempt.state;
    if (view !== 'upcoming' && view !== 'closed' && view !== 'not-targeted') this.#views.load();
    const { attempt, question } = this.#attempt;
    const views = this.#views.module;
    const key = attempt && question && views ? `${attempt.id}:${question.id}` : '';
    if (key !== this.#draftFor) {
      this.#draftFor = key;
      this.draft = views?.initialDraft(question);
      this.chosenConfidence = undefined;
      this.announcement = '';
    }
    // Each verdict is spoken once, in the update that shows it.
    const { state } = this.#attempt;
    if (state.view === 'verdict' && state !== this.#announced && views) {
      this.#announced = state;
      this.announcement = views.verdictAnnouncement(this.#context(), state.outcome);
    }
  }

  /**
   * While an engine call runs, holds the update until the call settles (or shows that it is busy
   * if it is slow; see `AttemptController.held`): one answer, one update.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const held = this.#attempt.held;
    return held ? held.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** `updateComplete` resolves once focus has moved too (at the next frame; see `FrameFocus`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.#focus.moved;
    return result;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#retry.check();
    this.#moveFocus();
  }

  /** @internal The error the view shows: a failed call, answers refused after sync, the attempt views' download. */
  protected override shownErrors(): readonly unknown[] {
    const { state } = this.#attempt;
    if (state.view === 'error' || state.view === 'refused') return [state.error];
    return this.#views.failed ? [this.#views.error] : [];
  }

  override render(): TemplateResult {
    return this.renderBase(
      html`${attemptTimer(this.#context(), this.#timer.remainingMs)} ${this.#view()}
        <div class="visually-hidden" aria-live="polite" data-timer-announcement>${this.timerAnnouncement}</div>`,
      this.announcement,
    );
  }

  // Offline before the chunk was cached: the view offers to try again rather than a blank quiz.
  readonly #retryViews = () => this.#views.retry();

  #view(): TemplateResult | typeof nothing {
    const context = this.#context();
    const state = this.#attempt.state;
    const start = () => {
      this.#interacted = true;
      this.#views.load();
      void this.#attempt.start();
    };
    const views = this.#views.module;
    const needsViews = ['question', 'verdict', 'results', 'deadline'].includes(state.view);
    if (needsViews && !views) {
      return this.#views.failed
        ? errorView(this.localize, this.#views.error, { retry: this.#retryViews, focusable: true })
        : html`<p class="loading" role="status">${this.localize.term('mindLoading')}</p>`;
    }
    switch (state.view) {
      case 'start':
        return startView(context, start);
      case 'question':
      case 'verdict':
        return views!.questionView(context, {
          draft: this.draft,
          setDraft: (draft) => (this.draft = draft),
          confidence: this.chosenConfidence,
          askConfidence: this.#asksConfidence,
          setConfidence: (confidence) => (this.chosenConfidence = confidence),
          announce: (message) => (this.announcement = message),
          updated: () => this.updateComplete,
          submit: () => void this.#submit(),
          next: () => void this.#attempt.next(),
          clock: this.#questionClock,
        });
      case 'results':
        return views!.resultsView(context, state.result, start);
      case 'deadline':
        return views!.deadlineView(context, state.result, start);
      default:
        return statusView(context);
    }
  }

  async #submit(): Promise<void> {
    if (!this.draft) return;
    await this.#attempt.answer(this.draft, this.#asksConfidence ? this.chosenConfidence : undefined);
  }

  #context(): QuizViewContext {
    const lang = this.localize.lang();
    return {
      localize: this.localize,
      controller: this.#attempt,
      text: (value: LocalizedText) => pickLocalized(value, lang),
      rich: (value: LocalizedRichText) => renderRichText(pickLocalized(value, lang)),
      dateTime: (epochMs: number) => this.viewerDate(epochMs, { ...WHEN, year: 'numeric' }),
      points: (points: number) => this.localize.term('mindQuizPointsEarned', points, this.localize.number(points)),
      topic: (id: string) => {
        const topic = [...this.topics, ...(this.#catalog.value?.topics ?? [])].find((candidate) => candidate.id === id);
        return topic ? pickLocalized(topic.name, lang) : id;
      },
      resource: (id: string) =>
        [...this.resources, ...(this.#catalog.value?.resources ?? [])].find((resource) => resource.id === id),
      openResource: (event, resource, verdict) => requestResource(this, event, resource, verdict?.questionId, lang),
    };
  }

  #loadIfNeeded(): void {
    const api = this.mindshare;
    const loaded = this.#loaded;
    if (!this.isConnected || (loaded && loaded.api === api && loaded.challenge === this.challenge)) return;
    void this.reload();
  }

  /** Focus follows the seller: to each new question's heading, to the verdict, to the results. */
  #moveFocus(): void {
    const { state, attempt, question } = this.#attempt;
    const key =
      state.view === 'question' || state.view === 'verdict'
        ? `${state.view}:${attempt?.id}:${question?.id}:${this.#views.module ? 'ready' : 'loading'}`
        : `${state.view}:${this.#views.module ? 'ready' : 'loading'}`;
    if (key === this.#focusedFor) return;
    this.#focusedFor = key;
    if (!this.#interacted || state.view === 'loading' || state.view === 'idle') return;
    const root = this.renderRoot;
    const target =
      state.view === 'verdict'
        ? root.querySelector<HTMLElement>('[part~="verdict"]')
        : root.querySelector<HTMLElement>('h2[tabindex="-1"]');
    if (target) this.#focus.to(target);
  }
}
