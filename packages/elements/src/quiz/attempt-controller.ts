import type { MindChangeController, MindLink } from '../shared/base/mind-element.js';
import {
  isMindError,
  type AnswerOutcome,
  type AnswerResponse,
  type AttemptView,
  type ChallengeListing,
  type Confidence,
  type FinishedAttempt,
  type MindshareApi,
  type MindshareChange,
  type RedactedQuestion,
  type Verdict,
} from '@mindshare/core';
import type { ReactiveControllerHost } from 'lit';
import { ChallengeLoad, findListing } from './challenge-load.js';
import { listingState, RELOADABLE, type QuizState } from './quiz-state.js';
import { UpdateHold } from './update-hold.js';
import { WindowWatch } from './window-watch.js';
import { forgetAnswer, keepAnswer, keptAnswer, type KeptAnswer } from './kept-answer.js';

export type { QuizState } from './quiz-state.js';

/** What the controller needs from its element. */
export interface AttemptHost extends MindLink {
  readonly challengeId: () => string;
  /** An attempt is running (start the timer at its deadline) or not (`undefined`: stop it). */
  readonly onDeadline: (deadline: number | undefined) => void;
}

/** Codes with which a server refuses answers it receives after a sync (see the report on the API). */
const REFUSAL_CODES = ['MIND_CLOSED', 'MIND_DEADLINE_PASSED', 'MIND_FORBIDDEN', 'MIND_NOT_OPEN'] as const;

/**
 * The quiz's state machine and its calls to the Mindshare API: load the challenge, start or
 * resume an attempt, answer each question, finish, expire at the deadline, retry. Views read
 * `state`, `listing`, `attempt`, `question` and `verdicts`; every change re-renders the host.
 */
