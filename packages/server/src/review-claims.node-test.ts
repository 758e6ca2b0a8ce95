// Review claims over HTTP (issue 16): two coaches on two server processes over one database;
// the second to claim a pitch is told, by name, who is reviewing it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REVIEW_CLAIM_MS } from '@mindshare/core';
import { openDatabase, type Database } from './storage/database.js';
import { testServer, type TestServer } from './testing/test-server.js';

interface ErrorReply {
  readonly error: { code: string; message: string; details?: Record<string, string> };
}

describe('review claims', () => {
  let database: Database;
  let one: TestServer;
  let two: TestServer;
  let recordingId: string;

  before(async () => {
    database = await openDatabase({ inMemory: true, storeName: 'main' });
    one = await testServer([], { database });
    two = await testServer([], { database });
    const started = await one.call('POST', '/v1/recordings', {
      as: 's-anna',
      body: { promptId: 'elevator', mimeType: 'video/webm' },
    });
    recordingId = ((await started.json()) as { recordingId: string }).recordingId;
    await one.call('PUT', `/v1/recordings/${recordingId}/media?offset=0`, {
      as: 's-anna',
      body: new Uint8Array([1, 2, 3]),
    });
    const finished = await one.call('POST', `/v1/recordings/${recordingId}/finish`, {
      as: 's-anna',
      body: { durationMs: 30_000, size: 3 },
    });
    assert.equal(finished.status, 200);
  });

  after(async () => {
    await one.close();
    await two.close();
    await database.close();
  });

  it('gives the pitch to the first coach and answers the second 409 MIND_CONFLICT naming the first', async () => {
    const first = await one.call('POST', `/v1/recordings/${recordingId}/claim`, { as: 'coach-camille', body: {} });
    assert.equal(first.status, 200);
    const claim = (await first.json()) as { coachName: string; expiresAt: number };
    assert.equal(claim.coachName, 'Camille Coach');
    assert.equal(claim.expiresAt, one.time.now + REVIEW_CLAIM_MS);

    const second = await two.call('POST', `/v1/recordings/${recordingId}/claim`, { as: 'mgr-marc', body: {} });
    assert.equal(second.status, 409);
    const { error } = (await second.json()) as ErrorReply;
    assert.equal(error.code, 'MIND_CONFLICT');
    assert.match(error.message, /Camille Coach/);
    assert.equal(error.details?.coachName, 'Camille Coach');

    const queue = await two.call('GET', '/v1/recordings?view=to-review', { as: 'mgr-marc' });
    const [entry] = (await queue.json()) as { id: string; claim?: { coachName: string }; partnerName: string }[];
    assert.equal(entry?.claim?.coachName, 'Camille Coach');
    assert.equal(entry?.partnerName, 'Alpha Distribution');
  });

  it('lets the second coach take over, and the first one’s release then leaves it held', async () => {
    const taken = await two.call('POST', `/v1/recordings/${recordingId}/claim`, {
      as: 'mgr-marc',
      body: { takeOver: true },
    });
    assert.equal(taken.status, 200);
    const released = await one.call('DELETE', `/v1/recordings/${recordingId}/claim`, { as: 'coach-camille' });
    assert.equal(released.status, 204);
    const refused = await one.call('POST', `/v1/recordings/${recordingId}/claim`, { as: 'coach-camille', body: {} });
    assert.equal(refused.status, 409);
    assert.equal(((await refused.json()) as ErrorReply).error.details?.coachName, 'Marc Manager');
  });

  it('refuses a takeOver that is not a boolean, naming it', async () => {
    const response = await one.call('POST', `/v1/recordings/${recordingId}/claim`, {
      as: 'coach-camille',
      body: { takeOver: 'yes' },
    });
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as ErrorReply).error.code, 'MIND_INVALID_INPUT');
  });
});
