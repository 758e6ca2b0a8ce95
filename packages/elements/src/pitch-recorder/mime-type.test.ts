import { expect } from '@open-wc/testing';
import { RECORDING_MIME_TYPES, pickMimeType } from './mime-type.js';

describe('pickMimeType', () => {
  const only =
    (...supported: string[]) =>
    (type: string) =>
      supported.includes(type);

  it('prefers WebM with VP9, then VP8, then MP4', () => {
    expect(pickMimeType(() => true)).to.equal('video/webm;codecs=vp9,opus');
    expect(pickMimeType(only('video/mp4', 'video/webm;codecs=vp8,opus'))).to.equal('video/webm;codecs=vp8,opus');
    expect(pickMimeType(only('video/mp4'))).to.equal('video/mp4');
  });

  it('leaves the choice to the browser when it supports none of them', () => {
    expect(pickMimeType(() => false)).to.equal(undefined);
  });

  it('asks in order and stops at the first supported type', () => {
    const asked: string[] = [];
    pickMimeType((type) => (asked.push(type), type === RECORDING_MIME_TYPES[1]));
    expect(asked).to.deep.equal(RECORDING_MIME_TYPES.slice(0, 2));
  });

  it('picks a type this browser records a camera and microphone in', async () => {
    const type = pickMimeType((candidate) => MediaRecorder.isTypeSupported(candidate));
    if (type === undefined) throw new Error('This browser records none of the types the recorder asks for.');
    // The browser's fake devices (scripts/lib/browsers.mjs), recorded for a moment in that type.
    const stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
    try {
      const recorder = new MediaRecorder(stream, { mimeType: type });
      const chunks: Blob[] = [];
      recorder.ondataavailable = (event) => chunks.push(event.data);
      const stopped = new Promise((resolve) => (recorder.onstop = resolve));
      recorder.start();
      await new Promise((resolve) => setTimeout(resolve, 300));
      recorder.stop();
      await stopped;
      const clip = new Blob(chunks, { type: recorder.mimeType });
      expect(clip.size).to.be.greaterThan(0);
      expect(clip.type.split(';')[0]).to.equal(type.split(';')[0]);
    } finally {
      for (const track of stream.getTracks()) track.stop();
    }
  });
});
