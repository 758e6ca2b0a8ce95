// The statement builder and the xAPI settings, without a server: who the actor is (account, or
// e-mail only when opted in), durations, ids, and settings refused with the variable named.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMindError, parseContentPack, parseDirectory, type ContentPack, type Directory } from '@mindshare/core';
import { scenarioDirectory, scenarioPack } from '@mindshare/core/testing';
import { parseCommandLine } from './settings.js';
import { validate } from './testing/test-lrs.js';
import { experiencedStatement } from './xapi/learning-statements.js';
import { statementId } from './xapi/statement-id.js';
import { isoDuration } from './xapi/statement.schema.js';
import { readXapiConfig, type XapiConfig } from './xapi/xapi-config.js';

const FLAGS = [
  '--xapi-endpoint',
  'https://lrs.example.com/xapi/',
  '--xapi-key',
  'key',
  '--xapi-secret',
  'secret',
  '--xapi-activity-base',
  'https://learning.example.com/mindshare/',
  '--xapi-account-home-page',
  'https://portal.example.com',
];
const config = (flags: readonly string[], env: Record<string, string> = {}) =>
  readXapiConfig(parseCommandLine(flags, env).settings);

describe('xAPI settings', () => {
  it('reads the LRS, its Basic credentials and the IRIs, and is off without an endpoint', () => {
    assert.deepEqual(config(FLAGS), {
      endpoint: 'https://lrs.example.com/xapi',
      authorization: `Basic ${Buffer.from('key:secret').toString('base64')}`,
      activityBase: 'https://learning.example.com/mindshare',
      homePage: 'https://portal.example.com',
      mbox: false,
    });
    assert.equal(config([]), undefined);
    const bearer = config([...FLAGS.slice(0, 2), ...FLAGS.slice(6)], { MINDSHARE_XAPI_AUTHORIZATION: 'Bearer t0k3n' });
    assert.equal(bearer?.authorization, 'Bearer t0k3n');
  });

  it('refuses a partial or unsafe configuration, naming each variable', () => {
    const refused = (flags: readonly string[], env: Record<string, string> = {}) => {
      try {
        config(flags, env);
      } catch (error) {
        assert.ok(isMindError(error, 'MIND_INVALID_INPUT'));
        return (error.problems ?? []).map((problem) => problem.path.join('.'));
      }
      assert.fail('expected the settings to be refused');
    };
    assert.deepEqual(refused(['--xapi-endpoint', 'http://lrs.example.com/xapi']), [
      'MINDSHARE_XAPI_ENDPOINT',
      'MINDSHARE_XAPI_ACTIVITY_BASE',
      'MINDSHARE_XAPI_ACCOUNT_HOME_PAGE',
      'MINDSHARE_XAPI_KEY',
    ]);
    assert.deepEqual(refused(FLAGS, { MINDSHARE_XAPI_AUTHORIZATION: 'Basic eA==' }), ['MINDSHARE_XAPI_AUTHORIZATION']);
  });

  it('refuses credentials in the endpoint URL, which is logged and listed, pointing to the key and secret', () => {
    const flags = [...FLAGS];
    flags[1] = 'https://key:secret@lrs.example.com/xapi';
    try {
      config(flags);
      assert.fail('expected the settings to be refused');
    } catch (error) {
      assert.ok(isMindError(error, 'MIND_INVALID_INPUT'));
      assert.deepEqual(
        error.problems.map((problem) => problem.path.join('.')),
        ['MINDSHARE_XAPI_ENDPOINT'],
      );
      // The operator is told where the credentials go instead.
      assert.match(error.problems[0]!.message, /MINDSHARE_XAPI_KEY and MINDSHARE_XAPI_SECRET/);
      assert.doesNotMatch(error.message, /secret@/, 'nor is the URL repeated');
    }
  });
});

describe('xAPI statements', () => {
  const pack = (parseContentPack(scenarioPack()) as { pack: ContentPack }).pack;
  const withEmail = scenarioDirectory() as { sellers: Record<string, unknown>[] };
  withEmail.sellers[0] = { ...withEmail.sellers[0], email: 'anna@alpha.example' };
  const directory = (parseDirectory(withEmail) as { directory: Directory }).directory;
  const settings = config(FLAGS)!;
  const read = (sellerId: string, mbox: boolean) =>
    experiencedStatement(
      { config: { ...settings, mbox } satisfies XapiConfig, pack, directory },
      {
        sellerId,
        kind: 'nugget-read',
        subjectId: 'n-welcome',
        at: Date.parse('2027-03-26T09:00:00Z'),
        points: 1,
        week: 0,
      },
    );

  it('names the actor by account, or by e-mail only when opted in and the directory has one', () => {
    const account = { objectType: 'Agent', account: { homePage: 'https://portal.example.com', name: 's-anna' } };
    for (const [sellerId, mbox, actor] of [
      ['s-anna', false, account],
      ['s-anna', true, { objectType: 'Agent', mbox: 'mailto:anna@alpha.example' }],
      ['s-bruno', true, { ...account, account: { ...account.account, name: 's-bruno' } }],
    ] as const) {
      const statement = read(sellerId, mbox);
      assert.deepEqual(statement.actor, actor);
      assert.ok(validate(statement), JSON.stringify(validate.errors));
    }
    // The actor is not part of the id: a statement keeps its id when the operator opts in.
    assert.equal(read('s-anna', true).id, read('s-anna', false).id);
  });

  it('writes durations to the hundredth of a second and derives stable version-5 ids', () => {
    for (const [ms, text] of [
      [0, 'PT0S'],
      [20_000, 'PT20S'],
      [65_250, 'PT1M5.25S'],
      [3_600_000, 'PT1H0S'],
      [3_723_004, 'PT1H2M3S'],
    ] as const)
      assert.equal(isoDuration(ms), text);
    const id = statementId('about');
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(statementId('about'), id);
    assert.notEqual(statementId('about!'), id);
  });
});
