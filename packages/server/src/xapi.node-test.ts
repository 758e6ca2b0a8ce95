// Learning records (issue 18): a seller's learning on the reference server, sent to a Learning
// Record Store as xAPI 1.0.3 statements. A test LRS checks the version header, the credentials
// and every statement against the xAPI statement JSON Schema, and keeps each id once.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { certifiedPack, contentPack, engagedPack, SCENARIO_TIME, scenarioDirectory } from '@mindshare/core/testing';
import { openDatabase, type Database } from './storage/database.js';
import { FORGOTTEN_MS } from './delivery/delivery-queue.js';
import { migrationStatements } from './storage/migrations.js';
import { finishedRecording } from './testing/finished-recording.js';
import { startTestLrs, type StoredStatement, type TestLrs } from './testing/test-lrs.js';
import { startWebhookReceiver, webhookFlag } from './testing/webhook-receiver.js';
import { testServer, type TestServer } from './testing/test-server.js';

const HOUR = 60 * 60 * 1000;
const BASE = 'https://learning.northwind.example/mindshare';
const ADMIN = 'admin-token-for-the-xapi-tests';
/** The test drives delivery and the scheduler itself; retries come after 1 s, 2 s, … */
const DRIVEN = [
  '--webhook-poll-ms',
  String(HOUR),
  '--webhook-tick-ms',
  String(HOUR),
  '--webhook-retry-base-ms',
  '1000',
];

/** The certification scenario with badges: passing spring-launch certifies, a first pitch earns a badge. */
async function packFile(folder: string): Promise<string> {
  const file = join(folder, 'pack.json');
  const pack = contentPack(certifiedPack()).with({ engagement: engagedPack().engagement! }).build();
  await writeFile(file, JSON.stringify(pack));
  return file;
}

const RIGHT = [
  ['q-support', { kind: 'single', choiceId: 'pro' }],
  ['q-sso', { kind: 'multiple', choiceIds: ['pro', 'enterprise'] }],
  ['q-trial', { kind: 'true-false', value: true }],
] as const;

/** A statement as the tests read it. */
interface SentStatement {
  readonly id: string;
  readonly actor: unknown;
  readonly verb: { readonly id: string; readonly display: { readonly en: string } };
  readonly object: {
    readonly objectType: string;
    readonly id: string;
    readonly definition?: { type: string; interactionType?: string; choices?: { id: string }[] };
  };
  readonly result?: { readonly score?: { raw: number; max: number; scaled: number } };
  readonly context: {
    readonly registration?: string;
    readonly platform: string;
    readonly language: string;
    readonly contextActivities?: { parent: { id: string }[] };
  };
  readonly timestamp: string;
}

/** `verb object` of a statement: `answered questions/q-sso`, `reviewed StatementRef`. */
const line = (statement: StoredStatement) => {
  const verb = (statement['verb'] as { display: { en: string } }).display.en;
  const object = statement['object'] as { objectType: string; id: string };
  return `${verb} ${object.objectType === 'StatementRef' ? 'StatementRef' : object.id.slice(BASE.length + 1)}`;
};

