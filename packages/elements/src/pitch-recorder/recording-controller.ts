import {
  isMindError,
  takesUsed,
  type MindshareApi,
  type MindshareChange,
  type PitchPrompt,
  type Recording,
  type RecordingEntry,
  type RecordingSession,
} from '@mindshare/core';
import { initialState, Task } from '@lit/task';
import { unlessAborted } from '../shared/loading/unless-aborted.js';
import type { ReactiveControllerHost } from 'lit';
import type { MindChangeController, MindLink } from '../shared/base/mind-element.js';
import { createObjectUrl, releaseObjectUrl } from '../shared/media/object-urls.js';
import { ChunkUpload } from './chunk-upload.js';
import { pickMimeType } from './mime-type.js';
import type { MindRecordingStopDetail } from './pitch-recorder.events.js';

/** What the recorder shows, apart from camera problems (see `MediaStatus`). */
export type RecorderView =
  | 'idle'
  | 'loading'
  | 'missing'
  | 'intro'
  | 'preview'
  | 'countdown'
  | 'recording'
  | 'review'
  | 'submitting'
  | 'submitted'
  | 'exhausted'
  | 'error';

/** Seconds of the 3-2-1 countdown. */
export const COUNTDOWN_SECONDS = 3;
/** How often MediaRecorder hands over a chunk, each one stored at once (a crash loses at most one). */
export const TIMESLICE_MS = 1000;

/** What the controller needs from its element. */
export interface RecordingHost extends MindLink {
  readonly promptId: () => string;
  readonly stream: () => MediaStream | undefined;
  /** The consent checkbox's state. */
  readonly consent: () => boolean;
  /** Stops the camera and microphone. */
  readonly release: () => void;
}

/**
 * A take's life: loads the prompt and the seller's takes, counts 3-2-1, records with
 * MediaRecorder (`start(1000)`) and appends each chunk to the API's session as it arrives (one at
 * a time, in order), stops by hand or at the maximum, offers playback, retake (`abort()`) and
 * submit (`finish()` once the last append resolved, then `setConsent` if the checkbox changed).
 *
 * Time: the countdown, the remaining time and the automatic stop follow the API's clock
 * (`api.now()`), like every Mindshare timer, so a test or a portal that moves the clock moves them;
 * the duration sent with `finish` is the media's own, measured with `performance.now()` between
 * the recorder's start and stop, and capped at the prompt's maximum.
 */
export class RecordingController implements MindChangeController {
  view: RecorderView = 'idle';
  prompt: PitchPrompt | undefined;
  /**
   * Takes used at this prompt (`takesUsed`): discarded ones count, a take lost by a reload or a
   * crash does not (the engine aborts it as lost when the next one starts).
   */
  used = 0;
  /** Highest take number at this prompt: the number of the take in hand, or of the last one. */
  lastTake = 0;
  /** The countdown's current number (3, 2, 1). */
  countdown = COUNTDOWN_SECONDS;
  remainingMs = 0;
  /** The take's chunks and their upload progress (`stored / total`). */
  upload: ChunkUpload | undefined;
  /** The take to play back (an object URL, released on retake, submit and removal and revoked once its `<video>` let go). */
  playbackUrl: string | undefined;
  /** The submitted take: this one, or an earlier one found on load (with its review and claim). */
  submitted: Recording | RecordingEntry | undefined;
  retry: (() => void) | undefined;
  /** What failed, while the error view shows. */
  error: unknown;
  /** The last take stopped with nothing recorded (the camera sent no picture): the intro says so. */
  emptyTake = false;

