import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MindError, type MindshareApi, type Recording } from '@mindshare/core';
import { compileMarkdown } from '@mindshare/core/authoring';
import { contentPack, scenarioPack, scenarioWorld, type ScenarioWorld } from '@mindshare/core/testing';
import {
  countGetUserMedia,
  failGetUserMedia,
  removeMediaRecorder,
  restoreMedia,
  silenceMediaRecorder,
} from '../testing/recorder-media.js';
import { expectFullDeviceThenRetry, withOutage, withOverrides } from '../testing/api-overrides.js';
import { click, find, render, text, until } from '../testing/harness.js';
import { formatClock } from '../shared/timing/duration-format.js';
import { ELEVATOR_REVIEW, recordPitch } from '../testing/pitch-recordings.js';
import './pitch-recorder.define.js';
import type { MindPitchRecorder } from './pitch-recorder.element.js';

/** A prompt with the schema's shortest maximum (10 s), so auto-stop is reached by moving the clock. */
const QUICK_PROMPT = 'quick';

/** The scenario's pack plus {@link QUICK_PROMPT}: the elevator prompt's rubric and one retake, 10 s at most. */
const recorderPack = contentPack().withPitchPrompt({
  ...scenarioPack().pitchPrompts![0]!,
  id: QUICK_PROMPT,
  title: { en: 'Quick intro', fr: 'Présentation éclair' },
  scenario: {
    en: compileMarkdown('Introduce **yourself** in ten seconds.'),
    fr: 'Présentez-vous en dix secondes.',
  },
  maxDurationSeconds: 10,
});

const status = (el: MindPitchRecorder) => text(el, '[role="status"]');

async function mount(options: { prompt?: string; world?: ScenarioWorld; api?: MindshareApi; lang?: string } = {}) {
  const world = options.world ?? scenarioWorld({ pack: recorderPack.build() });
  const api = options.api ?? (await world.as('s-anna'));
  const el = await render<MindPitchRecorder>(
    html`<mind-pitch-recorder prompt=${options.prompt ?? 'elevator'} .api=${api}></mind-pitch-recorder>`,
    { lang: options.lang ?? 'en' },
  );
  await until(el, '[part~="prompt"], .status');
  return { el, world, api };
}

/** Turns the camera on (Chromium's fake devices) and waits for the live preview. */
async function turnOn(el: MindPitchRecorder) {
  click(el, '.intro button');
  await waitUntil(() => find<HTMLButtonElement>(el, '.start')?.disabled === false, 'the camera never came on');
  await el.updateComplete;
  return find<HTMLVideoElement>(el, 'video[part~="preview"]')!;
}

/** Counts 3-2-1 on the API's clock and waits for the recording to begin. */
async function startRecording(el: MindPitchRecorder, world: ScenarioWorld) {
  click(el, '.start');
  await el.updateComplete;
  world.clock.advance(3000);
  el.syncClock();
  await until(el, '.stop', 'recording never began');
  return find<HTMLVideoElement>(el, 'video[part~="preview"]')!.srcObject as MediaStream;
}

/**
 * Waits until MediaRecorder handed over a chunk of the take and the engine stored it: a loaded
 * machine can be late to, and a take stopped before its first chunk has no media to submit.
 */
async function firstChunkStored(el: MindPitchRecorder): Promise<void> {
  const stored = async () =>
    (await el.api!.recordings({ view: 'mine', promptId: el.prompt })).some(
      (take) => take.status === 'recording' && take.chunkCount > 0,
    );
  await waitUntil(stored, 'no chunk of the take was stored within 10 s', { timeout: 10_000 });
}

/**
 * Lets the take record `ms` of real media and at least its first chunk reach the engine, then
 * moves the API's clock `clockMs` and lets the element read it.
 */
async function keepRecording(el: MindPitchRecorder, world: ScenarioWorld, ms: number, clockMs = ms) {
  await aTimeout(ms);
  await firstChunkStored(el);
  world.clock.advance(clockMs);
  el.syncClock();
  await el.updateComplete;
}

