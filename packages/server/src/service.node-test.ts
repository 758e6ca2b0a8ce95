import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { scenarioDirectory, scenarioPack } from '@mindshare/core/testing';
import { readPublished } from './content/published.js';
import { createMindshareServer } from './server.js';
import { parseCommandLine } from './settings.js';
import { LATEST_MIGRATION, migrationStatements } from './storage/migrations.js';
import { openDatabase } from './storage/database.js';
import { SECRET, testServer, type TestServer } from './testing/test-server.js';

describe('a service people can run', () => {
  let t: TestServer;
  before(async () => {
    t = await testServer(['--origins', 'https://portal.test', '--rate-limit', '20', '--body-limit', '2048']);
  });
  after(() => t.close());

  it('answers CORS for the configured portal origins only', async () => {
    const preflight = (origin: string) =>
      t.call('OPTIONS', '/v1/challenges', {
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,idempotency-key',
        },
      });
    const allowed = await preflight('https://portal.test');
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://portal.test');
    assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
    const other = await preflight('https://evil.test');
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  it('sends security headers and says how healthy it is', async () => {
    const health = await t.call('GET', '/healthz');
    assert.equal(health.status, 200);
    assert.equal(health.headers.get('x-content-type-options'), 'nosniff');
    assert.match(health.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.ok(health.headers.get('x-request-id'));
    const ready = await t.call('GET', '/readyz');
    assert.deepEqual(await ready.json(), { status: 'ready' });
  });

  it('refuses a body over the limit with 413 and the contract body', async () => {
    const response = await t.call('POST', '/v1/nuggets/n-welcome/responses', {
      as: 's-anna',
      body: { text: 'x'.repeat(5000) },
    });
    assert.equal(response.status, 413);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'MIND_INVALID_INPUT');
  });

  it('throttles one viewer with 429 and Retry-After, and not the others', async () => {
    let throttled: Response | undefined;
    for (let i = 0; i < 25 && !throttled; i++) {
      const response = await t.call('GET', '/v1/viewer', { as: 's-bruno' });
      if (response.status === 429) throttled = response;
    }
    assert.ok(throttled, 'a 429 within 25 requests at 20 per minute');
    assert.ok(Number(throttled.headers.get('retry-after')) >= 1);
    assert.equal((await t.call('GET', '/v1/viewer', { as: 's-chloe' })).status, 200);
  });
});

for (const where of ['database', 'folder'] as const) {
  describe(`pitch media in the ${where}`, () => {
    let t: TestServer;
    let folder: string;
    before(async () => {
      folder = await mkdtemp(join(tmpdir(), 'mindshare-media-'));
      const media = where === 'folder' ? ['--media-dir', folder] : [];
      t = await testServer(['--media-max-bytes', '1000', '--media-types', 'video/webm', ...media]);
    });
    after(() => t.close());

    const bytes = (length: number, from = 0) => Uint8Array.from({ length }, (_, i) => (from + i) % 256);

    it('takes chunks by offset, skips what it holds, refuses gaps, and plays back with ranges to a coach', async () => {
      const started = await t.call('POST', '/v1/recordings', {
        as: 's-anna',
        body: { promptId: 'elevator', mimeType: 'video/webm;codecs=vp9' },
      });
      const { recordingId } = (await started.json()) as { recordingId: string };
      const put = (offset: number, body: Uint8Array) =>
        t.call('PUT', `/v1/recordings/${recordingId}/media?offset=${offset}`, { as: 's-anna', body });
      assert.deepEqual(await (await put(0, bytes(300))).json(), { recordingId, offset: 300 });
      // A chunk sent again after a lost reply: the known part is skipped.
      assert.deepEqual(await (await put(200, bytes(200, 200))).json(), { recordingId, offset: 400 });
      const gap = await put(500, bytes(10));
      assert.equal(gap.status, 409);
      const head = await t.call('HEAD', `/v1/recordings/${recordingId}/media`, { as: 's-anna' });
      assert.equal(head.headers.get('upload-offset'), '400');
      const tooBig = await put(400, bytes(700, 400));
      assert.equal(tooBig.status, 400);
      const wrongSize = await t.call('POST', `/v1/recordings/${recordingId}/finish`, {
        as: 's-anna',
        body: { durationMs: 5000, size: 999 },
      });
      assert.equal(wrongSize.status, 409);
      const finished = await t.call('POST', `/v1/recordings/${recordingId}/finish`, {
        as: 's-anna',
        body: { durationMs: 5000, size: 400 },
      });
      assert.equal(finished.status, 200);

      const whole = await t.call('GET', `/v1/recordings/${recordingId}/media`, { as: 'coach-camille' });
      assert.equal(whole.status, 200);
      assert.equal(whole.headers.get('accept-ranges'), 'bytes');
      assert.match(whole.headers.get('content-type') ?? '', /^video\/webm/);
      assert.deepEqual(new Uint8Array(await whole.arrayBuffer()), bytes(400));
      const part = await t.call('GET', `/v1/recordings/${recordingId}/media`, {
        as: 'coach-camille',
        headers: { range: 'bytes=100-149' },
      });
      assert.equal(part.status, 206);
      assert.equal(part.headers.get('content-range'), 'bytes 100-149/400');
      assert.deepEqual(new Uint8Array(await part.arrayBuffer()), bytes(50, 100));
      const tail = await t.call('GET', `/v1/recordings/${recordingId}/media`, {
        as: 'coach-camille',
        headers: { range: 'bytes=-10' },
      });
      assert.deepEqual(new Uint8Array(await tail.arrayBuffer()), bytes(10, 390));
      const outside = await t.call('GET', `/v1/recordings/${recordingId}/media`, {
        as: 'coach-camille',
        headers: { range: 'bytes=400-' },
      });
      assert.equal(outside.status, 416);
      // Another seller may not watch it.
      assert.equal((await t.call('GET', `/v1/recordings/${recordingId}/media`, { as: 's-bruno' })).status, 404);
      const chunks = await t.server.database.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${t.server.database.schema}"."$chunks"`,
      );
      const files = await readdir(folder);
      assert.deepEqual(
        where === 'folder' ? [chunks[0]!.n, files.length] : [chunks[0]!.n > 0, files.length],
        where === 'folder' ? [0, 1] : [true, 0],
      );
      // Erasing the seller's data takes the media with it, wherever it is.
      assert.equal((await t.call('DELETE', '/v1/sellers/s-anna', { as: 's-anna' })).status, 204);
      assert.deepEqual(await readdir(folder), []);
    });

    it('stores a chunk sent twice at once (a retry racing the original) once', async () => {
      const started = await t.call('POST', '/v1/recordings', {
        as: 's-chloe',
        body: { promptId: 'elevator', mimeType: 'video/webm' },
      });
      const { recordingId } = (await started.json()) as { recordingId: string };
      const put = () =>
        t.call('PUT', `/v1/recordings/${recordingId}/media?offset=0`, { as: 's-chloe', body: bytes(300) });
      const statuses = (await Promise.all([put(), put()])).map((response) => response.status).sort();
      assert.ok(statuses.includes(200), `statuses ${statuses}`);
      const head = await t.call('HEAD', `/v1/recordings/${recordingId}/media`, { as: 's-chloe' });
      assert.equal(head.headers.get('upload-offset'), '300');
      await t.call('POST', `/v1/recordings/${recordingId}/finish`, {
        as: 's-chloe',
        body: { durationMs: 1000, size: 300 },
      });
      const media = await t.call('GET', `/v1/recordings/${recordingId}/media`, { as: 's-chloe' });
      assert.deepEqual(new Uint8Array(await media.arrayBuffer()), bytes(300));
    });

    it('refuses a media type that is not configured', async () => {
      const response = await t.call('POST', '/v1/recordings', {
        as: 's-bruno',
        body: { promptId: 'elevator', mimeType: 'image/png' },
      });
      assert.equal(response.status, 400);
      assert.deepEqual(((await response.json()) as { error: { path: string[] } }).error.path, ['body', 'mimeType']);
    });
  });
}

