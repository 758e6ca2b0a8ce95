// Test helpers for <mind-pitch-recorder>: stand-ins for getUserMedia and MediaRecorder, to reach
// the views of a browser that refuses, lacks a device, has it busy, or cannot record at all.

const realGetUserMedia = navigator.mediaDevices?.getUserMedia;
const realMediaRecorder = window.MediaRecorder;

/** Counts calls to `getUserMedia` (still answered by the real one, with Chromium's fake devices). */
export function countGetUserMedia(): { readonly calls: number } {
  const counter = { calls: 0 };
  navigator.mediaDevices.getUserMedia = (constraints) => {
    counter.calls++;
    return realGetUserMedia.call(navigator.mediaDevices, constraints);
  };
  return counter;
}

/** Makes `getUserMedia` reject with a `DOMException` of `name` (NotAllowedError, NotFoundError…). */
export function failGetUserMedia(name: string): void {
  navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException(`Stubbed ${name}`, name));
}

/** A browser without MediaRecorder. */
export function removeMediaRecorder(): void {
  (window as { MediaRecorder?: unknown }).MediaRecorder = undefined;
}

/** A MediaRecorder that hands over only empty blobs, as one fed by a camera that sends no picture. */
export function silenceMediaRecorder(): void {
  window.MediaRecorder = class Silent extends realMediaRecorder {
    override addEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ): void {
      if (type !== 'dataavailable') return super.addEventListener(type, listener, options);
      const empty = () => (listener as (event: BlobEvent) => void)(new BlobEvent(type, { data: new Blob([]) }));
      super.addEventListener(type, empty, options);
    }
  };
}

/** Puts the real getUserMedia and MediaRecorder back (call in `afterEach`). */
export function restoreMedia(): void {
  navigator.mediaDevices.getUserMedia = realGetUserMedia;
  window.MediaRecorder = realMediaRecorder;
}
