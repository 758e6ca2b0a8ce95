import type { MindChangeController, MindLink } from '../shared/base/mind-element.js';
import {
  isMindError,
  type AnswerResponse,
  type Confidence,
  type DueQuestion,
  type FeedView,
  type MindshareApi,
  type MindshareChange,
  type PollTally,
  type Verdict,
} from '@mindshare/core';
import { initialState, Task } from '@lit/task';
import { RetryLater } from '../shared/loading/retry-later.js';
import { unlessAborted } from '../shared/loading/unless-aborted.js';
import type { ReactiveControllerHost } from 'lit';
import type { MindNuggetSeenDetail } from './nugget-feed.events.js';

/** Where the feed stands: no API yet, loading, shown, or failed. */
export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Where one action of the seller stands (a vote, an answer): sending, sent, saved offline, failed. */
export type ActionState = 'busy' | 'done' | 'pending' | 'failed';

/** A practice question to answer: of a mini-quiz nugget, or asked again by spaced repetition. */
export interface PracticeTarget {
  readonly questionId: string;
  readonly nuggetId?: string | undefined;
  readonly due?: DueQuestion | undefined;
}

/**
 * The feed's data and the seller's actions on it: reads `feed()` (a `Task`, so a slow answer to an
 * earlier read never replaces a newer one), re-reads it quietly on each change of the `feed` area,
 * and runs votes, open answers, practice answers and "seen" marks.
 * Each action's state is kept by key (a nugget id, or `question:<id>`) so the views show a
 * result, a pending-sync note or a retry where the seller acted.
 */