export class AttemptController implements MindChangeController {
  state: QuizState = { view: 'idle' };
  listing: ChallengeListing | undefined;
  attempt: AttemptView | undefined;
  /** Index in `attempt.questionIds` of the question shown. */
  index = 0;
  /** The questions revealed so far, by id: their text comes with the attempt or from `showQuestion`. */
  readonly #revealed = new Map<string, RedactedQuestion>();
  /** Verdicts of this attempt, by question id (for the review of weak topics). */
  readonly verdicts = new Map<string, Verdict>();
  busy = false;
  /** The answer the engine refused as out of date is kept in this tab, to send after the reload. */
  answerKept = false;
  /** Questions answered offline whose verdict waits for the sync (`pending` outcomes). */
  readonly #pending = new Set<string>();
  /** A read of the pending verdicts under way, and whether another change came meanwhile. */
  #scoring: Promise<void> | undefined;
  #scoreAgain = false;
  /** A change came while a call of the quiz's own ran: pending verdicts are read once it ends. */
  #changedWhileBusy = false;
  #expiring: string | undefined;
  readonly #hold = new UpdateHold();
  readonly #load: ChallengeLoad;
  readonly #window: WindowWatch;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly element: AttemptHost,
  ) {
    // Added for the change events alone: with no `host*` method of its own, it reads as a
    // `ReactiveController` only through the interface it implements.
    host.addController(this as MindChangeController);
    this.#window = new WindowWatch(host, {
      now: () => element.api()?.now(),
      boundary: () => this.#boundaryTime(),
      reached: () => void this.#quietReload(),
    });
    this.#load = new ChallengeLoad(host, {
      api: element.api,
      challengeId: element.challengeId,
      loaded: (listing, quiet) => {
        // Task drops a load overtaken by a newer one, but not by an action: a quiet reload that
        // began before a start (or any step that left the idle views) is stale by now.
        if (quiet && (this.busy || !RELOADABLE.includes(this.state.view))) return;
        this.#show(listing);
      },
      failed: (error, quiet) => {
        // A quiet reload that fails keeps the view shown; the next change or a reload tries again.
        if (!quiet) this.#fail(error, () => this.load());
      },
    });
  }

  /**
   * Reads the engine's clock: a challenge shown as not open yet whose opening time has come (or a
   * start view whose window has closed) is listed again, so a seller who kept the page open sees
   * the start button without reloading.
   */
  clockMoved(): void {
    this.#window.check();
  }

  /** When the current view stops being true by the clock alone: the opening or the closing time. */
  #boundaryTime(): number | undefined {
    const { view } = this.state;
    if (view === 'upcoming') return this.listing?.opensAt;
    if (view === 'start') return this.listing?.closesAt;
    return undefined;
  }

  /**
   * While an engine call runs, until it settles or for a short while at most (see `UpdateHold`):
   * the host holds its updates until then, so the busy flag, the new state, the timer's start and
   * whatever else the call changes show in one update rather than one each.
   */
  get held(): Promise<void> | undefined {
    return this.#hold.until;
  }

  get question(): RedactedQuestion | undefined {
    const id = this.attempt?.questionIds[this.index];
    return id === undefined ? undefined : this.#revealed.get(id);
  }

  /** The questions of the attempt the seller has seen, in the attempt's order. */
  get questions(): RedactedQuestion[] {
    return (this.attempt?.questionIds ?? []).flatMap((id) => this.#revealed.get(id) ?? []);
  }

  get attemptsLeft(): number {
    return this.listing ? Math.max(0, this.listing.attempts.max - this.listing.attemptsUsed) : 0;
  }

  get isLast(): boolean {
    return this.attempt !== undefined && this.index >= this.attempt.questionIds.length - 1;
  }

  /** (Re)loads the challenge listing and shows the view its status calls for. */
  load(): Promise<void> {
    this.attempt = undefined;
    this.verdicts.clear();
    this.#revealed.clear();
    this.answerKept = false;
    this.element.onDeadline(undefined);
    this.#set({ view: this.element.api() && this.element.challengeId() ? 'loading' : 'idle' });
    return this.#load.run(false);
  }

  /** Starts a new attempt, or resumes the running one. */
  async start(): Promise<void> {
    const api = this.element.api();
    if (!api || this.busy) return;
    const resumed = this.listing?.runningAttemptId !== undefined;
    await this.#run(async () => {
      // The question answered next comes revealed with the attempt: one round trip less on a server.
      const attempt = await api.startAttempt(this.element.challengeId(), { reveal: 'next' });
      this.attempt = attempt;
      this.verdicts.clear();
      for (const verdict of attempt.verdicts) this.verdicts.set(verdict.questionId, verdict);
      this.#revealed.clear();
      for (const question of attempt.questions) this.#revealed.set(question.id, question);
      this.#pending.clear();
      const answered = new Set(attempt.verdicts.map((verdict) => verdict.questionId));
      const next = attempt.questionIds.findIndex((id) => !answered.has(id));
      this.element.emit('mind-attempt-start', {
        challengeId: attempt.challengeId,
        attemptId: attempt.id,
        resumed,
      });
      this.element.onDeadline(attempt.deadline);
      // Answers kept for questions answered since (in another tab) have nothing left to do.
      for (const questionId of answered) forgetAnswer(attempt.id, questionId);
      if (next === -1) return this.finish();
      await this.#ask(api, next);
    });
    // An answer kept before this page was reloaded (see answer()) is sent now, as promised.
    const { attempt, question } = this;
    const kept =
      attempt && question && this.state.view === 'question' ? keptAnswer(attempt.id, question.id) : undefined;
    if (kept) await this.answer(kept.response, kept.confidence);
  }

  /** Answers the question shown. */
  async answer(response: AnswerResponse, confidence: Confidence | undefined): Promise<void> {
    const api = this.element.api();
    const { attempt, question } = this;
    if (!api || !attempt || !question || this.busy) return;
    await this.#run(async () => {
      const given: KeptAnswer = confidence === undefined ? { response } : { response, confidence };
      const outcome = await api
        .answer(attempt.id, question.id, response, confidence === undefined ? undefined : { confidence })
        .catch((error: unknown) => this.#recoverAnswer(api, attempt.id, question.id, given, error));
      forgetAnswer(attempt.id, question.id);
      this.answerKept = false;
      if (outcome.status === 'scored') this.verdicts.set(question.id, outcome);
      else this.#pending.add(question.id);
      this.element.emit('mind-answer', {
        challengeId: attempt.challengeId,
        attemptId: attempt.id,
        questionId: question.id,
        response,
        confidence,
        outcome,
      });
      this.#set({ view: 'verdict', outcome });
    });
  }

  /**
   * What to make of an answer the engine refused. Another tab of the seller's answered the
   * question first (`MIND_ALREADY_ANSWERED`, or `MIND_CONFLICT` once the engine's own retries ran
   * out): its verdict is in the attempt, and the quiz goes on with it as if answered here. A page
   * out of date (`MIND_STALE`) keeps the answer in this tab to send after the reload. Anything
   * else is rethrown.
   */
  async #recoverAnswer(
    api: MindshareApi,
    attemptId: string,
    questionId: string,
    given: KeptAnswer,
    error: unknown,
  ): Promise<AnswerOutcome> {
    if (isMindError(error, 'MIND_STALE')) {
      this.answerKept = keepAnswer(attemptId, questionId, given);
      throw error;
    }
    if (!isMindError(error, 'MIND_ALREADY_ANSWERED') && !isMindError(error, 'MIND_CONFLICT')) throw error;
    const verdict = (await api.attempt(attemptId)).verdicts.find((candidate) => candidate.questionId === questionId);
    if (!verdict) throw error;
    return { status: 'scored', ...verdict };
  }

  /** Moves on from a verdict: the next question, or the results after the last one. */
  async next(): Promise<void> {
    if (this.isLast) return this.finish();
    const api = this.element.api();
    if (!api || this.busy) return;
    await this.#run(() => this.#ask(api, this.index + 1));
  }

  /** Ends the attempt and shows the results (or the pending-sync view when answers wait offline). */
  async finish(): Promise<void> {
    const api = this.element.api();
    const { attempt } = this;
    if (!api || !attempt) return;
    await this.#run(async () => {
      try {
        const result = await api.finishAttempt(attempt.id);
        this.element.onDeadline(undefined);
        await this.#refreshListing(api);
        this.element.emit('mind-complete', {
          challengeId: attempt.challengeId,
          attemptId: attempt.id,
          result,
        });
        this.#set(result.status === 'expired' ? { view: 'deadline', result } : { view: 'results', result });
      } catch (error) {
        if (this.#pending.size > 0 && isMindError(error, 'MIND_NETWORK')) {
          this.element.onDeadline(undefined);
          return this.#set({ view: 'pending' });
        }
        throw error;
      }
    });
  }

  /** The deadline passed: close the attempt, keeping what was answered in time. */
  async expire(): Promise<void> {
    const api = this.element.api();
    const { attempt } = this;
    this.element.onDeadline(undefined);
    // The timer and a late answer may both report the deadline: close the attempt once.
    if (!api || !attempt || this.#expiring === attempt.id) return;
    this.#expiring = attempt.id;
    this.busy = false;
    let result: FinishedAttempt | undefined;
    try {
      result = await api.finishAttempt(attempt.id);
      this.element.emit('mind-complete', {
        challengeId: attempt.challengeId,
        attemptId: attempt.id,
        result,
      });
    } catch {
      // Already closed by the engine (another tab): the view says the time is up all the same.
    }
    await this.#refreshListing(api).catch(() => undefined);
    this.#set({ view: 'deadline', result });
  }

  /** The challenge the quiz was given. */
  get challengeId(): string {
    return this.element.challengeId();
  }

  /**
   * A change from the engine: refresh idle views; settle an attempt waiting for sync; show the
   * verdicts of answers saved offline once they are scored. The element tells its controllers of
   * each change event (see `MindChangeController`).
   */
  mindshareChanged(change: MindshareChange): void {
    if (!change.areas.includes('challenges')) return;
    // The outbox delivers what waited inside the next answer's call: that change must not be lost.
    if (this.busy) {
      this.#changedWhileBusy = true;
      return;
    }
    const { view } = this.state;
    if (RELOADABLE.includes(view)) void this.#quietReload();
    else if (view === 'pending') void this.#settle();
    else if (this.#pending.size > 0) this.#scorePending();
  }

  /** Reads the pending verdicts, one read at a time: changes during a read ask for one more. */
  #scorePending(): void {
    if (this.#scoring) {
      this.#scoreAgain = true;
      return;
    }
    this.#scoring = this.#readPending().finally(() => {
      this.#scoring = undefined;
      if (!this.#scoreAgain) return;
      this.#scoreAgain = false;
      if (this.#pending.size > 0) this.#scorePending();
    });
  }

  /**
   * Reads the verdicts of answers saved offline that the sync has scored since; the one on screen,
   * if it was still "saved, waiting to sync", turns into its verdict (announced like any other).
   */
  async #readPending(): Promise<void> {
    const api = this.element.api();
    const { attempt } = this;
    if (!api || !attempt) return;
    let verdicts: readonly Verdict[];
    try {
      verdicts = (await api.attempt(attempt.id)).verdicts;
    } catch {
      return; // Still out of reach: the next change tries again.
    }
    if (attempt !== this.attempt) return;
    for (const verdict of verdicts) {
      if (this.#pending.delete(verdict.questionId)) this.verdicts.set(verdict.questionId, verdict);
    }
    const { state } = this;
    const scored = state.view === 'verdict' && !this.busy ? this.verdicts.get(state.outcome.questionId) : undefined;
    if (scored && state.view === 'verdict' && state.outcome.status === 'pending') {
      this.#set({ view: 'verdict', outcome: { status: 'scored', ...scored } });
    }
  }

  async #settle(): Promise<void> {
    const api = this.element.api();
    const { attempt } = this;
    if (!api || !attempt) return;
    try {
      const result = await api.finishAttempt(attempt.id);
      this.#pending.clear();
      await this.#refreshListing(api);
      this.element.emit('mind-complete', {
        challengeId: attempt.challengeId,
        attemptId: attempt.id,
        result,
      });
      this.#set({ view: 'results', result });
    } catch (error) {
      const code = REFUSAL_CODES.find((candidate) => isMindError(error, candidate));
      if (code) this.#set({ view: 'refused', code, error });
      // Anything else (still offline): stay in the pending view until the next change.
    }
  }

  async #quietReload(): Promise<void> {
    if (this.element.api() && !this.busy) await this.#load.run(true);
  }

  /**
   * Shows question `index`, revealing it first: the engine sends a question's text only then and
   * starts its own clock (speed bonus, per-question limit), so the view waits for the reveal.
   */
  async #ask(api: MindshareApi, index: number): Promise<void> {
    const { attempt } = this;
    const id = attempt?.questionIds[index];
    if (!attempt || id === undefined) return;
    if (!this.#revealed.has(id)) {
      const question = await api.showQuestion(attempt.id, id);
      // Another start or load since: the question (its choice order) is that old attempt's.
      if (attempt !== this.attempt) return;
      this.#revealed.set(id, question);
    }
    this.index = index;
    this.#set({ view: 'question' });
  }

  async #refreshListing(api: MindshareApi): Promise<void> {
    this.listing = (await findListing(api, this.element.challengeId())) ?? this.listing;
  }

  #show(listing: ChallengeListing | undefined): void {
    this.listing = listing;
    this.#set(listingState(listing));
  }

  async #run(action: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.#hold.begin();
    this.host.requestUpdate();
    try {
      await action();
    } catch (error) {
      await this.#recover(error, () => action());
    } finally {
      this.busy = false;
      this.host.requestUpdate();
      this.#hold.end();
      if (this.#changedWhileBusy) {
        this.#changedWhileBusy = false;
        if (this.#pending.size > 0) this.#scorePending();
      }
    }
  }

  async #recover(error: unknown, retry: () => Promise<void>): Promise<void> {
    if (isMindError(error, 'MIND_DEADLINE_PASSED') && this.attempt) return this.expire();
    if (isMindError(error, 'MIND_NOT_OPEN') || isMindError(error, 'MIND_CLOSED')) return this.load();
    if (isMindError(error, 'MIND_FORBIDDEN')) return this.#set({ view: 'not-targeted' });
    if (isMindError(error, 'MIND_ATTEMPTS_EXHAUSTED')) return this.load();
    this.#fail(error, () => this.#run(retry));
  }

  #fail(error: unknown, retry: () => Promise<void>): void {
    this.#set({ view: 'error', error, retry });
  }

  #set(state: QuizState): void {
    this.state = state;
    this.#window.arm();
    this.host.requestUpdate();
  }
}