describe('learning records (xAPI)', () => {
  let lrs: TestLrs;
  let t: TestServer;
  let folder: string;
  const times: Record<string, number> = {};

  before(async () => {
    lrs = await startTestLrs();
    folder = await mkdtemp(join(tmpdir(), 'mindshare-xapi-'));
    t = await testServer(['--pack', await packFile(folder), '--admin-token', ADMIN, ...lrs.flags(), ...DRIVEN]);
    await t.server.xapi!.tick(); // the scheduler's cursor starts here

    // Anna passes spring-launch (and so earns both certifications), 20 s per question.
    const call = (method: string, path: string, body: unknown = {}, as = 's-anna') =>
      t.call(method, path, { as, body });
    times['started'] = t.time.now;
    const attempt = (await (await call('POST', '/v1/challenges/spring-launch/attempts')).json()) as { id: string };
    for (const [questionId, response] of RIGHT) {
      await call('POST', `/v1/attempts/${attempt.id}/shown`, { questionId });
      t.time.now += 20_000;
      assert.equal((await call('POST', `/v1/attempts/${attempt.id}/answers`, { questionId, response })).status, 200);
    }
    t.time.now += 5_000;
    times['finished'] = t.time.now;
    assert.equal((await call('POST', `/v1/attempts/${attempt.id}/finish`)).status, 200);

    // She reads a nugget, answers the open question, sends a pitch that a coach reviews.
    t.time.now += 60_000;
    times['read'] = t.time.now;
    await call('POST', '/v1/nuggets/n-welcome/seen');
    assert.equal(
      (await call('POST', '/v1/nuggets/n-objections/responses', { text: 'Price, always price' })).status,
      204,
    );
    t.time.now += 60_000;
    times['submitted'] = t.time.now;
    const recordingId = await finishedRecording(t);
    t.time.now += 60_000;
    times['reviewed'] = t.time.now;
    const review = await call(
      'POST',
      `/v1/recordings/${recordingId}/reviews`,
      {
        scores: [
          { criterionId: 'clarity', score: 5 },
          { criterionId: 'value', score: 1 },
        ],
        comments: [],
        feedback: 'Talk about outcomes.',
      },
      'coach-camille',
    );
    assert.equal(review.status, 200, await review.clone().text());

    // Two days later her company is Platinum (she is certified): its poll is out, and she votes.
    t.time.now = SCENARIO_TIME.secondPlatinumRelease + 60_000;
    times['voted'] = t.time.now;
    assert.equal((await call('POST', '/v1/nuggets/n-platinum-poll/votes', { optionIds: ['pro'] })).status, 200);
    await t.server.xapi!.tick(); // finds the badge of her first pitch
    await t.server.xapi!.deliverDue();
  });
  after(async () => {
    await t.close();
    await lrs.close();
    await rm(folder, { recursive: true, force: true });
  });

  const find = (wanted: string) => {
    const found = lrs.statements.filter((statement) => line(statement) === wanted);
    assert.equal(found.length, 1, `one "${wanted}" among ${lrs.statements.map(line).join(', ')}`);
    return found[0]! as unknown as SentStatement;
  };

  it('sends each action of the seller and the coach once, as the LRS and the xAPI JSON Schema accept it', () => {
    assert.deepEqual(lrs.invalid, []);
    assert.deepEqual(lrs.statements.map(line).sort(), [
      'answered questions/q-sso',
      'answered questions/q-support',
      'answered questions/q-trial',
      'attempted challenges/spring-launch',
      'completed challenges/spring-launch',
      'earned badges/first-pitch',
      'earned badges/podium',
      'earned certifications/spring-expert',
      'earned certifications/spring-pro',
      'experienced nuggets/n-objections',
      'experienced nuggets/n-platinum-poll',
      'experienced nuggets/n-welcome',
      'passed challenges/spring-launch',
      'responded nuggets/n-objections',
      'responded nuggets/n-platinum-poll',
      'reviewed StatementRef',
      'submitted pitch-prompts/elevator',
    ]);
    // One request per statement, each accepted at once: a later write of an attempt (a reveal,
    // the finish) said its last answer again under the same id, and nothing was queued twice.
    assert.equal(lrs.requests.length, lrs.statements.length);
    assert.ok(lrs.requests.every((request) => request.status === 200));
  });

  it('names people by their directory account and never by e-mail, in their language', () => {
    for (const statement of lrs.statements) {
      const name = line(statement) === 'reviewed StatementRef' ? 'coach-camille' : 's-anna';
      assert.deepEqual(statement['actor'], {
        objectType: 'Agent',
        account: { homePage: 'https://partners.northwind.example', name },
      });
      const context = statement['context'] as { platform: string; language: string };
      assert.equal(context.platform, 'Mindshare');
      assert.equal(context.language, name === 's-anna' ? 'fr' : 'en');
    }
  });

  it('scores a challenge and its answers, with durations, one registration and the challenge as parent', () => {
    const attempted = find('attempted challenges/spring-launch');
    const registration = attempted.context.registration;
    assert.equal(attempted.timestamp, new Date(times['started']!).toISOString());
    assert.deepEqual(attempted.object.definition, {
      type: 'http://adlnet.gov/expapi/activities/assessment',
      name: { en: 'Spring launch challenge', fr: 'Challenge de lancement de printemps' },
    });

    const sso = find('answered questions/q-sso');
    assert.equal((sso.verb as { id: string }).id, 'http://adlnet.gov/expapi/verbs/answered');
    assert.deepEqual(sso.result, {
      score: { scaled: 1, raw: 10, min: 0, max: 10 },
      success: true,
      response: 'pro[,]enterprise',
      duration: 'PT20S',
    });
    assert.equal(
      sso.object.definition && (sso.object.definition as { interactionType: string }).interactionType,
      'choice',
    );
    assert.equal(sso.context.registration, registration);
    assert.deepEqual(
      (sso.context.contextActivities as { parent: { id: string }[] }).parent.map((parent) => parent.id),
      [`${BASE}/challenges/spring-launch`],
    );

    const completed = find('completed challenges/spring-launch');
    assert.equal(completed.timestamp, new Date(times['finished']!).toISOString());
    assert.equal(completed.context.registration, registration);
    const result = completed.result as { score: { raw: number; max: number; scaled: number } };
    assert.equal(result.score.raw, result.score.max);
    assert.deepEqual(
      { ...result, score: result.score.scaled },
      {
        score: 1,
        completion: true,
        success: true,
        duration: 'PT1M5S',
      },
    );
    // spring-pro asks for 50 %, spring-expert 80 %: passing for one of them passes.
    assert.deepEqual(find('passed challenges/spring-launch').result, completed.result);
  });

  it('sends nugget reads, poll votes and open answers with what the seller chose or wrote', () => {
    assert.equal(find('experienced nuggets/n-welcome').timestamp, new Date(times['read']!).toISOString());
    assert.deepEqual(find('experienced nuggets/n-welcome').object.definition, {
      type: 'http://adlnet.gov/expapi/activities/lesson',
      name: { en: 'Welcome', fr: 'Bienvenue' },
    });
    assert.deepEqual(find('responded nuggets/n-objections').result, { response: 'Price, always price' });
    const vote = find('responded nuggets/n-platinum-poll');
    assert.equal(vote.timestamp, new Date(times['voted']!).toISOString());
    assert.deepEqual(vote.result, { response: 'pro' });
    assert.deepEqual(
      (vote.object.definition as { choices: { id: string }[] }).choices.map((choice) => choice.id),
      ['basic', 'pro'],
    );
  });

  it('ties the coach review to the submitted pitch, and sends certifications and badges earned', () => {
    const submitted = find('submitted pitch-prompts/elevator');
    assert.equal((submitted.verb as { id: string }).id, 'http://activitystrea.ms/schema/1.0/submit');
    assert.deepEqual(submitted.result, { duration: 'PT30S' });
    const reviewed = find('reviewed StatementRef');
    assert.deepEqual(reviewed.object, { objectType: 'StatementRef', id: submitted.id });
    assert.equal(reviewed.context.registration, submitted.context.registration);
    assert.equal(reviewed.timestamp, new Date(times['reviewed']!).toISOString());
    // Clarity (weight 2) at its best level, value (weight 1) at its lowest: two thirds of 100.
    assert.deepEqual((reviewed.result as { score: object }).score, {
      scaled: 200 / 3 / 100,
      raw: 200 / 3,
      min: 0,
      max: 100,
    });

    const expert = find('earned certifications/spring-expert');
    assert.equal((expert.verb as { id: string }).id, 'http://id.tincanapi.com/verb/earned');
    assert.equal(expert.timestamp, new Date(times['finished']!).toISOString());
    const badge = find('earned badges/first-pitch');
    assert.equal(badge.timestamp, new Date(times['submitted']!).toISOString());
    assert.equal((badge.object.definition as { type: string }).type, 'http://activitystrea.ms/schema/1.0/badge');
  });

  it('lists the statements behind the admin token, and replays one as a no-op for the LRS', async () => {
    const admin = (method: string, path: string) =>
      t.server.app.fetch(
        new Request(`http://mindshare.test${path}`, { method, headers: { authorization: `Bearer ${ADMIN}` } }),
      );
    const summary = (await (await admin('GET', '/admin/xapi')).json()) as { stores: unknown[] };
    assert.deepEqual(summary.stores, [
      { id: 'lrs', url: lrs.endpoint, pending: 0, delivered: lrs.statements.length, failed: 0 },
    ]);
    assert.equal((await t.call('GET', '/admin/xapi', { as: 's-anna' })).status, 401);
    const stored = lrs.statements.length;
    const id = find('answered questions/q-trial').id;
    assert.deepEqual(await (await admin('POST', `/admin/xapi/statements/${id}/replay`)).json(), { replayed: 1 });
    assert.equal(await t.server.xapi!.deliverDue(), 1);
    assert.equal(lrs.requests.at(-1)!.status, 200);
    assert.equal(lrs.statements.length, stored, 'the same id and content: recorded once');
  });
});