describe('publishing', () => {
  it('applies a valid directory without a restart, refuses an invalid pack naming every problem, and shares both with other servers', async () => {
    const database = await openDatabase({ inMemory: true, storeName: 'main' });
    const admin = ['--admin-token', 'admin-token-for-tests'];
    const first = await testServer(admin, { database });
    const second = await testServer(admin, { database });
    try {
      const headers = { authorization: 'Bearer admin-token-for-tests' };
      const denied = await first.call('PUT', '/admin/pack', {
        body: scenarioPack(),
        headers: { authorization: 'Bearer wrong' },
      });
      assert.equal(denied.status, 401);

      const broken = {
        ...scenarioPack(),
        challenges: [{ ...scenarioPack().challenges![0]!, questions: [{ id: 'q' }] }],
      };
      const refused = await first.call('PUT', '/admin/pack', { body: broken, headers });
      assert.equal(refused.status, 422);
      const problems = ((await refused.json()) as { error: { problems: { path: (string | number)[] }[] } }).error
        .problems;
      assert.ok(problems.length > 0);
      assert.ok(problems.every((problem) => problem.path.length > 0));
      assert.equal((await first.call('GET', '/v1/challenges', { as: 's-anna' })).status, 200, 'nothing changed');

      const directory = scenarioDirectory() as { sellers: object[] };
      const grown = {
        ...directory,
        sellers: [...directory.sellers, { id: 's-zoe', partnerId: 'p-alpha', displayName: 'Zoé', role: 'seller' }],
      };
      assert.equal((await first.call('GET', '/v1/viewer', { as: 's-zoe' })).status, 401);
      const published = await first.call('PUT', '/admin/directory', { body: grown, headers });
      assert.equal(published.status, 200);
      assert.equal((await first.call('GET', '/v1/viewer', { as: 's-zoe' })).status, 200);

      const badCsv = ['seller_id;display_name;role;partner_id;partner_name', 's-yann;Yann;boss;p-alpha;Alpha'].join(
        '\r\n',
      );
      const csvType = { ...headers, 'content-type': 'text/csv' };
      const refusedCsv = await first.call('PUT', '/admin/directory', { body: badCsv, headers: csvType });
      assert.equal(refusedCsv.status, 422);
      const csvProblems = ((await refusedCsv.json()) as { error: { problems: { path: string[] }[] } }).error.problems;
      assert.ok(csvProblems.some((problem) => problem.path.includes('row 2') && problem.path.includes('column role')));

      // The other server learns of it from the database.
      assert.equal((await second.call('GET', '/v1/viewer', { as: 's-zoe' })).status, 401);
      await second.server.refresh();
      assert.equal((await second.call('GET', '/v1/viewer', { as: 's-zoe' })).status, 200);

      // A PRM export replaces the directory: who is not in it can no longer sign in.
      const csv = ['seller_id;display_name;role;partner_id;partner_name', 's-yann;Yann;vendeur;p-alpha;Alpha'].join(
        '\r\n',
      );
      assert.equal((await first.call('PUT', '/admin/directory', { body: csv, headers: csvType })).status, 200);
      assert.equal((await first.call('GET', '/v1/viewer', { as: 's-yann' })).status, 200);
      assert.equal((await first.call('GET', '/v1/viewer', { as: 's-zoe' })).status, 401);
    } finally {
      await first.close();
      await second.close();
      await database.close();
    }
  });
});

