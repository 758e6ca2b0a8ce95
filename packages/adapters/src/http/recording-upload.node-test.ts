/// <reference types="node" />
// Resumable media upload: an interrupted chunk resumes from the offset the server committed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HttpRecordingSession, UploadProgress } from './recording-upload.js';
import { testWorld } from './testing/test-world.js';

function bytes(length: number, fill: number): Uint8Array {
  return new Uint8Array(length).fill(fill);
}

describe('recording upload', () => {
  it('resumes an interrupted upload from the server offset, with progress per chunk', async () => {
    const world = testWorld();
    const puts: { offset: string | null; size: number }[] = [];
    let cutNextPut = false;
    const client = await world.open({
      fetch: async (request) => {
        if (request.method !== 'PUT') return world.server.fetch(request);
        const body = new Uint8Array(await request.arrayBuffer());
        puts.push({ offset: new URL(request.url).searchParams.get('offset'), size: body.length });
        const forward = (part: Uint8Array) =>
          world.server.fetch(new Request(request.url, { method: 'PUT', headers: request.headers, body: part.slice() }));
        if (!cutNextPut) return forward(body);
        cutNextPut = false;
        // The connection drops half-way: the server keeps what it received.
        await forward(body.subarray(0, body.length / 2));
        throw new TypeError('connection reset');
      },
    });
    const session = (await world.time.settle(
      client.startRecording('elevator', { mimeType: 'video/webm' }),
    )) as HttpRecordingSession;
    const progress: UploadProgress[] = [];
    session.onProgress((update) => progress.push(update));

    await world.time.settle(session.append(bytes(100, 1)));
    world.server.faults = (request) => (request.method === 'PUT' ? 'drop-reply' : undefined);
    const second = session.append(bytes(100, 2));
    await world.time.drain();
    world.server.faults = undefined;
    await world.time.settle(second);
    cutNextPut = true;
    await world.time.settle(session.append(bytes(100, 3).buffer as ArrayBuffer));

    assert.deepEqual(
      progress.map((update) => [update.chunks, update.uploaded]),
      [
        [1, 100],
        [2, 200],
        [3, 300],
      ],
    );
    // The lost reply needed no resend (the server had it); the cut chunk resent only its second half.
    assert.deepEqual(puts, [
      { offset: '0', size: 100 },
      { offset: '100', size: 100 },
      { offset: '200', size: 100 },
      { offset: '250', size: 50 },
    ]);
    const recording = await world.time.settle(session.finish({ durationMs: 30_000 }));
    assert.equal(recording.size, 300);
    const media = new Uint8Array(
      await (await world.time.settle(client.recordingMedia(session.recordingId))).arrayBuffer(),
    );
    assert.deepEqual(media, new Uint8Array([...bytes(100, 1), ...bytes(100, 2), ...bytes(100, 3)]));
    const [entry] = await world.time.settle(client.recordings({ view: 'mine' }));
    assert.equal(entry?.id, session.recordingId);
    assert.equal(entry?.sellerName, 'Anna Martin');
    await client.close();
  });

  it('aborts a recording on the server', async () => {
    const world = testWorld();
    const client = await world.open();
    const session = await world.time.settle(client.startRecording('elevator', { mimeType: 'video/webm' }));
    await world.time.settle(session.append(bytes(10, 1)));
    await world.time.settle(session.abort());
    assert.equal(world.server.uploads.size, 0);
    await client.close();
  });
});