describe('learning records: delivery', () => {
  let lrs: TestLrs;
  let database: Database;
  let t: TestServer;
  before(async () => {
    lrs = await startTestLrs();
    database = await openDatabase({ inMemory: true, storeName: 'main' });
  });
  after(async () => {
    await t.close();
    await database.close();
    await lrs.close();
  });
  const start = async (now: number) => {
    t = await testServer([...lrs.flags(), '--admin-token', ADMIN, ...DRIVEN], { database });
    t.time.now = now;
  };
  const deliveries = async () =>
    (await (
      await t.server.app.fetch(
        new Request('http://mindshare.test/admin/xapi/deliveries', { headers: { authorization: `Bearer ${ADMIN}` } }),
      )
    ).json()) as { deliveries: { eventId: string; status: string; attempts: number; lastStatus: number }[] };

  it('retries a statement the LRS refused, across a restart, and records it once', async () => {
    await start(SCENARIO_TIME.start);
    await t.call('POST', '/v1/nuggets/n-welcome/seen', { as: 's-anna', body: {} });
    lrs.failNext(2);
    assert.equal(await t.server.xapi!.deliverDue(), 1);
    assert.equal(await t.server.xapi!.deliverDue(), 0, 'not due before its backoff');
    // The process stops; another starts over the same database with a statement still to send
    // (and a write whose statement was committed to the outbox but never queued).
    t.time.now += 5_000;
    await t.call('POST', '/v1/nuggets/n-objections/responses', { as: 's-anna', body: { text: 'Price' } });
    await t.close();
    await start(SCENARIO_TIME.start + 10_000);
    assert.equal(await t.server.xapi!.deliverDue(), 3, 'one retry refused, the new read and answer sent');
    t.time.now += 10_000;
    assert.equal(await t.server.xapi!.deliverDue(), 1);
    assert.equal(await t.server.xapi!.deliverDue(), 0);

    const welcome = lrs.requests.filter((request) => request.body === lrs.requests[0]!.body);
    assert.deepEqual(
      welcome.map((request) => request.status),
      [503, 503, 200],
      'the same statement (same id and bytes) on every attempt',
    );
    assert.deepEqual(lrs.statements.map(line).sort(), [
      'experienced nuggets/n-objections',
      'experienced nuggets/n-welcome',
      'responded nuggets/n-objections',
    ]);
    assert.ok((await deliveries()).deliveries.every((delivery) => delivery.status === 'delivered'));
  });

  it('counts a 409 for an id the LRS holds with other content as delivered, and says so', async () => {
    const held = lrs.statements[0]!;
    lrs.statements[0] = { ...held, timestamp: '2020-01-01T00:00:00.000Z' };
    const replay = await t.server.app.fetch(
      new Request(`http://mindshare.test/admin/xapi/statements/${held.id}/replay`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN}` },
      }),
    );
    assert.equal(replay.status, 200);
    assert.equal(await t.server.xapi!.deliverDue(), 1);
    assert.equal(lrs.requests.at(-1)!.status, 409);
    const delivery = (await deliveries()).deliveries.find((candidate) => candidate.eventId === held.id)!;
    assert.deepEqual([delivery.status, delivery.lastStatus], ['delivered', 409]);
    assert.equal(await t.server.xapi!.deliverDue(), 0, 'never retried');
  });
});

describe('learning records: a statement that cannot be built', () => {
  it("never refuses the seller's write nor stops webhooks: it is a failed delivery that names the field", async () => {
    const lrs = await startTestLrs();
    const receiver = await startWebhookReceiver();
    const folder = await mkdtemp(join(tmpdir(), 'mindshare-xapi-'));
    // A home page with a space passes the settings' URL check but is no IRI: every actor is invalid.
    const flags = lrs.flags();
    flags[flags.indexOf('--xapi-account-home-page') + 1] = 'https://partners.northwind.example/sales team';
    const t = await testServer([
      '--pack',
      await packFile(folder),
      '--admin-token',
      ADMIN,
      '--webhooks',
      webhookFlag(receiver.url),
      ...flags,
      ...DRIVEN,
    ]);
    try {
      await t.server.xapi!.tick(); // the scheduler's cursor starts here
      const call = (path: string, body: unknown = {}) => t.call('POST', path, { as: 's-anna', body });
      const attempt = (await (await call('/v1/challenges/spring-launch/attempts')).json()) as { id: string };
      for (const [questionId, response] of RIGHT) {
        await call(`/v1/attempts/${attempt.id}/shown`, { questionId });
        t.time.now += 20_000;
        const answered = await call(`/v1/attempts/${attempt.id}/answers`, { questionId, response });
        assert.equal(answered.status, 200, await answered.clone().text());
      }
      assert.equal((await call(`/v1/attempts/${attempt.id}/finish`)).status, 200);
      t.time.now += 60_000;
      await t.server.xapi!.tick(); // finds the podium badge, whose statement cannot be built either
      await t.server.xapi!.deliverDue();

      assert.ok(
        receiver.received.some((delivery) => delivery.json.type === 'badge.earned'),
        'the webhook of the badge went out',
      );
      assert.equal(lrs.requests.length, 0, 'nothing the LRS would refuse was sent');
      const { deliveries } = (await (
        await t.server.app.fetch(
          new Request('http://mindshare.test/admin/xapi/deliveries', { headers: { authorization: `Bearer ${ADMIN}` } }),
        )
      ).json()) as { deliveries: { type: string; status: string; lastError: string }[] };
      assert.deepEqual(
        [...new Set(deliveries.map((delivery) => delivery.type))].sort(),
        // The attempt's close is one record: `passed` was never reached once `completed` failed.
        ['answered', 'attempted', 'completed', 'earned'],
      );
      for (const delivery of deliveries) {
        assert.equal(delivery.status, 'failed');
        assert.match(delivery.lastError, /actor\.account\.homePage/);
      }
    } finally {
      await t.close();
      await lrs.close();
      await receiver.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('learning records: beside webhooks', () => {
  it('never puts a statement where a webhook pump (of this release or the one before) reads', async () => {
    const lrs = await startTestLrs();
    const receiver = await startWebhookReceiver();
    const t = await testServer(['--webhooks', webhookFlag(receiver.url), ...lrs.flags(), ...DRIVEN]);
    try {
      await t.call('POST', '/v1/nuggets/n-welcome/seen', { as: 's-anna', body: {} });
      await t.call('POST', '/v1/challenges/spring-launch/attempts', { as: 's-anna', body: {} });
      // Before any pump: what the writes left in each outbox. The previous release's pump sends
      // everything in serverEvents to every webhook endpoint whose filter matches ('*' here).
      const types = async (table: string) =>
        (
          await t.server.database.query<{ type: string }>(
            `SELECT value->>'type' AS type FROM "${t.server.database.schema}"."${table}" ORDER BY 1`,
          )
        ).map((row) => row.type);
      assert.deepEqual(await types('serverEvents'), []);
      assert.deepEqual(await types('serverStatements'), ['xapi.statement', 'xapi.statement']);
      await t.server.xapi!.deliverDue();
      assert.deepEqual(lrs.statements.map(line).sort(), [
        'attempted challenges/spring-launch',
        'experienced nuggets/n-welcome',
      ]);
      assert.deepEqual(receiver.received, [], 'no webhook event for these writes, and no statement as one');
    } finally {
      await t.close();
      await lrs.close();
      await receiver.close();
    }
  });
});

describe('learning records: off', () => {
  it('keeps and sends nothing when no LRS is configured', async () => {
    const t = await testServer(DRIVEN);
    try {
      assert.equal(t.server.xapi, undefined);
      await t.call('POST', '/v1/nuggets/n-welcome/seen', { as: 's-anna', body: {} });
      await t.call('POST', '/v1/challenges/spring-launch/attempts', { as: 's-anna', body: {} });
      const schema = `"${t.server.database.schema}"`;
      const count = async (table: string) =>
        Number((await t.server.database.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}."${table}"`))[0]!.n);
      assert.equal(await count('serverStatements'), 0, 'no statement in the outbox');
      assert.equal(await count('serverEvents'), 0);
      assert.equal(await count('server$xapi_events'), 0);
    } finally {
      await t.close();
    }
  });
});