export class FeedController implements MindChangeController {
  status: FeedStatus = 'idle';
  view: FeedView | undefined;
  error: unknown;
  readonly actions = new Map<string, ActionState>();
  /** Why each `failed` action failed, by the same key (the element announces them). */
  readonly failures = new Map<string, unknown>();
  /** Practice verdicts of this session, by question id. */
  readonly verdicts = new Map<string, Verdict>();
  /** Poll results returned by a vote, before the feed is read again, by nugget id. */
  readonly tallies = new Map<string, { tally: PollTally; mine: readonly string[] }>();
  /** Questions asked again and answered in this session: they stay on screen with their verdict. */
  readonly answeredDue = new Map<string, DueQuestion>();
  readonly #marking = new Set<string>();
  #reloadQueued = false;
  /** Whether the latest read is quiet: Task reports only the latest run, so one flag is enough. */
  #quiet = false;
  readonly #read: Task<[MindshareApi | undefined], FeedView>;
  /** Reads a feed that could not be read for want of a connection when it is back. */
  readonly retry: RetryLater;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly element: MindLink,
  ) {
    host.addController(this);
    this.retry = new RetryLater(
      host,
      () => (this.status === 'error' ? this.error : undefined),
      () => void this.load(),
    );
    this.#read = new Task(host, {
      autoRun: false,
      args: () => [this.element.api()],
      task: async ([api], { signal }) => {
        return api ? unlessAborted(signal, () => api.feed()) : initialState;
      },
      onComplete: (view) => {
        this.view = view;
        this.error = undefined;
        this.#set('ready');
      },
      onError: (error) => {
        this.error = error;
        // A live refresh that fails keeps what is shown; the next change tries again.
        if (!this.#quiet || this.status !== 'ready') this.#set('error');
      },
    });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // Task drops a read superseded by a newer one, not one the page abandoned: aborted, its answer
    // is dropped too (the element reads the feed again when it comes back).
    this.#read.abort();
  }

  /** Forgets everything of the previous API (a portal switching users) before the next load. */
  reset(): void {
    this.view = undefined;
    this.status = 'idle';
    this.actions.clear();
    this.verdicts.clear();
    this.tallies.clear();
    this.answeredDue.clear();
    this.#marking.clear();
  }

  /** Questions asked again: those due now, then those answered in this session. */
  get due(): DueQuestion[] {
    const due = [...(this.view?.due ?? [])];
    for (const [id, question] of this.answeredDue)
      if (!due.some((entry) => entry.questionId === id)) due.push(question);
    return due;
  }

  /** How many actions of this session wait for the connection. */
  get pendingCount(): number {
    return [...this.actions.values()].filter((state) => state === 'pending').length;
  }

  /** (Re)reads the feed; a quiet load keeps the items on screen while it runs. */
  async load(quiet = false): Promise<void> {
    const api = this.element.api();
    this.#quiet = quiet;
    if (!api) this.#set('idle');
    else if (!quiet || this.status !== 'ready') this.#set('loading');
    // Without an API too: the run supersedes a read still under way for the previous one.
    await this.#read.run([api]);
  }

  /** The element tells its controllers of each change event (see `MindChangeController`). */
  mindshareChanged(change: MindshareChange): void {
    if (!change.areas.includes('feed')) return;
    // The outbox announces a delivered write as a remote change: what waited has synced, and the
    // fresh feed shows its result (a poll's tally).
    if (change.origin === 'remote') {
      for (const [key, state] of this.actions) if (state === 'pending') this.actions.delete(key);
    }
    // A burst of writes (several items seen at once) is read back once.
    if (this.#reloadQueued) return;
    this.#reloadQueued = true;
    queueMicrotask(() => {
      this.#reloadQueued = false;
      void this.load(true);
    });
  }

  /** Marks an unread item as seen, once. */
  async markSeen(nuggetId: string, trigger: MindNuggetSeenDetail['trigger']): Promise<void> {
    const api = this.element.api();
    const item = this.view?.items.find((entry) => entry.nuggetId === nuggetId);
    if (!api || item?.status !== 'new' || this.#marking.has(nuggetId)) return;
    this.#marking.add(nuggetId);
    try {
      await api.markSeen(nuggetId);
      this.element.emit('mind-nugget-seen', { nuggetId, trigger });
    } catch {
      this.#marking.delete(nuggetId); // Seen again later, the mark is tried again.
    }
  }

  /** Whether an item was marked seen in this session (the feed may not be read again yet). */
  marked(nuggetId: string): boolean {
    return this.#marking.has(nuggetId);
  }

  vote(nuggetId: string, optionIds: readonly string[]): Promise<void> {
    return this.#run(nuggetId, async (api) => {
      try {
        const tally = await api.vote(nuggetId, optionIds);
        this.tallies.set(nuggetId, { tally, mine: optionIds });
        this.element.emit('mind-vote', { nuggetId, optionIds, tally });
      } catch (error) {
        if (isMindError(error, 'MIND_NETWORK'))
          this.element.emit('mind-vote', { nuggetId, optionIds, tally: undefined });
        throw error;
      }
    });
  }

  respond(nuggetId: string, text: string): Promise<void> {
    return this.#run(nuggetId, async (api) => {
      await api.respond(nuggetId, text);
      this.element.emit('mind-respond', { nuggetId, text });
    });
  }

  practice(target: PracticeTarget, response: AnswerResponse, confidence: Confidence | undefined): Promise<void> {
    const { questionId, nuggetId, due } = target;
    const detail = { questionId, nuggetId, due: due !== undefined, response, confidence };
    return this.#run(`question:${questionId}`, async (api) => {
      try {
        const verdict = await api.answerPractice(questionId, response, confidence ? { confidence } : undefined);
        this.verdicts.set(questionId, verdict);
        if (due) this.answeredDue.set(questionId, due);
        this.element.emit('mind-practice', { ...detail, verdict });
      } catch (error) {
        if (isMindError(error, 'MIND_NETWORK')) {
          if (due) this.answeredDue.set(questionId, due);
          this.element.emit('mind-practice', { ...detail, verdict: undefined });
        }
        throw error;
      }
    });
  }

  async #run(key: string, action: (api: MindshareApi) => Promise<void>): Promise<void> {
    const api = this.element.api();
    if (!api || this.actions.get(key) === 'busy') return;
    this.actions.set(key, 'busy');
    this.failures.delete(key);
    this.host.requestUpdate();
    try {
      await action(api);
      this.actions.set(key, 'done');
    } catch (error) {
      // Saved offline (the HTTP client's outbox delivers it later), or refused: retry is offered.
      const pending = isMindError(error, 'MIND_NETWORK');
      this.actions.set(key, pending ? 'pending' : 'failed');
      if (!pending) this.failures.set(key, error);
    }
    this.host.requestUpdate();
  }

  #set(status: FeedStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
