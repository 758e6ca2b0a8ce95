import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import { contentPack, scenarioPack } from '@mindshare/core/testing';
import { createMindshareServer } from './server.js';
import { helpText, parseCommandLine } from './settings.js';
import { openDatabase } from './storage/database.js';
import { testServer, type TestServer } from './testing/test-server.js';

const PSEUDONYM_SECRET = 'the pseudonym secret of this test, 32+ characters';

/** The scenario's spring challenge, ranked under pseudonyms. */
const pseudonymPack = () => {
  const spring = scenarioPack().challenges.find((challenge) => challenge.id === 'spring-launch')!;
  return contentPack()
    .withChallenge({ ...spring, leaderboard: { privacy: 'pseudonym', scopes: ['global'] } })
    .build();
};

/** Anna finishes the spring challenge; the name Bruno then sees for her on its board. */
async function annaAsBrunoSeesHer(t: TestServer): Promise<string> {
  await t.server.host().update({ content: pseudonymPack() });
  const started = await t.call('POST', '/v1/challenges/spring-launch/attempts', { as: 's-anna', body: {} });
  const { id } = (await started.json()) as { id: string };
  await t.call('POST', `/v1/attempts/${id}/finish`, { as: 's-anna', body: {} });
  const board = await t.call('GET', '/v1/leaderboards/spring-launch', { as: 's-bruno' });
  const { rows } = (await board.json()) as { rows: { displayName: string; isViewer: boolean }[] };
  return rows.find((row) => !row.isViewer)!.displayName;
}

describe('the pseudonym secret setting', () => {
  it('keys the codes the server shows, and is never logged', async () => {
    const logs: string[] = [];
    const logger = pino({ level: 'trace' }, { write: (line: string) => logs.push(line) });
    const t = await testServer(['--pseudonym-secret', PSEUDONYM_SECRET, '--log-level', 'trace'], { logger });
    try {
      const mac = createHmac('sha256', PSEUDONYM_SECRET).update('spring-launch\u0000s-anna').digest('hex');
      assert.equal(await annaAsBrunoSeesHer(t), `Seller ${mac.slice(0, 6).toUpperCase()}`);
    } finally {
      await t.close();
    }
    assert.ok(logs.length > 0, 'the server logged');
    assert.ok(!logs.join('\n').includes(PSEUDONYM_SECRET), 'the secret is in the logs');
  });

  it('is read from MINDSHARE_PSEUDONYM_SECRET, listed by --help, and refused when short, naming the variable', async () => {
    const env = { MINDSHARE_PSEUDONYM_SECRET: PSEUDONYM_SECRET };
    assert.equal(parseCommandLine([], env).settings.pseudonymSecret, PSEUDONYM_SECRET);
    assert.equal(parseCommandLine([], {}).settings.pseudonymSecret, undefined);
    assert.match(helpText(), /--pseudonym-secret … +MINDSHARE_PSEUDONYM_SECRET/);
    const short = 'short-pseudonym-secret';
    await assert.rejects(
      createMindshareServer(parseCommandLine(['--in-memory', '--pseudonym-secret', short], {}).settings),
      (error: unknown) => {
        const { code, path, message } = error as { code: string; path: string[]; message: string };
        return code === 'MIND_INVALID_INPUT' && path[0] === 'MINDSHARE_PSEUDONYM_SECRET' && !message.includes(short);
      },
    );
  });

  it('without it, processes over one database share the random secret kept there', async () => {
    const database = await openDatabase({ inMemory: true, storeName: 'main' });
    try {
      const first = await testServer([], { database });
      const shown = await annaAsBrunoSeesHer(first);
      assert.match(shown, /^Seller [0-9A-F]{6}$/);
      assert.notEqual(
        shown,
        `Seller ${createHmac('sha256', PSEUDONYM_SECRET).update('spring-launch\u0000s-anna').digest('hex').slice(0, 6).toUpperCase()}`,
      );
      const second = await testServer([], { database });
      await second.server.host().update({ content: pseudonymPack() });
      const board = await second.call('GET', '/v1/leaderboards/spring-launch', { as: 's-bruno' });
      const { rows } = (await board.json()) as { rows: { displayName: string; isViewer: boolean }[] };
      assert.equal(rows.find((row) => !row.isViewer)?.displayName, shown);
      await Promise.all([first.close(), second.close()]);
    } finally {
      await database.close();
    }
  });
});
