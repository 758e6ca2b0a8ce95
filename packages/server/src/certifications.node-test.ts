import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CertificationsView, CertifiedSellersView, TierReport } from '@mindshare/core';
import { certifiedPack } from '@mindshare/core/testing';
import {
  startWebhookReceiver,
  TEST_WEBHOOK_SECRET,
  webhookFlag,
  type WebhookReceiver,
} from './testing/webhook-receiver.js';
import { newKey, testServer, type TestServer } from './testing/test-server.js';

// Issue 17 over HTTP: a seller passes a challenge on the server and is certified; the manager
// reads who is certified per partner and tier; the partner's tier counts the certified seller.
describe('certifications over HTTP', () => {
  let t: TestServer;
  let receiver: WebhookReceiver;
  before(async () => {
    receiver = await startWebhookReceiver(TEST_WEBHOOK_SECRET, () => t.time.now);
    const folder = await mkdtemp(join(tmpdir(), 'mindshare-certifications-'));
    const pack = join(folder, 'pack.json');
    await writeFile(pack, JSON.stringify(certifiedPack()));
    t = await testServer([
      '--pack',
      pack,
      '--webhooks',
      webhookFlag(receiver.url, ['certification.awarded', 'certification.expiring']),
      '--webhook-poll-ms',
      String(60 * 60 * 1000),
      '--webhook-tick-ms',
      String(60 * 60 * 1000),
    ]);
  });
  after(async () => {
    await t.close();
    await receiver.close();
  });

  const json = async <T>(response: Response) => ({ status: response.status, body: (await response.json()) as T });

  it('certifies a seller who passes, shows it to the manager and counts it in the tiers', async () => {
    const gap = await json<TierReport>(await t.call('GET', '/v1/tier-report', { as: 'mgr-marc' }));
    assert.match(gap.body.nextTierGaps['p-alpha'] ?? '', /needs 1 more certified seller/);

    const started = await json<{ id: string }>(
      await t.call('POST', '/v1/challenges/spring-launch/attempts', { as: 's-anna', key: newKey() }),
    );
    assert.equal(started.status, 200);
    const attemptId = started.body.id;
    for (const [questionId, response] of [
      ['q-support', { kind: 'single', choiceId: 'pro' }],
      ['q-sso', { kind: 'multiple', choiceIds: ['pro', 'enterprise'] }],
      ['q-trial', { kind: 'true-false', value: true }],
    ] as const) {
      await t.call('POST', `/v1/attempts/${attemptId}/shown`, { as: 's-anna', key: newKey(), body: { questionId } });
      const answered = await t.call('POST', `/v1/attempts/${attemptId}/answers`, {
        as: 's-anna',
        key: newKey(),
        body: { questionId, response },
      });
      assert.equal(answered.status, 200);
    }
    const finished = await t.call('POST', `/v1/attempts/${attemptId}/finish`, { as: 's-anna', key: newKey() });
    assert.equal(finished.status, 200);

    const mine = await json<CertificationsView>(await t.call('GET', '/v1/certifications', { as: 's-anna' }));
    assert.deepEqual(
      mine.body.certifications.map((c) => [c.certificationId, c.status]),
      [
        ['spring-expert', 'held'],
        ['spring-pro', 'held'],
      ],
    );
    const refused = await t.call('GET', '/v1/certifications?sellerId=s-chloe', { as: 's-anna' });
    assert.equal(refused.status, 403);
    assert.equal((await t.call('GET', '/v1/certified-sellers', { as: 's-anna' })).status, 403);

    const certified = await json<CertifiedSellersView>(
      await t.call('GET', '/v1/certified-sellers', { as: 'mgr-marc' }),
    );
    const alpha = certified.body.partners.find((p) => p.partnerId === 'p-alpha')!;
    assert.deepEqual([alpha.tierId, alpha.certified], ['platinum', 1]);
    const report = await json<TierReport>(await t.call('GET', '/v1/tier-report', { as: 'mgr-marc' }));
    assert.equal(report.body.nextTierGaps['p-alpha'], null);
  });

  it('tells the vendor’s systems of each award once, with a webhook', async () => {
    await t.server.webhooks.deliverDue();
    const awarded = receiver.received.filter((delivery) => delivery.json.type === 'certification.awarded');
    assert.deepEqual(
      awarded
        .map((delivery) => [delivery.verified, delivery.json.data.sellerId, delivery.json.data.certificationId])
        .sort(),
      [
        [true, 's-anna', 'spring-expert'],
        [true, 's-anna', 'spring-pro'],
      ],
    );
    // Read again or written again, a record already awarded sends nothing more.
    assert.equal(await t.server.webhooks.deliverDue(), 0);
  });

  it('reminds the vendor’s systems once when a certification enters its renewal reminder', async () => {
    await t.server.webhooks.tick(); // the scheduler's window starts now
    const { body } = await json<CertificationsView>(await t.call('GET', '/v1/certifications', { as: 's-anna' }));
    const expert = body.certifications.find((c) => c.certificationId === 'spring-expert')!;
    // spring-expert lasts 60 days and reminds 20 days before: 41 days on, it is expiring.
    t.time.now = expert.expiresAt! - 19 * 24 * 60 * 60 * 1000;
    await t.server.webhooks.tick();
    t.time.now += 60 * 60 * 1000;
    await t.server.webhooks.tick(); // an hour on, still expiring: still one reminder
    await t.server.webhooks.deliverDue();
    const expiring = receiver.received.filter((delivery) => delivery.json.type === 'certification.expiring');
    assert.deepEqual(
      expiring.map((delivery) => delivery.json.data),
      [{ sellerId: 's-anna', certificationId: 'spring-expert', expiresAt: new Date(expert.expiresAt!).toISOString() }],
    );
  });
});
