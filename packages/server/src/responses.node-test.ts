import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SCENARIO_TIME } from '@mindshare/core/testing';
import { newKey, testServer, type TestServer } from './testing/test-server.js';

// Issue 16 over HTTP: the owner of an open question (the scenario's manager owns "n-objections")
// reads the answers and marks one handled; staff read poll results without voting.
describe('answers and poll results over HTTP', () => {
  let t: TestServer;
  before(async () => {
    t = await testServer();
    t.time.now = SCENARIO_TIME.secondPlatinumRelease + 60_000;
  });
  after(() => t.close());

  const json = async (response: Response) => {
    const body = await response.text();
    return { status: response.status, body: body === '' ? null : (JSON.parse(body) as unknown) };
  };
  type Entry = {
    id: string;
    text: string;
    sellerName: string;
    partnerName: string;
    handled: boolean;
    handledByName?: string;
  };

  it('lets the owner read the answers, newest first, and mark one handled', async () => {
    const answer = async (as: string, text: string) => {
      const response = await t.call('POST', '/v1/nuggets/n-objections/responses', {
        as,
        key: newKey(),
        body: { text },
      });
      assert.equal(response.status, 204);
      t.time.now += 60_000;
    };
    await answer('s-anna', 'Trop cher pour une PME.');
    await answer('s-chloe', 'No SSO on Basic.');

    const listed = await json(await t.call('GET', '/v1/responses?nuggetId=n-objections', { as: 'mgr-marc' }));
    assert.equal(listed.status, 200);
    const entries = listed.body as Entry[];
    assert.deepEqual(
      entries.map((entry) => [entry.id, entry.text, entry.sellerName, entry.partnerName, entry.handled]),
      [
        ['n-objections~s-chloe', 'No SSO on Basic.', 'Chloe Park', 'Beta Solutions', false],
        ['n-objections~s-anna', 'Trop cher pour une PME.', 'Anna Martin', 'Alpha Distribution', false],
      ],
    );

    const marked = await json(
      await t.call('PUT', '/v1/responses/n-objections~s-anna/handled', {
        as: 'mgr-marc',
        key: newKey(),
        body: { handled: true },
      }),
    );
    assert.equal(marked.status, 200);
    assert.deepEqual([(marked.body as Entry).handled, (marked.body as Entry).handledByName], [true, 'Marc Manager']);

    const handled = await json(await t.call('GET', '/v1/responses?handled=true', { as: 'mgr-marc' }));
    assert.deepEqual(
      (handled.body as Entry[]).map((entry) => entry.id),
      ['n-objections~s-anna'],
    );
    const open = await json(await t.call('GET', '/v1/responses?handled=false&limit=5', { as: 'mgr-marc' }));
    assert.deepEqual(
      (open.body as Entry[]).map((entry) => entry.id),
      ['n-objections~s-chloe'],
    );
  });

  it('refuses a seller who owns no question, an unknown answer and a malformed filter with the contract errors', async () => {
    const forbidden = await json(await t.call('GET', '/v1/responses', { as: 's-emma' }));
    assert.equal(forbidden.status, 403);
    assert.equal((forbidden.body as { error: { code: string } }).error.code, 'MIND_FORBIDDEN');

    const unknown = await json(
      await t.call('PUT', '/v1/responses/n-objections~s-nobody/handled', {
        as: 'mgr-marc',
        key: newKey(),
        body: { handled: true },
      }),
    );
    assert.equal(unknown.status, 404);
    assert.match((unknown.body as { error: { message: string } }).error.message, /n-objections~s-nobody/);

    const bad = await json(await t.call('GET', '/v1/responses?handled=maybe', { as: 'mgr-marc' }));
    assert.equal(bad.status, 400);
    const noFlag = await json(
      await t.call('PUT', '/v1/responses/n-objections~s-anna/handled', { as: 'mgr-marc', key: newKey(), body: {} }),
    );
    assert.equal(noFlag.status, 400);
  });

  it('shows poll results to a coach without voting, and to a seller only in the feed once they voted', async () => {
    const vote = await t.call('POST', '/v1/nuggets/n-platinum-poll/votes', {
      as: 's-bruno',
      key: newKey(),
      body: { optionIds: ['pro'] },
    });
    assert.equal(vote.status, 200);
    const tally = await json(await t.call('GET', '/v1/nuggets/n-platinum-poll/poll-results', { as: 'coach-camille' }));
    assert.deepEqual(tally, {
      status: 200,
      body: {
        options: [
          { optionId: 'basic', count: 0 },
          { optionId: 'pro', count: 1 },
        ],
        voters: 1,
      },
    });
    const polls = await json(await t.call('GET', '/v1/polls', { as: 'mgr-marc' }));
    assert.deepEqual(
      (polls.body as { nuggetId: string; voters: number }[]).map((poll) => [poll.nuggetId, poll.voters]),
      [['n-platinum-poll', 1]],
    );
    assert.equal((await t.call('GET', '/v1/nuggets/n-platinum-poll/poll-results', { as: 's-anna' })).status, 403);
  });

  it('pages on the (at, id) cursor over answers given in the same millisecond, and lists the filter choices', async () => {
    for (const as of ['s-david', 's-bruno']) {
      const response = await t.call('POST', '/v1/nuggets/n-objections/responses', {
        as,
        key: newKey(),
        body: { text: `Objection of ${as}.` },
      });
      assert.equal(response.status, 204);
    }
    const page = async (query: string) =>
      (
        (await json(await t.call('GET', `/v1/responses?nuggetId=n-objections&limit=1${query}`, { as: 'mgr-marc' })))
          .body as (Entry & { at: number })[]
      )[0];
    const first = await page('');
    const second = await page(`&before=${first!.at}&beforeId=${encodeURIComponent(first!.id)}`);
    assert.deepEqual([first!.id, second!.id], ['n-objections~s-bruno', 'n-objections~s-david']);
    const questions = await json(await t.call('GET', '/v1/response-questions', { as: 'mgr-marc' }));
    assert.equal(questions.status, 200);
    assert.ok((questions.body as { nuggetId: string }[]).some((question) => question.nuggetId === 'n-objections'));
  });
});
