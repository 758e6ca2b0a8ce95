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
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ChallengeLoad, findListing } from './challenge-load.js';
import { forgetAnswer, keepAnswer, keptAnswer, type KeptAnswer } from './kept-answer.js';
import type { MindAnswerDetail, MindAttemptStartDetail, MindCompleteDetail } from './quiz.events.js';

const MAX_TIMEOUT = 2 ** 31 - 1;
/**
 * How long an engine call may run before the quiz shows that it is busy (its buttons disabled): a
 * quicker call shows its outcome in one update, without a busy state flashing for a frame first.
 */
const BUSY_AFTER_MS = 100;
/** What the quiz shows: one view per state of the challenge and the attempt. */
export type QuizState =
  | { readonly view: 'idle' }
  | { readonly view: 'loading' }
  | { readonly view: 'start' }
  | { readonly view: 'question' }
  | { readonly view: 'verdict'; readonly outcome: AnswerOutcome }
  | { readonly view: 'results'; readonly result: FinishedAttempt }
  | { readonly view: 'upcoming' }
  | { readonly view: 'closed' }
  | { readonly view: 'not-targeted' }
  | { readonly view: 'deadline'; readonly result: FinishedAttempt | undefined }
  | { readonly view: 'pending' }
  | { readonly view: 'refused'; readonly code: string; readonly error: unknown }
  | { readonly view: 'error'; readonly error: unknown; readonly retry: () => Promise<void> };

/** What the controller needs from its element. */
export interface AttemptHost {
  readonly api: () => MindshareApi | undefined;
  readonly challengeId: () => string;
  readonly emit: <T>(type: `mind-${string}`, detail: T) => boolean;
  /** An attempt is running (start the timer at its deadline) or not (`undefined`: stop it). */
  readonly onDeadline: (deadline: number | undefined) => void;
}

/** The views a quiet reload may replace: nothing is under way in them. */
const RELOADABLE: readonly QuizState['view'][] = ['start', 'upcoming', 'closed'];

/** Codes with which a server refuses answers it receives after a sync (see the report on the API). */
const REFUSAL_CODES = ['MIND_CLOSED', 'MIND_DEADLINE_PASSED', 'MIND_FORBIDDEN', 'MIND_NOT_OPEN'] as const;

/**
 * The quiz's state machine and its calls to the Mindshare API: load the challenge, start or
 * resume an attempt, answer each question, finish, expire at the deadline, retry. Views read
 * `state`, `listing`, `attempt`, `question` and `verdicts`; every change re-renders the host.
 */