/** The account names of the statements' actors, in order. */
const actorNames = (statements: readonly StoredStatement[]) =>
  statements.map((statement) => (statement['actor'] as { account: { name: string } }).account.name);

/** Camille's top review of the pitch `recordingId`. */
async function reviewPitch(t: TestServer, recordingId: string): Promise<void> {
  const review = await t.call('POST', `/v1/recordings/${recordingId}/reviews`, {
    as: 'coach-camille',
    body: {
      scores: [
        { criterionId: 'clarity', score: 5 },
        { criterionId: 'value', score: 5 },
      ],
      comments: [],
      feedback: 'Good.',
    },
  });
  assert.equal(review.status, 200, await review.clone().text());
}

describe('learning records and webhooks: erasure', () => {
  it('deletes every statement and event about an erased seller, sent or waiting, and keeps the others', async () => {
    const lrs = await startTestLrs();
    const receiver = await startWebhookReceiver();
    const t = await testServer(['--webhooks', webhookFlag(receiver.url), ...lrs.flags(), ...DRIVEN]);
    const schema = `"${t.server.database.schema}"`;
    /** What the queues hold about a seller: rows naming them, by column or anywhere in the body. */
    const about = async (sellerId: string) =>
      (
        await t.server.database.query<{ kind: string; n: string }>(
          `SELECT 'xapi' AS kind, count(*) AS n FROM ${schema}."server$xapi_events" WHERE person_id = $1 OR body LIKE $2
           UNION ALL SELECT 'webhook', count(*) FROM ${schema}."server$webhook_events" WHERE person_id = $1 OR body LIKE $2`,
          [sellerId, `%"${sellerId}"%`],
        )
      ).map((row) => `${row.kind} ${row.n}`);
    try {
      // Anna's read is sent (its body is kept); her pitch, the coach's review of it and Bruno's read wait.
      await t.call('POST', '/v1/nuggets/n-welcome/seen', { as: 's-anna', body: {} });
      await t.server.xapi!.deliverDue();
      const recordingId = await finishedRecording(t);
      await reviewPitch(t, recordingId);
      await t.call('POST', '/v1/nuggets/n-welcome/seen', { as: 's-bruno', body: {} });
      // Queued: her sent read; her pitch's statements and the review's webhook event wait in the outboxes.
      assert.deepEqual(await about('s-anna'), ['xapi 1', 'webhook 0'], 'Anna had a statement queued');
      const sentBefore = lrs.statements.length;
      const receivedBefore = receiver.received.length;

      assert.equal((await t.call('DELETE', '/v1/sellers/s-anna', { as: 's-anna' })).status, 204);
      assert.deepEqual(await about('s-anna'), ['xapi 0', 'webhook 0']);
      assert.deepEqual(await about('s-bruno'), ['xapi 1', 'webhook 0'], "Bruno's statement is kept");

      t.time.now += 60_000;
      await t.server.xapi!.deliverDue();
      const sentAfter = lrs.statements.slice(sentBefore);
      // Bruno's read only: not the coach's review of her pitch either (it holds her score).
      assert.deepEqual(sentAfter.map(line), ['experienced nuggets/n-welcome']);
      assert.deepEqual(actorNames(sentAfter), ['s-bruno']);
      // A pump that read her records before the erasure queues none of them after it.
      const late = {
        id: 'read-before-the-erasure',
        type: 'experienced',
        at: t.time.now,
        body: '[]',
        personId: 's-anna',
      };
      assert.equal(await t.server.xapi!.queue.enqueue([late]), 0);
      assert.equal(await t.server.xapi!.queue.enqueue([{ ...late, id: 'about-bruno', personId: 's-bruno' }]), 1);
      // A day later she may be in the directory again (the same id): her new records are sent.
      t.time.now += FORGOTTEN_MS + 1;
      await t.server.xapi!.queue.purge(0);
      assert.equal(await t.server.xapi!.queue.enqueue([{ ...late, id: 'a-day-later' }]), 1);
      assert.equal(receiver.received.length, receivedBefore, 'no webhook event about her either');
    } finally {
      await t.close();
      await lrs.close();
      await receiver.close();
    }
  });

  /**
   * Writes what `before` does on a server with `channelsOn`, erases Anna on one with every channel
   * off, then, on again past the day her id is remembered, delivers what is left: what is sent
   * then is for the test to read.
   */
  async function erasedWhileOff(
    channelsOn: readonly string[],
    before: (t: TestServer) => Promise<void>,
  ): Promise<void> {
    const database = await openDatabase({ inMemory: true, storeName: 'main' });
    try {
      const on = await testServer(channelsOn, { database });
      await before(on);
      // The process stops before any pump: what was written waits in the outboxes.
      await on.close();
      const off = await testServer(DRIVEN, { database });
      assert.equal((await off.call('DELETE', '/v1/sellers/s-anna', { as: 's-anna' })).status, 204);
      await off.close();
      const again = await testServer(channelsOn, { database });
      try {
        again.time.now += FORGOTTEN_MS + 1;
        await again.server.xapi!.queue.purge(0);
        await again.server.xapi!.deliverDue();
      } finally {
        await again.close();
      }
    } finally {
      await database.close();
    }
  }

  it('deletes what waits about an erased seller in the outbox of a channel that is off, which would send it once on again', async () => {
    const lrs = await startTestLrs();
    const receiver = await startWebhookReceiver();
    try {
      // Anna's pitch and its review, and Bruno's read, wait in both outboxes.
      await erasedWhileOff(['--webhooks', webhookFlag(receiver.url), ...lrs.flags(), ...DRIVEN], async (on) => {
        await reviewPitch(on, await finishedRecording(on));
        await on.call('POST', '/v1/nuggets/n-welcome/seen', { as: 's-bruno', body: {} });
      });
      assert.deepEqual(actorNames(lrs.statements), ['s-bruno']);
      assert.deepEqual(
        receiver.received.filter((delivery) => JSON.stringify(delivery).includes('s-anna')),
        [],
        'no webhook event about her',
      );
    } finally {
      await lrs.close();
      await receiver.close();
    }
  });

  it('deletes the waiting statements of an erased seller whose actor is an e-mail she shares, the channel off, with no directory to read it', async () => {
    const lrs = await startTestLrs();
    const folder = await mkdtemp(join(tmpdir(), 'mindshare-xapi-mbox-'));
    try {
      const withEmails = join(folder, 'directory.json');
      const directory = scenarioDirectory() as { sellers: { id: string }[] };
      // One mailbox for the whole team: an e-mail does not tell Anna's statements from Bruno's.
      const sellers = directory.sellers.map((seller) => ({ ...seller, email: 'team@partner.example' }));
      await writeFile(withEmails, JSON.stringify({ ...directory, sellers }));
      // Anna's pitch and Bruno's read wait, their actors e-mails; the server erasing her reads a
      // directory without e-mails.
      await erasedWhileOff([...lrs.flags(), '--xapi-mbox', '--directory', withEmails, ...DRIVEN], async (on) => {
        await finishedRecording(on);
        await on.call('POST', '/v1/nuggets/n-welcome/seen', { as: 's-bruno', body: {} });
      });
      // Bruno's read of the welcome nugget, and nothing of Anna's.
      assert.deepEqual(
        lrs.statements.map((statement) => (statement['actor'] as { mbox: string }).mbox),
        ['mailto:team@partner.example'],
      );
      assert.match(JSON.stringify(lrs.statements[0]!['object']), /n-welcome/);
    } finally {
      await lrs.close();
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('names the person of rows queued before the column existed (migration 5)', async () => {
    const t = await testServer(DRIVEN);
    const schema = `"${t.server.database.schema}"`;
    try {
      const insert = (table: string, id: string, body: unknown) =>
        t.server.database.query(
          `INSERT INTO ${schema}."${table}" (id, type, at, body, queued_at) VALUES ($1, 't', 0, $2, 0)`,
          [id, JSON.stringify(body)],
        );
      await insert('server$webhook_events', 'w1', { type: 'badge.earned', data: { sellerId: 's-anna' } });
      await insert('server$webhook_events', 'w2', { type: 'challenge.opening', data: { challengeId: 'c' } });
      await insert('server$xapi_events', 'x1', [{ actor: { objectType: 'Agent', account: { name: 's-anna' } } }]);
      await insert('server$xapi_events', 'x2', [{ actor: { objectType: 'Agent', mbox: 'mailto:a@example.com' } }]);
      const migration = migrationStatements(schema).find((candidate) => candidate.version === 5)!;
      for (const statement of migration.sql.filter((sql) => sql.startsWith('UPDATE')))
        await t.server.database.query(statement);
      const people = await t.server.database.query<{ id: string; person_id: string | null }>(
        `SELECT id, person_id FROM ${schema}."server$webhook_events" UNION ALL SELECT id, person_id FROM ${schema}."server$xapi_events" ORDER BY id`,
      );
      assert.deepEqual(
        people.map((row) => [row.id, row.person_id]),
        [
          ['w1', 's-anna'],
          ['w2', null],
          ['x1', 's-anna'],
          ['x2', null],
        ],
      );
    } finally {
      await t.close();
    }
  });
});
