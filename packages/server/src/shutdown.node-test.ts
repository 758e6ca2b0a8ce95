import assert from 'node:assert/strict';
import { it } from 'node:test';
import { signToken } from './auth/tokens.js';
import { liveScenarioFlags } from './testing/live-pack.js';
import { startServerProcess } from './testing/server-process.js';

const SECRET = 'shutdown-test-secret-at-least-32-chars';

it('finishes the requests in flight on SIGTERM, then exits 0', async () => {
  const server = await startServerProcess(
    ['--in-memory', '--port', '0', '--token-secret', SECRET, ...(await liveScenarioFlags())],
    { ...process.env, DATABASE_URL: '', REDIS_URL: '' },
  );
  const exit = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
  const headers = { authorization: `Bearer ${await signToken(SECRET, 's-anna')}` };
  const started = await fetch(`${server.url}/v1/recordings`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': 'a'.repeat(32) },
    body: JSON.stringify({ promptId: 'elevator', mimeType: 'video/webm' }),
  });
  const { recordingId } = (await started.json()) as { recordingId: string };
  // An upload the server is receiving when SIGTERM comes: its body is still arriving.
  let finishBody!: () => void;
  const rest = new Promise<void>((resolve) => (finishBody = resolve));
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(new Uint8Array(1000).fill(1));
      await rest;
      controller.enqueue(new Uint8Array(1000).fill(2));
      controller.close();
    },
  });
  const upload = fetch(`${server.url}/v1/recordings/${recordingId}/media?offset=0`, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body,
    duplex: 'half',
  } as RequestInit);
  await new Promise((resolve) => setTimeout(resolve, 500));
  server.child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 300));
  finishBody();
  const response = await upload;
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), { recordingId, offset: 2000 });
  assert.equal(await exit, 0);
  await assert.rejects(fetch(`${server.url}/healthz`), 'no new connections after the shutdown');
});