export class AttemptController implements ReactiveController {
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
  #pendingAnswers = 0;
  #expiring: string | undefined;
  #boundary: ReturnType<typeof setTimeout> | undefined;
  #connected = false;
  #runs = 0;
  #held: { readonly until: Promise<void>; readonly release: () => void } | undefined;
  readonly #load: ChallengeLoad;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly element: AttemptHost,
  ) {
    host.addController(this);
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

  hostConnected(): void {
    this.#connected = true;
    this.#watchWindow();
  }

  hostDisconnected(): void {
    this.#connected = false;
    clearTimeout(this.#boundary);
    this.#boundary = undefined;
  }

  /**
   * Reads the engine's clock: a challenge shown as not open yet whose opening time has come (or a
   * start view whose window has closed) is listed again, so a seller who kept the page open sees
   * the start button without reloading.
   */
  clockMoved(): void {
    const at = this.#boundaryTime();
    const now = this.element.api()?.now();
    if (at !== undefined && now !== undefined && now >= at) void this.#quietReload();
    else this.#watchWindow();
  }

  /** When the current view stops being true by the clock alone: the opening or the closing time. */
  #boundaryTime(): number | undefined {
    const { view } = this.state;
    if (view === 'upcoming') return this.listing?.opensAt;
    if (view === 'start') return this.listing?.closesAt;
    return undefined;
  }

  #watchWindow(): void {
    clearTimeout(this.#boundary);
    this.#boundary = undefined;
    const at = this.#boundaryTime();
    const now = this.element.api()?.now();
    // A detached quiz arms nothing: a load finishing after it left the page would keep it alive.
    if (at === undefined || now === undefined || !this.#connected) return;
    // setTimeout holds at most about 24.8 days; a longer wait re-arms itself on the way. The
    // engine's clock is read again when it fires, so a portal's or test's clock is honoured.
    this.#boundary = setTimeout(() => this.clockMoved(), Math.min(Math.max(0, at - now) + 100, MAX_TIMEOUT));
  }

  /**
   * While an engine call runs, until it settles or for `BUSY_AFTER_MS` at most: the host holds
   * its updates until then, so the busy flag, the new state, the timer's start and whatever else the
   * call changes show in one update rather than one each.
   */
  get held(): Promise<void> | undefined {
    return this.#held?.until;
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
      const attempt = await api.startAttempt(this.element.challengeId());
      this.attempt = attempt;
      this.verdicts.clear();
      for (const verdict of attempt.verdicts) this.verdicts.set(verdict.questionId, verdict);
      this.#revealed.clear();
      for (const question of attempt.questions) this.#revealed.set(question.id, question);
      this.#pendingAnswers = 0;
      const answered = new Set(attempt.verdicts.map((verdict) => verdict.questionId));
      const next = attempt.questionIds.findIndex((id) => !answered.has(id));
      this.element.emit<MindAttemptStartDetail>('mind-attempt-start', {
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
      else this.#pendingAnswers++;
      this.element.emit<MindAnswerDetail>('mind-answer', {
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
        this.element.emit<MindCompleteDetail>('mind-complete', {
          challengeId: attempt.challengeId,
          attemptId: attempt.id,
          result,
        });
        this.#set(result.status === 'expired' ? { view: 'deadline', result } : { view: 'results', result });
      } catch (error) {
        if (this.#pendingAnswers > 0 && isMindError(error, 'MIND_NETWORK')) {
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
      this.element.emit<MindCompleteDetail>('mind-complete', {
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

  /** A change from the engine: refresh idle views; settle an attempt waiting for sync. */
  changed(change: MindshareChange): void {
    if (this.busy || !change.areas.includes('challenges')) return;
    const { view } = this.state;
    if (RELOADABLE.includes(view)) void this.#quietReload();
    else if (view === 'pending') void this.#settle();
  }

  async #settle(): Promise<void> {
    const api = this.element.api();
    const { attempt } = this;
    if (!api || !attempt) return;
    try {
      const result = await api.finishAttempt(attempt.id);
      this.#pendingAnswers = 0;
      await this.#refreshListing(api);
      this.element.emit<MindCompleteDetail>('mind-complete', {
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
    // A seller is only listed the challenges that target them; coaches see the others flagged.
    if (!listing || !listing.targeted) return this.#set({ view: 'not-targeted' });
    if (listing.status === 'upcoming') return this.#set({ view: 'upcoming' });
    if (listing.status === 'closed') return this.#set({ view: 'closed' });
    this.#set({ view: 'start' });
  }

  async #run(action: () => Promise<void>): Promise<void> {
    this.busy = true;
    if (this.#runs++ === 0) this.#hold();
    this.host.requestUpdate();
    try {
      await action();
    } catch (error) {
      await this.#recover(error, () => action());
    } finally {
      this.busy = false;
      this.host.requestUpdate();
      if (--this.#runs === 0) this.#held?.release();
    }
  }

  #hold(): void {
    let resolve = () => {};
    const until = new Promise<void>((done) => (resolve = done));
    const release = () => {
      clearTimeout(timeout);
      if (this.#held?.until === until) this.#held = undefined;
      resolve();
    };
    const timeout = setTimeout(release, BUSY_AFTER_MS);
    this.#held = { until, release };
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
    this.#watchWindow();
    this.host.requestUpdate();
  }
}
