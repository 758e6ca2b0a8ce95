import { expect } from '@open-wc/testing';
import type { Recording, RecordingSession } from '@mindshare/core';
import { ChunkUpload } from './chunk-upload.js';

/** A session whose appends resolve only when the test says so, recording what overlapped. */
function slowSession(failAt = -1) {
  const appended: string[] = [];
  const pending: (() => void)[] = [];
  let running = 0;
  let overlapped = false;
  const session: RecordingSession = {
    recordingId: 'r-1',
    append: async (chunk) => {
      running++;
      overlapped ||= running > 1;
      await new Promise<void>((resolve) => pending.push(resolve));
      running--;
      const text = await (chunk as Blob).text();
      if (appended.length === failAt) throw new Error(`append ${text} failed`);
      appended.push(text);
    },
    finish: () => Promise.resolve({} as Recording),
    abort: () => Promise.resolve(),
  };
  /** Lets each append finish in turn, giving the queue time to start the next one. */
  const release = async () => {
    for (let step = 0; step < 10; step++) {
      await new Promise((resolve) => setTimeout(resolve));
      pending.shift()?.();
    }
  };
  return { session, appended, release, overlapped: () => overlapped };
}

describe('ChunkUpload', () => {
  it('appends one chunk at a time, in order, and counts progress as stored / total', async () => {
    const { session, appended, release, overlapped } = slowSession();
    const upload = new ChunkUpload(session, () => undefined);
    for (const part of ['a', 'b', '', 'c']) upload.push(new Blob([part]));
    expect(upload.total, 'empty chunks are skipped').to.equal(3);
    expect(upload.stored).to.equal(0);
    const drained = upload.drained();
    await release();
    await drained;
    expect(appended).to.deep.equal(['a', 'b', 'c']);
    expect(upload.stored).to.equal(3);
    expect(overlapped(), 'two appends ran at once').to.equal(false);
    expect(await upload.blob('video/webm').text()).to.equal('abc');
  });

  it('stops sending after a failed append and rejects drained() with its error', async () => {
    const { session, appended, release } = slowSession(1);
    const upload = new ChunkUpload(session, () => undefined);
    for (const part of ['a', 'b', 'c']) upload.push(new Blob([part]));
    const drained = upload.drained().then(
      () => undefined,
      (error: unknown) => error,
    );
    await release();
    const failure = await drained;
    expect(String(failure)).to.contain('append b failed');
    expect(appended).to.deep.equal(['a']);
    expect(upload.stored).to.equal(1);
  });
});
