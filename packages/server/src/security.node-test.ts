import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CONTRACT_ROUTES } from './http/contract-routes.js';
import { parseCommandLine } from './settings.js';
import { SECRET, testServer, type TestServer } from './testing/test-server.js';

/** Every route of the contract with its parameters filled in. */
const ROUTES = [
  ...CONTRACT_ROUTES.map((route) => [route.method, route.path.replace(/:(\w+)/g, 'x-1')] as const),
  ['POST', '/v1/recordings'],
  ['PUT', '/v1/recordings/x-1/media?offset=0'],
  ['HEAD', '/v1/recordings/x-1/media'],
  ['GET', '/v1/recordings/x-1/media'],
  ['POST', '/v1/recordings/x-1/finish'],
  ['DELETE', '/v1/recordings/x-1'],
] as const;

async function errorCode(response: Response): Promise<string | undefined> {
  if (response.headers.get('content-type')?.includes('json') !== true) return undefined;
  return ((await response.json()) as { error?: { code?: string } }).error?.code;
}

describe('who is asking', () => {
  let t: TestServer;
  before(async () => {
    t = await testServer(['--token-issuer', 'https://portal.test', '--token-audience', 'mindshare']);
  });
  after(() => t.close());

  it('answers 401 MIND_FORBIDDEN on every route without a token', async () => {
    for (const [method, path] of ROUTES) {
      const response = await t.call(method, path);
      assert.equal(response.status, 401, `${method} ${path}`);
      if (method !== 'HEAD') assert.equal(await errorCode(response), 'MIND_FORBIDDEN', `${method} ${path}`);
    }
  });

  it('answers 401 on every route with an expired token, a forged one, or one for another issuer or audience', async () => {
    const anHourAgo = Math.floor(Date.now() / 1000) - 3600;
    const tokens = {
      expired: await t.token('s-anna', { expiresIn: anHourAgo }),
      forged: await t.token('s-anna', { secret: 'another-secret-of-at-least-thirty-two-chars' }),
      issuer: await t.token('s-anna', { issuer: 'https://elsewhere.test' }),
      audience: await t.token('s-anna', { audience: 'someone-else' }),
      unknown: await t.token('s-nobody'),
    };
    for (const [name, token] of Object.entries(tokens)) {
      for (const [method, path] of ROUTES) {
        const response = await t.call(method, path, { token });
        assert.equal(response.status, 401, `${name}: ${method} ${path}`);
      }
    }
    const expired = await t.call('GET', '/v1/viewer', { token: tokens.expired });
    assert.match(((await expired.json()) as { error: { message: string } }).error.message, /expired/);
  });

  it("answers 403 to a seller asking for another seller's data", async () => {
    const exported = await t.call('GET', '/v1/sellers/s-bruno/export', { as: 's-anna' });
    assert.equal(exported.status, 403);
    assert.equal(await errorCode(exported), 'MIND_FORBIDDEN');
    const erased = await t.call('DELETE', '/v1/sellers/s-bruno', { as: 's-anna' });
    assert.equal(erased.status, 403);
    const own = await t.call('GET', '/v1/sellers/s-anna/export', { as: 's-anna' });
    assert.equal(own.status, 200);
  });

  it('answers a stranger 401 before reading the body they send', async () => {
    const response = await t.call('PUT', '/v1/recordings/x-1/media?offset=0', {
      body: new Uint8Array(20 * 1024 * 1024),
    });
    assert.equal(response.status, 401);
  });

  it('has no development token route unless started with --dev', async () => {
    const response = await t.call('POST', '/dev/token', { body: { id: 's-anna' } });
    assert.equal(response.status, 404);
  });
});

describe('the development token route', () => {
  it('mints a working token for a directory person with --dev, and refuses strangers', async () => {
    const t = await testServer(['--dev']);
    try {
      const minted = await t.call('POST', '/dev/token', { body: { id: 's-bruno' } });
      assert.equal(minted.status, 200);
      const { token } = (await minted.json()) as { token: string };
      const viewer = await t.call('GET', '/v1/viewer', { token });
      assert.equal(((await viewer.json()) as { viewer: { id: string } }).viewer.id, 's-bruno');
      const stranger = await t.call('POST', '/dev/token', { body: { id: 's-nobody' } });
      assert.equal(stranger.status, 403);
    } finally {
      await t.close();
    }
  });
});

