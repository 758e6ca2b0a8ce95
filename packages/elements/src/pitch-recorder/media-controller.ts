import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where the camera and microphone are: `off` until the seller asks, then `on`, or why not:
 * `denied` (NotAllowedError), `no-device` (NotFoundError), `busy` (NotReadableError, another app
 * holds the camera), `unsupported` (no getUserMedia or MediaRecorder), `failed` (anything else).
 */
export type MediaStatus = 'off' | 'acquiring' | 'on' | 'denied' | 'no-device' | 'busy' | 'unsupported' | 'failed';

/** Whether this browser can record: `getUserMedia` and `MediaRecorder` both exist. */
export function canRecord(): boolean {
  return typeof navigator.mediaDevices?.getUserMedia === 'function' && typeof window.MediaRecorder === 'function';
}

/** The view a `getUserMedia` failure calls for, from the error's DOMException name. */
export function mediaFailure(error: unknown): MediaStatus {
  switch ((error as { name?: unknown } | null)?.name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'no-device';
    case 'NotReadableError':
    case 'AbortError':
      return 'busy';
    default:
      return 'failed';
  }
}

/**
 * The camera and microphone: acquires the stream only when asked (never on load), lists the
 * devices for the picker, re-acquires with the chosen ones, and releases every track on request
 * and when the element leaves the page.
 */
export class MediaController implements ReactiveController {
  status: MediaStatus = 'off';
  stream: MediaStream | undefined;
  cameras: MediaDeviceInfo[] = [];
  microphones: MediaDeviceInfo[] = [];
  cameraId = '';
  microphoneId = '';
  #generation = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    navigator.mediaDevices?.addEventListener?.('devicechange', this.#listDevices);
  }

  hostDisconnected(): void {
    navigator.mediaDevices?.removeEventListener?.('devicechange', this.#listDevices);
    this.release();
  }

  /** Turns the camera and microphone on (with the chosen devices); resolves to whether it worked. */
  async acquire(): Promise<boolean> {
    this.release();
    if (!canRecord()) return this.#set('unsupported');
    const generation = ++this.#generation;
    this.#set('acquiring');
    const pick = (id: string) => (id ? { deviceId: { exact: id } } : true);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        video: pick(this.cameraId),
        audio: pick(this.microphoneId),
      });
      if (generation !== this.#generation) {
        stop(stream);
        return false;
      }
      this.stream = stream;
      this.cameraId = stream.getVideoTracks()[0]?.getSettings().deviceId ?? this.cameraId;
      this.microphoneId = stream.getAudioTracks()[0]?.getSettings().deviceId ?? this.microphoneId;
      this.#set('on');
      await this.#listDevices();
      return true;
    } catch (error) {
      return generation === this.#generation && this.#set(mediaFailure(error));
    }
  }

  /** Switches to another camera or microphone and re-acquires the stream. */
  choose(kind: 'videoinput' | 'audioinput', deviceId: string): Promise<boolean> {
    if (kind === 'videoinput') this.cameraId = deviceId;
    else this.microphoneId = deviceId;
    return this.acquire();
  }

  /** Stops every track: the camera light goes off. */
  release(): void {
    this.#generation++;
    if (this.stream) stop(this.stream);
    this.stream = undefined;
    if (this.status === 'on' || this.status === 'acquiring') this.#set('off');
  }

  readonly #listDevices = async (): Promise<void> => {
    if (!this.stream) return;
    const devices = await navigator.mediaDevices.enumerateDevices().catch(() => []);
    this.cameras = devices.filter((device) => device.kind === 'videoinput');
    this.microphones = devices.filter((device) => device.kind === 'audioinput');
    this.host.requestUpdate();
  };

  #set(status: MediaStatus): false {
    this.status = status;
    this.host.requestUpdate();
    return false;
  }
}

function stop(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
