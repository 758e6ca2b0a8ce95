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

  it('finds a type this Chromium records', () => {
    expect(pickMimeType((type) => MediaRecorder.isTypeSupported(type))).to.equal('video/webm;codecs=vp9,opus');
  });
});