  #session: RecordingSession | undefined;
  #recorder: MediaRecorder | undefined;
  #consentSent = false;
  #clockStart = 0;
  #mediaStart = 0;
  #durationMs = 0;
  #reason: MindRecordingStopDetail['reason'] = 'stopped';
  #interval: ReturnType<typeof setInterval> | undefined;
  /**
   * Counts loads and departures from the page, for `#start`: a take whose session opens after
   * either is dropped. Task drops a superseded load, but a take is an action it does not see.
   */
  #generation = 0;
  /** Whether the latest load is quiet: Task reports only the latest run, so one flag is enough. */
  #quiet = false;
  /** The prompt (`undefined`: not found) and the seller's takes at it. */
  readonly #load: Task<
    [MindshareApi | undefined, string],
    { prompt: PitchPrompt | undefined; takes: readonly RecordingEntry[] }
  >;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly element: RecordingHost,
  ) {
    host.addController(this);
    this.#load = new Task(host, {
      autoRun: false,
      args: () => [this.element.api(), this.element.promptId()],
      task: async ([api, id], { signal }) => {
        if (!api || !id) return initialState;
        return unlessAborted(signal, async () => {
          const [prompts, takes] = await Promise.all([
            api.pitchPrompts(),
            api.recordings({ view: 'mine', promptId: id }),
          ]);
          return { prompt: prompts.find((prompt) => prompt.id === id), takes };
        });
      },
      onComplete: ({ prompt, takes }) => {
        // A quiet refresh never pulls the seller out of a step they have begun meanwhile: Task
        // drops a load overtaken by a newer one, not one overtaken by the seller's action.
        if (!this.#quiet || ['intro', 'exhausted', 'submitted'].includes(this.view)) this.#show(prompt, takes);
      },
      onError: (error) => this.#fail(error, () => void this.load()),
    });
  }

  /** How long the take under review lasts, measured while it was recorded. */
  get durationMs(): number {
    return this.#durationMs;
  }

  get maxMs(): number {
    return (this.prompt?.maxDurationSeconds ?? 0) * 1000;
  }

  /** Takes still to start: `1 + retakesAllowed` minus those started. */
  get takesLeft(): number {
    return Math.max(0, 1 + (this.prompt?.retakesAllowed ?? 0) - this.used);
  }

  /** Retakes left after the take in hand (or the next one, before any). */
  get retakesLeft(): number {
    return Math.max(0, this.takesLeft - (this.#session ? 0 : 1));
  }

  hostDisconnected(): void {
    this.#generation++;
    // Task drops a load superseded by a newer one, not one the page abandoned: aborted, its answer
    // is dropped too (the element loads again when it comes back).
    this.#load.abort();
    this.#reset();
    this.view = 'idle';
  }

  /** (Re)loads the prompt and the seller's takes at it. */
  async load(quiet = false): Promise<void> {
    this.#generation++;
    this.#quiet = quiet;
    const api = this.element.api();
    const id = this.element.promptId();
    if (!quiet) {
      this.#reset();
      this.element.release();
    }
    if (!api || !id) this.#set('idle');
    else if (!quiet) this.#set('loading');
    // Without an API or prompt too: the run supersedes a load still under way for the previous one.
    await this.#load.run([api, id]);
  }

  /**
   * Another tab or the coach changed something: refresh the counts while nothing is under way, and
   * the sent take's state (a coach claimed or reviewed it). The element tells its controllers of
   * each change event (see `MindChangeController`).
   */
  mindshareChanged(change: MindshareChange): void {
    if (change.areas.includes('pitch') && ['intro', 'exhausted', 'submitted'].includes(this.view)) void this.load(true);
  }

  /** The camera is on: show the preview. */
  preview(): void {
    if (this.view === 'intro' || this.view === 'preview') this.#set('preview');
  }

  /** Starts the 3-2-1 countdown; recording begins at its end. */
  begin(): void {
    const api = this.element.api();
    if (this.view !== 'preview' || !api) return;
    this.#clockStart = api.now();
    this.countdown = COUNTDOWN_SECONDS;
    this.#set('countdown');
    this.#tickEvery();
  }

  /** Reads the API's clock: moves the countdown, the remaining time, and stops at the maximum. */
  tick(): void {
    const now = this.element.api()?.now();
    if (now === undefined) return;
    if (this.view === 'countdown') {
      const left = COUNTDOWN_SECONDS - Math.floor((now - this.#clockStart) / 1000);
      if (left <= 0) void this.#start();
      else if (left !== this.countdown) this.countdown = left;
    } else if (this.view === 'recording') {
      this.remainingMs = Math.max(0, this.maxMs - (now - this.#clockStart));
      if (this.remainingMs === 0) this.stop('max-duration');
    }
    this.host.requestUpdate();
  }

  /** Ends the take; the review follows once the recorder handed over its last chunk. */
  stop(reason: MindRecordingStopDetail['reason'] = 'stopped'): void {
    const recorder = this.#recorder;
    if (this.view !== 'recording' || recorder?.state !== 'recording') return;
    this.#reason = reason;
    this.#ended();
    recorder.stop();
  }

  /** Gives the take up (`abort()`); resolves to whether another may start. */
  async retake(): Promise<boolean> {
    const session = this.#session;
    if (this.view !== 'review' || !session || this.retakesLeft === 0) return false;
    this.#revoke();
    this.#set('loading');
    try {
      await session.abort();
      this.#session = this.upload = undefined;
      this.#set('intro');
      return true;
    } catch (error) {
      this.#fail(error, () => this.#set('review'));
      return false;
    }
  }

  /** Submits the take once every chunk is stored. */
  async submit(): Promise<void> {
    const api = this.element.api();
    const session = this.#session;
    const prompt = this.prompt;
    if (this.view !== 'review' || !api || !session || !prompt) return;
    this.#set('submitting');
    try {
      await this.upload?.drained();
      let recording = await session.finish({ durationMs: this.#durationMs });
      const consent = this.element.consent();
      if (consent !== this.#consentSent) recording = await api.setConsent(recording.id, consent);
      this.#session = this.upload = undefined;
      this.#revoke();
      this.submitted = recording;
      this.#set('submitted');
      this.element.emit('mind-recording-submit', { promptId: prompt.id, recording });
    } catch (error) {
      this.#fail(error, () => this.#set('review'));
    }
  }

  async #start(): Promise<void> {
    const api = this.element.api();
    const stream = this.element.stream();
    const prompt = this.prompt;
    this.#stopTicking();
    if (!api || !stream || !prompt || this.#recorder) return;
    const mimeType = pickMimeType((type) => MediaRecorder.isTypeSupported(type));
    let recorder: MediaRecorder;
    try {
      recorder = new MediaRecorder(stream, mimeType ? { mimeType } : {});
    } catch (error) {
      return this.#fail(error, () => void this.load());
    }
    this.#recorder = recorder;
    const generation = this.#generation;
    const consent = this.element.consent();
    let session: RecordingSession;
    try {
      session = await api.startRecording(prompt.id, { mimeType: mimeType ?? 'video/webm', consent });
    } catch (error) {
      this.#recorder = undefined;
      this.element.release();
      // Another tab submitted a take or used the last one: the reloaded takes show which.
      if (isMindError(error, 'MIND_CONFLICT') || isMindError(error, 'MIND_ATTEMPTS_EXHAUSTED')) return this.load();
      return this.#fail(error, () => void this.load());
    }
    if (generation !== this.#generation) return void session.abort().catch(() => undefined);
    this.#session = session;
    this.emptyTake = false;
    this.#consentSent = consent;
    this.#reason = 'stopped';
    this.used++;
    this.lastTake++;
    const upload = (this.upload = new ChunkUpload(session, () => this.host.requestUpdate()));
    recorder.addEventListener('dataavailable', (event) => upload.push(event.data));
    recorder.addEventListener('stop', () => this.#stopped(session, recorder, upload), { once: true });
    recorder.start(TIMESLICE_MS);
    this.#mediaStart = performance.now();
    this.#clockStart = api.now();
    this.remainingMs = this.maxMs;
    this.#set('recording');
    this.#tickEvery();
    this.element.emit('mind-recording-start', {
      promptId: prompt.id,
      recordingId: session.recordingId,
      take: this.lastTake,
      mimeType: recorder.mimeType || (mimeType ?? 'video/webm'),
    });
  }

  /** The media's duration, measured when it ends (by hand, at the maximum, or a device unplugged). */
  #ended(): void {
    this.#durationMs = Math.max(1, Math.min(Math.round(performance.now() - this.#mediaStart), this.maxMs));
    this.#stopTicking();
  }

  #stopped(session: RecordingSession, recorder: MediaRecorder, upload: ChunkUpload): void {
    // The recorder stopped by itself (the device went away): measure the media now.
    if (this.view === 'recording' && this.#interval !== undefined) this.#ended();
    this.element.release();
    if (recorder === this.#recorder) this.#recorder = undefined;
    if (session !== this.#session) return;
    this.element.emit('mind-recording-stop', {
      promptId: this.prompt?.id ?? '',
      recordingId: session.recordingId,
      durationMs: this.#durationMs,
      reason: this.#reason,
    });
    if (upload.total === 0) {
      // Nothing to play back or submit. Left `recording`, the take counts as lost: the engine gives
      // its turn back and aborts it when the next one starts.
      this.#session = this.upload = undefined;
      this.used--;
      this.emptyTake = true;
      return this.#set('intro');
    }
    this.playbackUrl = createObjectUrl(upload.blob(recorder.mimeType));
    this.#set('review');
  }

  #show(prompt: PitchPrompt | undefined, takes: readonly RecordingEntry[]): void {
    this.prompt = prompt;
    if (!prompt) return this.#set('missing');
    this.used = takesUsed(takes);
    this.lastTake = takes.reduce((highest, take) => Math.max(highest, take.take), 0);
    this.submitted = takes.find((take) => take.status === 'submitted' || take.status === 'reviewed');
    this.#set(this.submitted ? 'submitted' : this.takesLeft > 0 ? 'intro' : 'exhausted');
  }

  /**
   * Drops the take in hand (another prompt or API, or the element left the page). The last chunk
   * still reaches the API; the dangling take is aborted by the engine when the next one starts.
   */
  #reset(): void {
    this.#stopTicking();
    this.emptyTake = false;
    if (this.#recorder?.state === 'recording') this.#recorder.stop();
    this.#recorder = undefined;
    this.#session = this.upload = undefined;
    this.#revoke();
  }

  #tickEvery(): void {
    this.#stopTicking();
    this.#interval = setInterval(() => this.tick(), 250);
  }

  #stopTicking(): void {
    if (this.#interval !== undefined) clearInterval(this.#interval);
    this.#interval = undefined;
  }

  #revoke(): void {
    if (this.playbackUrl) releaseObjectUrl(this.playbackUrl);
    this.playbackUrl = undefined;
  }

  #fail(error: unknown, retry: () => void): void {
    console.warn('Mindshare: the pitch recorder failed.', error);
    this.element.release();
    this.retry = retry;
    this.error = error;
    this.#set('error');
  }

  #set(view: RecorderView): void {
    this.view = view;
    this.host.requestUpdate();
  }
}