/** Records `ms` of real media, at least one chunk (the API's clock moves `ms`), and stops by hand. */
async function record(el: MindPitchRecorder, world: ScenarioWorld, ms = 1500) {
  const stream = await startRecording(el, world);
  await keepRecording(el, world, ms);
  click(el, '.stop');
  await until(el, '.review [part~="playback"]', 'the take never came back');
  return stream;
}

async function submit(el: MindPitchRecorder) {
  const submitted = oneEvent(el, 'mind-recording-submit');
  click(el, '.submit');
  const event = await submitted;
  await until(el, '.status.submitted');
  return event.detail.recording as Recording;
}

const ended = (stream: MediaStream) => stream.getTracks().every((track) => track.readyState === 'ended');

describe('<mind-pitch-recorder>', () => {
  afterEach(() => restoreMedia());

  it('is accessible in each main state: intro, preview, recording, review, submitted', async () => {
    const { el, world } = await mount();
    await until(el, '.intro');
    await expect(el).to.be.accessible();
    await turnOn(el);
    await expect(el).to.be.accessible();
    await startRecording(el, world);
    await expect(el).to.be.accessible();
    await keepRecording(el, world, 1200);
    click(el, '.stop');
    await until(el, '[part~="playback"]');
    await expect(el).to.be.accessible();
    await submit(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible in each problem view: denied, no device, busy, cannot record, no take left', async () => {
    for (const name of ['NotAllowedError', 'NotFoundError', 'NotReadableError']) {
      failGetUserMedia(name);
      const { el } = await mount();
      click(el, '.intro button');
      await until(el, '.status.problem');
      await expect(el).to.be.accessible();
    }
    removeMediaRecorder();
    const { el } = await mount();
    await until(el, '.status.unsupported');
    await expect(el).to.be.accessible();
    restoreMedia();

    const world = scenarioWorld({ pack: recorderPack.build() });
    await useEveryTake(world, 'elevator');
    const exhausted = await mount({ world });
    await until(exhausted.el, '.status.exhausted');
    await expect(exhausted.el).to.be.accessible();
  });

  it('shows the scenario, the maximum duration and the retakes left, and asks for nothing on load', async () => {
    const getUserMedia = countGetUserMedia();
    const { el } = await mount({ prompt: QUICK_PROMPT });
    expect(text(el, '[part~="prompt"] h2')).to.equal('Quick intro');
    expect(find(el, '.scenario strong')?.textContent).to.equal('yourself');
    expect(text(el, '.scenario')).to.equal('Introduce yourself in ten seconds.');
    expect(text(el, '.facts')).to.contain('Up to 10 seconds');
    expect(text(el, '.facts')).to.contain('1 retake left');
    expect(text(el, '.intro')).to.contain('needs your camera and microphone');
    expect(getUserMedia.calls, 'getUserMedia on load').to.equal(0);
    expect(find(el, 'video')).to.equal(null);
    await turnOn(el);
    expect(getUserMedia.calls).to.equal(1);

    const elevator = await mount();
    expect(text(elevator.el, '.facts')).to.contain('Up to 1 minute, 30 seconds');
  });

  it('previews the camera, counts 3-2-1 aloud, shows the time left, and stores chunks while recording', async () => {
    const { el, world, api } = await mount({ prompt: QUICK_PROMPT });
    const video = await turnOn(el);
    expect(video.muted).to.equal(true);
    expect(video.hasAttribute('playsinline')).to.equal(true);
    expect((video.srcObject as MediaStream).getVideoTracks()[0]?.readyState).to.equal('live');
    const started = oneEvent(el, 'mind-recording-start');
    click(el, '.start');
    await el.updateComplete;
    expect(status(el)).to.equal('Recording starts in 3');
    expect(text(el, '.countdown')).to.equal('3');
    world.clock.advance(1000);
    el.syncClock();
    await el.updateComplete;
    expect(status(el)).to.equal('Recording starts in 2');
    world.clock.advance(2000);
    el.syncClock();
    const event = await started;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.include({ promptId: QUICK_PROMPT, take: 1 });
    expect(event.detail.mimeType).to.match(/^video\/webm/);
    await until(el, '[part~="timer"]');
    expect(text(el, '[role="timer"]')).to.equal('0:10');
    await keepRecording(el, world, 2200, 4000);
    expect(text(el, '[role="timer"]')).to.equal('0:06');
    expect(status(el), 'a 10 s prompt does not speak its last 10 s').to.equal('Recording');
    const [take] = await api.recordings({ view: 'mine', promptId: QUICK_PROMPT });
    expect(take!.status).to.equal('recording');
    expect(take!.size).to.be.greaterThan(0);
  });

  it('records, plays back, submits: chunks stored, media retrievable, events fired, camera released', async () => {
    const { el, world, api } = await mount();
    const page = el.parentElement!;
    const seen: string[] = [];
    for (const type of ['mind-recording-start', 'mind-recording-stop', 'mind-recording-submit'] as const) {
      page.addEventListener(type, (event) => seen.push(event.type));
    }
    await turnOn(el);
    const stopped = oneEvent(el, 'mind-recording-stop');
    const recordingFrom = performance.now();
    const stream = await startRecording(el, world);
    expect(status(el)).to.equal('Recording');
    await keepRecording(el, world, 2000, 81_000);
    expect(text(el, '[role="timer"]')).to.equal('0:09');
    expect(status(el)).to.equal('10 seconds left');
    click(el, '.stop');
    await until(el, '.review [part~="playback"]');
    const stop = await stopped;
    expect(stop.detail.reason).to.equal('stopped');
    // The media's own length (real time), not the 81 s the API's clock moved.
    expect(stop.detail.durationMs).to.be.within(1900, performance.now() - recordingFrom);
    expect(ended(stream), 'tracks ended after stop').to.equal(true);
    expect(status(el)).to.equal('Recording stopped.');
    const playback = find<HTMLVideoElement>(el, '[part~="playback"]')!;
    expect(playback.src).to.match(/^blob:/);
    // The take's real length, not "Infinity": in our words, and in the player once it found it.
    expect(text(el, '[part~="length"]')).to.equal(`Length: ${formatClock(stop.detail.durationMs)}`);
    await waitUntil(() => Number.isFinite(playback.duration), `the player shows a duration of ${playback.duration}`, {
      timeout: 5000,
    });
    expect(playback.duration).to.be.within(1, 12);
    await waitUntil(() => !playback.seeking && playback.currentTime === 0, 'the player did not go back to the start', {
      timeout: 5000,
    });
    const url = playback.src;
    expect((await (await fetch(url)).blob()).size).to.be.greaterThan(0);
    await waitUntil(() => text(el, '.upload') === 'Your take is saved.', 'the take was not all stored');
    const progress = find<HTMLProgressElement>(el, '[part~="progress"]')!;
    expect(progress.value).to.equal(progress.max);

    const recording = await submit(el);
    expect(recording).to.include({ status: 'submitted', promptId: 'elevator', take: 1 });
    expect(recording.consent.gallery).to.equal(false);
    expect(seen).to.deep.equal(['mind-recording-start', 'mind-recording-stop', 'mind-recording-submit']);
    expect(text(el, '.status.submitted')).to.contain('Pitch submitted');
    const [stored] = await api.recordings({ view: 'mine', promptId: 'elevator' });
    expect(stored).to.include({ id: recording.id, status: 'submitted' });
    expect(stored!.size).to.be.greaterThan(0);
    expect(stored!.durationMs).to.be.within(1900, 10_000);
    const media = (await api.recordingMedia(recording.id)) as Blob;
    expect(media.size).to.equal(stored!.size);
    expect(media.type).to.match(/^video\/webm/);
    let revoked = false;
    await fetch(url).catch(() => (revoked = true));
    expect(revoked, 'object URL revoked after submit').to.equal(true);

    const again = await mount({ world, api });
    await until(again.el, '.status.submitted');
  });

  it('aborts the unsent take on retake, then submits the second; no retake is offered after it', async () => {
    const { el, world, api } = await mount();
    await turnOn(el);
    await record(el, world);
    const firstUrl = find<HTMLVideoElement>(el, '[part~="playback"]')!.src;
    click(el, '.retake');
    await until(el, '.start:not([disabled])');
    expect(text(el, '.facts')).to.contain('No retake left');
    let revoked = false;
    await fetch(firstUrl).catch(() => (revoked = true));
    expect(revoked, 'the first take’s URL is revoked').to.equal(true);
    const [first] = await api.recordings({ view: 'mine', promptId: 'elevator' });
    expect(first).to.include({ status: 'aborted', take: 1 });
    await record(el, world);
    expect(find(el, '.retake'), 'retake after the last take').to.equal(null);
    const recording = await submit(el);
    expect(recording.take).to.equal(2);
    const takes = await api.recordings({ view: 'mine', promptId: 'elevator' });
    expect(takes.map((take) => `${take.take}:${take.status}`).sort()).to.deep.equal(['1:aborted', '2:submitted']);
  });

  it('says so when no take is left (on load, or another tab used the last one) or another tab submitted', async () => {
    const world = scenarioWorld({ pack: recorderPack.build() });
    await useEveryTake(world, 'elevator');
    const { el } = await mount({ world });
    expect(text(el, '.status.exhausted')).to.contain('You have used every take');
    expect(find(el, 'button')).to.equal(null);

    const late = await mount({ prompt: QUICK_PROMPT });
    await turnOn(late.el);
    await useEveryTake(late.world, QUICK_PROMPT);
    const stream = find<HTMLVideoElement>(late.el, '[part~="preview"]')!.srcObject as MediaStream;
    click(late.el, '.start');
    await late.el.updateComplete;
    late.world.clock.advance(3000);
    late.el.syncClock();
    await until(late.el, '.status.exhausted', 'MIND_ATTEMPTS_EXHAUSTED was not shown');
    expect(ended(stream), 'camera released').to.equal(true);

    // MIND_CONFLICT: another tab submitted a take meanwhile; the recorder shows it is done.
    const raced = await mount();
    await turnOn(raced.el);
    const tab = await raced.world.as('s-anna');
    const session = await tab.startRecording('elevator', { mimeType: 'video/webm' });
    await session.append(new Blob(['media']));
    await session.finish({ durationMs: 1000 });
    click(raced.el, '.start');
    await raced.el.updateComplete;
    raced.world.clock.advance(3000);
    raced.el.syncClock();
    await until(raced.el, '.status.submitted', 'MIND_CONFLICT was not shown');
  });

  it('gives back the turn of a take lost by a reload, numbering the next take after it (issue 16)', async () => {
    const world = scenarioWorld({ pack: recorderPack.build() });
    // The page was reloaded mid-take: the take is left recording, and was never the seller's choice.
    const before = await (await world.as('s-anna')).startRecording(QUICK_PROMPT, { mimeType: 'video/webm' });
    await before.append(new Blob(['media']));
    const { el } = await mount({ world, prompt: QUICK_PROMPT });
    expect(text(el, '.facts')).to.contain('1 retake left');
    await turnOn(el);
    const started = oneEvent(el, 'mind-recording-start');
    await startRecording(el, world);
    expect((await started).detail.take).to.equal(2);
    const [latest, lost] = await (await world.as('s-anna')).recordings({ view: 'mine', promptId: QUICK_PROMPT });
    expect(lost).to.include({ id: before.recordingId, status: 'aborted', abortedBecause: 'lost' });
    expect(latest).to.include({ status: 'recording', take: 2 });
  });

  it('says where the sent take stands: sent, in a coach’s hands, reviewed with its score; and links to the pitches', async () => {
    const world = scenarioWorld({ pack: recorderPack.build() });
    const api = await world.as('s-anna');
    const recordingId = await recordPitch(world);
    const now = world.clock.now();
    const claim = { coachId: 'coach-camille', coachName: 'Camille Coach', at: now, expiresAt: now + 60_000 };
    let claimed = false;
    const viewed = withOverrides(api, {
      recordings: async (query) =>
        (await api.recordings(query)).map((entry) =>
          claimed && entry.id === recordingId ? { ...entry, claim } : entry,
        ),
    });
    const el = await render<MindPitchRecorder>(
      html`<mind-pitch-recorder prompt="elevator" pitches-href="/my-pitches" .api=${viewed}></mind-pitch-recorder>`,
    );
    await until(el, '.status.submitted');
    expect(text(el, '.status.submitted p')).to.equal('A coach will review your pitch and score it.');
    const link = find<HTMLAnchorElement>(el, '[part~="pitches-link"]')!;
    expect(link.getAttribute('href')).to.equal('/my-pitches');
    expect(text(el, '[part~="pitches-link"]')).to.equal('See your pitches and your coach’s review');
    await expect(el).to.be.accessible();

    claimed = true;
    await el.reload();
    await until(el, '.status.submitted');
    expect(text(el, '.status.submitted p')).to.equal('Camille Coach is reviewing your pitch.');
    world.clock.advance(61_000); // the claim lapsed: back to waiting
    await el.reload();
    await until(el, '.status.submitted');
    expect(text(el, '.status.submitted p')).to.equal('A coach will review your pitch and score it.');

    // Reviewed in the coach's tab: the recorder follows the change.
    await (await world.as('coach-camille')).review(recordingId, ELEVATOR_REVIEW);
    await waitUntil(
      () => text(el, '.status.submitted p') === 'Your coach reviewed your pitch: 67 / 100.',
      'the review did not reach the recorder',
    );
  });

  it('stops by itself at the maximum duration, on the API clock', async () => {
    const { el, world } = await mount({ prompt: QUICK_PROMPT });
    await turnOn(el);
    const stream = await startRecording(el, world);
    const stopped = oneEvent(el, 'mind-recording-stop');
    await keepRecording(el, world, 1200, 10_000);
    const event = await stopped;
    expect(event.detail.reason).to.equal('max-duration');
    expect(event.detail.durationMs).to.be.within(1, 10_000);
    await until(el, '[part~="playback"]');
    expect(status(el)).to.equal('Maximum duration reached: recording stopped.');
    expect(ended(stream)).to.equal(true);
    const recording = await submit(el);
    expect(recording.durationMs).to.be.at.most(10_000);
  });

  it('releases the camera and microphone when it leaves the page (previewing or recording) or the prompt changes', async () => {
    const { el } = await mount();
    const preview = (await turnOn(el)).srcObject as MediaStream;
    el.remove();
    expect(ended(preview), 'preview tracks ended').to.equal(true);

    const other = await mount();
    await turnOn(other.el);
    const recording = await startRecording(other.el, other.world);
    other.el.parentElement!.remove();
    expect(ended(recording), 'recording tracks ended').to.equal(true);

    const moved = await mount();
    const before = (await turnOn(moved.el)).srcObject as MediaStream;
    moved.el.prompt = QUICK_PROMPT;
    await until(moved.el, '.intro');
    expect(ended(before), 'tracks ended on a new prompt').to.equal(true);
    expect(text(moved.el, '[part~="prompt"] h2')).to.equal('Quick intro');
  });

  it('lists cameras and microphones, and re-acquires the stream with the one chosen', async () => {
    const { el } = await mount();
    const first = (await turnOn(el)).srcObject as MediaStream;
    await until(el, 'select[name="audioinput"]');
    const cameras = find<HTMLSelectElement>(el, 'select[name="videoinput"]')!;
    const microphones = find<HTMLSelectElement>(el, 'select[name="audioinput"]')!;
    expect(cameras.labels[0]?.textContent).to.contain('Camera');
    expect(microphones.labels[0]?.textContent).to.contain('Microphone');
    expect(cameras.options.length).to.be.greaterThan(0);
    const other = [...microphones.options].find((option) => !option.selected) ?? microphones.options[0]!;
    microphones.value = other.value;
    microphones.dispatchEvent(new Event('change'));
    await waitUntil(() => {
      const stream = find<HTMLVideoElement>(el, '[part~="preview"]')?.srcObject as MediaStream | null | undefined;
      return stream && stream.id !== first.id;
    }, 'the stream was not re-acquired');
    expect(ended(first), 'the old stream is released').to.equal(true);
    const second = find<HTMLVideoElement>(el, '[part~="preview"]')!.srcObject as MediaStream;
    expect(second.getAudioTracks()[0]?.getSettings().deviceId).to.equal(other.value);

    failGetUserMedia('NotReadableError');
    const cameraList = find<HTMLSelectElement>(el, 'select[name="videoinput"]')!;
    cameraList.dispatchEvent(new Event('change'));
    await until(el, '.status.busy', 'a failed switch showed no problem');
    expect(ended(second)).to.equal(true);
    restoreMedia();
    click(el, '.status button');
    await until(el, '.start:not([disabled])');
  });

  it('shows a helpful view for each camera problem, and tries again', async () => {
    const cases = [
      ['NotAllowedError', 'denied', 'Camera access is blocked', 'address bar'],
      ['NotFoundError', 'no-device', 'No camera or microphone found', 'Connect a camera'],
      ['NotReadableError', 'busy', 'Camera in use', 'Another application'],
    ] as const;
    for (const [name, view, title, hint] of cases) {
      failGetUserMedia(name);
      const { el } = await mount();
      click(el, '.intro button');
      const problem = await until(el, `.status.problem.${view}`);
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(text(el, '.status h3')).to.equal(title);
      expect(text(el, '.status')).to.contain(hint);
      expect(el.shadowRoot!.activeElement?.id).to.equal('status-title');
      if (name === 'NotAllowedError') {
        restoreMedia();
        click(el, '.status button');
        await waitUntil(() => find<HTMLButtonElement>(el, '.start')?.disabled === false, 'retry failed');
      }
    }
  });

  it('tells a browser without MediaRecorder that it cannot record, without asking for the camera', async () => {
    const getUserMedia = countGetUserMedia();
    removeMediaRecorder();
    const { el } = await mount();
    await until(el, '.status.unsupported');
    expect(text(el, '.status h3')).to.equal('This browser cannot record video');
    expect(find(el, '.status button')).to.equal(null);
    expect(getUserMedia.calls).to.equal(0);
    expect(text(el, '.scenario')).to.contain('Pitch Pro to a CFO');
  });

  it('sends the consent: unchecked by default, given before recording or changed before submitting', async () => {
    const { el, world } = await mount();
    await turnOn(el);
    const box = find<HTMLInputElement>(el, '[part~="consent"] input')!;
    expect(box.checked).to.equal(false);
    box.click();
    await record(el, world);
    expect(find<HTMLInputElement>(el, '[part~="consent"] input')!.checked).to.equal(true);
    const given = await submit(el);
    expect(given.consent.gallery).to.equal(true);
    expect(given.consent.history).to.have.length(1);

    const later = await mount({ prompt: QUICK_PROMPT });
    await turnOn(later.el);
    await record(later.el, later.world);
    find<HTMLInputElement>(later.el, '[part~="consent"] input')!.click();
    const changed = await submit(later.el);
    expect(changed.consent.gallery).to.equal(true);
  });

  it('says a take the camera sent nothing for was not recorded, and gives its turn back', async () => {
    silenceMediaRecorder();
    // One take only: were the empty take counted, no other could start.
    const pack = contentPack().withPitchPrompt({ ...scenarioPack().pitchPrompts![0]!, id: 'once', retakesAllowed: 0 });
    const { el, world } = await mount({ world: scenarioWorld({ pack: pack.build() }), prompt: 'once' });
    await turnOn(el);
    await startRecording(el, world);
    const stopped = oneEvent(el, 'mind-recording-stop');
    click(el, '.stop');
    await stopped;
    const notice = await until(el, '.intro .empty-take');
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.contain('Nothing was recorded');
    await expect(el).to.be.accessible();

    restoreMedia();
    await turnOn(el);
    await record(el, world);
    expect(find(el, '.empty-take'), 'the notice goes with the next take').to.equal(null);
    const recording = await submit(el);
    expect(recording.status).to.equal('submitted');
    // The empty take, left recording, was aborted as lost when the next one started.
    const takes = await el.api!.recordings({ view: 'mine', promptId: 'once' });
    expect(takes.map((take) => take.status).sort()).to.deep.equal(['aborted', 'submitted']);
  });

  it('says when the prompt does not exist, and offers a retry when loading fails', async () => {
    const { el } = await mount({ prompt: 'no-such-prompt' });
    expect(text(el, '.status.missing h3')).to.equal('Exercise not available');

    const world = scenarioWorld({ pack: recorderPack.build() });
    const api = await world.as('s-anna');
    let offline = true;
    const flaky: MindshareApi = Object.create(api);
    flaky.pitchPrompts = () =>
      offline ? Promise.reject(new MindError('MIND_NETWORK', 'offline')) : api.pitchPrompts();
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    const failing = await mount({ world, api: flaky }).finally(() => (console.warn = warn));
    expect(warnings[0]?.[1], 'the cause is logged for the integrator').to.be.instanceOf(MindError);
    const alert = await until(failing.el, '.status.error');
    expect(alert.getAttribute('role')).to.equal('alert');
    await expect(failing.el).to.be.accessible();
    offline = false;
    click(failing.el, '.status.error button');
    await until(failing.el, '.intro');
  });

  it('says a full device is full, fires one mind-error for it, and loads on retry (issue 14, item 5)', async () => {
    const world = scenarioWorld({ pack: recorderPack.build() });
    const anna = await world.as('s-anna');
    const warn = console.warn;
    console.warn = () => undefined; // the recorder logs the cause for the integrator
    try {
      await expectFullDeviceThenRetry({
        render: async (full) => (await mount({ world, api: withOutage(anna, 'pitchPrompts', full) })).el,
        alert: (el) => find(el, '.status.error'),
        loaded: (el) => find(el, '.intro'),
        what: 'the recorder',
      });
    } finally {
      console.warn = warn;
    }
  });

  it('keeps the take when submitting fails, and submits it on retry', async () => {
    const world = scenarioWorld({ pack: recorderPack.build() });
    const api = await world.as('s-anna');
    let offline = true;
    const flaky: MindshareApi = Object.create(api);
    flaky.startRecording = async (promptId, meta) => {
      const session = await api.startRecording(promptId, meta);
      return {
        ...session,
        recordingId: session.recordingId,
        finish: (options) =>
          offline ? Promise.reject(new MindError('MIND_NETWORK', 'offline')) : session.finish(options),
      };
    };
    const { el } = await mount({ world, api: flaky });
    await turnOn(el);
    await record(el, world);
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      click(el, '.submit');
      await until(el, '.status.error');
    } finally {
      console.warn = warn;
    }
    offline = false;
    click(el, '.status.error button');
    await until(el, '[part~="playback"]');
    const recording = await submit(el);
    expect(recording.status).to.equal('submitted');
    expect(recording.chunkCount).to.be.greaterThan(0);
  });

  it('speaks French under lang="fr": strings and authored text', async () => {
    const { el } = await mount({ lang: 'fr' });
    await waitUntil(() => text(el, '.intro').includes('Activer la caméra'), 'French never arrived');
    expect(text(el, '[part~="prompt"] h2')).to.equal('Pitch ascenseur');
    expect(text(el, '.scenario')).to.equal('Présentez Pro à un DAF en une minute.');
    expect(text(el, '.facts')).to.contain('Jusqu’à 1 minute et 30 secondes');
    expect(text(el, '.facts')).to.contain('1 reprise restante');
    expect(text(el, '.intro h3')).to.equal('Avant d’enregistrer');
    failGetUserMedia('NotAllowedError');
    click(el, '.intro button');
    await until(el, '.status.denied');
    expect(text(el, '.status h3')).to.equal('L’accès à la caméra est bloqué');
  });
});

/** Another tab of the same seller starts and gives up every take the prompt allows. */
async function useEveryTake(world: ScenarioWorld, promptId: string) {
  const tab = await world.as('s-anna');
  for (let take = 0; take < 2; take++) {
    const session = await tab.startRecording(promptId, { mimeType: 'video/webm' });
    await session.abort();
  }
}

describe('<mind-pitch-recorder> upload wording', () => {
  it('says whether the take is saved, never how many chunks, in English and French', async () => {
    const { pitchRecorderEn } = await import('./strings/en.js');
    const { default: pitchRecorderFr } = await import('./strings/fr.js');
    const { mindPitchRecorderUpload: en } = pitchRecorderEn;
    const { mindPitchRecorderUpload: fr } = pitchRecorderFr;
    expect([en(0, 0), en(1, 3), en(11, 12), en(12, 12)]).to.deep.equal([
      'Saving your take…',
      'Saving your take…',
      'Saving your take…',
      'Your take is saved.',
    ]);
    expect([fr(1, 3), fr(12, 12)]).to.deep.equal(['Sauvegarde de votre prise…', 'Votre prise est sauvegardée.']);
  });
});
