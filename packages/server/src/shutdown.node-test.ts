import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { scenarioDirectory } from '@mindshare/core/testing';
import { signToken } from './auth/tokens.js';
import { livePack } from './testing/live-pack.js';
import { startServerProcess } from './testing/server-process.js';

const SECRET = 'shutdown-test-secret-at-least-32-chars';

it('finishes the requests in flight on SIGTERM, then exits 0', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'mindshare-shutdown-'));
  await writeFile(join(folder, 'pack.json'), JSON.stringify(livePack()));
  await writeFile(join(folder, 'directory.json'), JSON.stringify(scenarioDirectory()));
  const server = await startServerProcess(
    [
      '--in-memory',
      '--port',
      '0',
      '--token-secret',
      SECRET,
      '--pack',
      join(folder, 'pack.json'),
      '--directory',
      join(folder, 'directory.json'),
    ],
    { ...process.env, DATABASE_URL: '', REDIS_URL: '' },
  );
  const exit = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
  const token = await signToken(SECRET, 's-anna');
  const requests = Array.from({ length: 20 }, () =>
    fetch(`${server.url}/v1/challenges`, { headers: { authorization: `Bearer ${token}` } }).then(
      (response) => response.status,
    ),
  );
  // Stop as soon as the server has begun answering: the rest are in flight.
  await Promise.race(requests);
  server.child.kill('SIGTERM');
  assert.deepEqual(await Promise.all(requests), Array(20).fill(200));
  assert.equal(await exit, 0);
  await assert.rejects(fetch(`${server.url}/healthz`), 'no new connections after the shutdown');
});