/** Keys that would give an answer away, anywhere in a reply. */
const GIVEAWAYS = new Set([
  'correct',
  'answer',
  'explanation',
  'accepted',
  'acceptedAnswers',
  'tolerance',
  'correctOrder',
  'pairs',
]);

function giveaways(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => giveaways(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => [
    ...(GIVEAWAYS.has(key) ? [`${path}.${key}`] : []),
    ...giveaways(item, `${path}.${key}`),
  ]);
}

describe('answer keys', () => {
  it('never leave the server before the verdict, on any route a seller can call', async () => {
    const t = await testServer();
    try {
      const replies: [string, unknown][] = [];
      const read = async (method: string, path: string, body?: unknown) => {
        const response = await t.call(method, path, { as: 's-anna', ...(body === undefined ? {} : { body }) });
        const text = await response.text();
        replies.push([`${method} ${path} → ${response.status}`, text === '' ? null : JSON.parse(text)]);
        return text === '' ? null : JSON.parse(text);
      };
      for (const route of CONTRACT_ROUTES.filter(
        (candidate) => candidate.method === 'GET' && !candidate.path.includes(':'),
      )) {
        await read('GET', route.path);
      }
      const attempt = (await read('POST', '/v1/challenges/spring-launch/attempts', {})) as {
        id: string;
        questionIds: string[];
      };
      assert.equal(attempt.questionIds.length, 3);
      await read('GET', `/v1/attempts/${attempt.id}`);
      await read('GET', '/v1/leaderboards/spring-launch');
      for (const questionId of attempt.questionIds) {
        await read('POST', `/v1/attempts/${attempt.id}/shown`, { questionId });
        await read('GET', `/v1/attempts/${attempt.id}`);
      }
      const leaks = replies.flatMap(([route, body]) => giveaways(body).map((path) => `${route}: ${path}`));
      assert.deepEqual(leaks, []);
      assert.ok(replies.length > 15, `checked ${replies.length} replies`);
      // The verdict does carry the key: the scan above would have seen one.
      const verdict = await read('POST', `/v1/attempts/${attempt.id}/answers`, {
        questionId: 'q-trial',
        response: { kind: 'true-false', value: true },
      });
      assert.ok(giveaways(verdict).length > 0, JSON.stringify(verdict));
    } finally {
      await t.close();
    }
  });
});

describe('tokens and settings that would open the door', () => {
  it('refuses a token without an expiry', async () => {
    const t = await testServer();
    try {
      const { SignJWT } = await import('jose');
      const forever = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('s-anna')
        .sign(new TextEncoder().encode(SECRET));
      assert.equal((await t.call('GET', '/v1/viewer', { token: forever })).status, 401);
    } finally {
      await t.close();
    }
  });

  it('refuses a development flag that is neither true nor false, and --dev off loopback', () => {
    assert.throws(() => parseCommandLine([], { MINDSHARE_DEV: 'disabled' }), /MINDSHARE_DEV/);
    assert.equal(parseCommandLine([], { MINDSHARE_DEV: 'off' }).settings.dev, false);
  });
});

describe('erasing a seller', () => {
  it("also forgets the seller's idempotency records", async () => {
    const t = await testServer();
    try {
      await t.call('POST', '/v1/nuggets/n-welcome/seen', { as: 's-emma' });
      await t.call('POST', '/v1/nuggets/n-welcome/seen', { as: 's-farid' });
      const count = async (id: string) =>
        (
          await t.server.database.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM "${t.server.database.schema}"."serverRequests" WHERE value->>'viewerId' = $1`,
            [id],
          )
        )[0]!.n;
      assert.equal(await count('s-emma'), 1);
      assert.equal((await t.call('DELETE', '/v1/sellers/s-emma', { as: 's-emma' })).status, 204);
      assert.equal(await count('s-emma'), 0);
      assert.equal(await count('s-farid'), 1);
    } finally {
      await t.close();
    }
  });
});