describe('starting from files', () => {
  it('refuses a broken pack file naming its problems, and publishes nothing', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'mindshare-start-'));
    await writeFile(join(folder, 'pack.json'), JSON.stringify({ ...scenarioPack(), challenges: [{ id: 'c' }] }));
    await writeFile(join(folder, 'directory.json'), JSON.stringify(scenarioDirectory()));
    const database = await openDatabase({ inMemory: true, storeName: 'main' });
    try {
      // A token setting too: without one the start is refused before the pack is read.
      const flags = [
        '--token-secret',
        SECRET,
        '--pack',
        join(folder, 'pack.json'),
        '--directory',
        join(folder, 'directory.json'),
      ];
      await assert.rejects(
        createMindshareServer(parseCommandLine(flags, {}).settings, { database }),
        (error: unknown) => (error as { code?: string }).code === 'MIND_INVALID_CONTENT',
      );
      assert.deepEqual(await readPublished(database), {});
    } finally {
      await database.close();
    }
  });
});

describe('migrations', () => {
  it('never changes a shipped migration: a database made today ends as one migrated then', () => {
    // Migration 2 (the reporting views) is made again at every start, so its text may move.
    const shipped: Record<number, string> = {
      1: '6e15ae20e0da4d1b7df3704d575ee4fbadaf9bd03c48dcbbe35a35ddc71d85c9',
      3: '02d91ba566a84bdc88d3ef9aab6669ea1235443e9a46931e9f6749a2a04c662e',
      4: '95e0e37b4043954a61706143ef4c327f8d85efba4693214d586fd34127c6b38c',
      5: 'e62edc5a4d7866b613ea84934a0c46af92f495a301aea732539b5fd6ad9a416d',
    };
    const sums = Object.fromEntries(
      migrationStatements('"s"')
        .filter((migration) => migration.version in shipped)
        .map((migration) => [migration.version, createHash('sha256').update(migration.sql.join('\n')).digest('hex')]),
    );
    assert.deepEqual(sums, shipped, 'add a migration instead of editing one');
  });

  it('refuses a database migrated by a newer server, naming both versions', async () => {
    const database = await openDatabase({ inMemory: true, storeName: 'main' });
    try {
      const t = await testServer([], { database });
      await t.close();
      await database.query(
        `INSERT INTO "${database.schema}"."server$migrations" (version, name) VALUES ($1, 'from the future')`,
        [LATEST_MIGRATION + 1],
      );
      await assert.rejects(testServer([], { database }), (error: unknown) => {
        const { code, message } = error as { code: string; message: string };
        return code === 'MIND_SCHEMA_MISMATCH' && message.includes(String(LATEST_MIGRATION + 1));
      });
    } finally {
      await database.close();
    }
  });

  it('exposes scores and answers to SQL reporting', async () => {
    const t = await testServer();
    try {
      const started = await t.call('POST', '/v1/challenges/spring-launch/attempts', { as: 's-anna', body: {} });
      const { id } = (await started.json()) as { id: string };
      await t.call('POST', `/v1/attempts/${id}/answers`, {
        as: 's-anna',
        body: { questionId: 'q-trial', response: { kind: 'true-false', value: true } },
      });
      await t.call('POST', `/v1/attempts/${id}/finish`, { as: 's-anna', body: {} });
      const schema = t.server.database.schema;
      const answers = await t.server.database.query<{ seller_id: string; question_id: string; correct: boolean }>(
        `SELECT seller_id, question_id, correct FROM "${schema}".report_answers`,
      );
      assert.deepEqual(answers, [{ seller_id: 's-anna', question_id: 'q-trial', correct: true }]);
      const scores = await t.server.database.query<{ seller_id: string; score: number }>(
        `SELECT seller_id, score FROM "${schema}".report_scores`,
      );
      assert.equal(scores.length, 1);
      assert.ok(scores[0]!.score > 0);
    } finally {
      await t.close();
    }
  });
});

describe('static files', () => {
  it('refuses to start with the database inside the folder it would serve', async () => {
    await assert.rejects(
      createMindshareServer(parseCommandLine(['--static', '.', '--data-dir', './mindshare-data'], {}).settings),
      /MINDSHARE_DATA_DIR/,
    );
  });
});
