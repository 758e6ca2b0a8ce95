import type { TestServer } from './test-server.js';

/** A pitch Anna recorded and sent (three bytes of media, 30 s), through the server's routes. */
export async function finishedRecording(t: TestServer): Promise<string> {
  const started = await t.call('POST', '/v1/recordings', {
    as: 's-anna',
    body: { promptId: 'elevator', mimeType: 'video/webm' },
  });
  const { recordingId } = (await started.json()) as { recordingId: string };
  await t.call('PUT', `/v1/recordings/${recordingId}/media?offset=0`, {
    as: 's-anna',
    body: new Uint8Array([1, 2, 3]),
  });
  await t.call('POST', `/v1/recordings/${recordingId}/finish`, {
    as: 's-anna',
    body: { durationMs: 30_000, size: 3 },
  });
  return recordingId;
}
