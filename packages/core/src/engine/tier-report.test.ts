import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMindError } from '../errors/mind-error.js';
import { renamedMetricScenario } from '../testing/renamed-metric.js';
import { scenarioPack } from '../testing/scenario-pack.js';
import { scenarioWorld } from '../testing/scenario-engine.js';
import { policyMetrics } from '../tiers/policy-metrics.js';

// Issue 16, "The tier report says what the pack says": the metric the policy ranks on, named as
// the pack names it, and an error for a metric no partner has.

/** The scenario, its revenue metric renamed `caIndirect` in the policy and the directory, named in French and English. */
const frenchMetricWorld = () =>
  scenarioWorld(renamedMetricScenario('caIndirect', { en: 'Indirect revenue', fr: 'CA indirect' }));

test('the report shows the metric the tier policy ranks on by default, with the pack’s names for it', async () => {
  const manager = await frenchMetricWorld().as('mgr-marc');
  const report = await manager.tierReport();
  assert.equal(report.metric, 'caIndirect');
  assert.ok(report.concentration.metricTotal > 0, 'the default metric read as 0');
  assert.deepEqual(report.metricNames, { caIndirect: { en: 'Indirect revenue', fr: 'CA indirect' } });
  assert.ok(
    Object.values(report.reasons).some((reason) => reason.includes('Indirect revenue')),
    `reasons name the metric by its id: ${Object.values(report.reasons).join(' | ')}`,
  );
});

test('a metric no partner has is refused with its name, never reported as 0 %', async () => {
  const manager = await frenchMetricWorld().as('mgr-marc');
  await assert.rejects(
    manager.tierReport({ metric: 'indirectRevenue' }),
    (error: unknown) =>
      isMindError(error, 'MIND_INVALID_INPUT') &&
      error.message.includes('"indirectRevenue"') &&
      error.message.includes('caIndirect'),
  );
});

test('by default, a metric the directory has: a policy metric with no figures yet costs no assignment', async () => {
  const { pack } = renamedMetricScenario('caIndirect', { en: 'Indirect revenue' });
  // The policy ranks on caIndirect, which no partner reports yet: the report still comes.
  const manager = await scenarioWorld({ pack }).as('mgr-marc');
  const report = await manager.tierReport();
  assert.notEqual(report.metric, 'caIndirect');
  assert.ok(report.assignments.length > 0);
  assert.ok(report.concentration.metricTotal > 0);
});

test('policyMetrics lists the metrics the rules read, most used first', () => {
  const policy = scenarioPack().tierPolicy!;
  assert.deepEqual(policyMetrics(policy as never), ['indirectRevenue']);
  const mixed = {
    ...policy,
    tiers: [
      {
        id: 'a',
        name: { en: 'A' },
        rule: {
          all: [{ metric: 'certified', op: '>=', value: 2 }, { any: [{ metric: 'revenue', op: '>=', value: 1 }] }],
        },
      },
      { id: 'b', name: { en: 'B' }, rule: { quantile: { metric: 'revenue', top: 0.5 } } },
      { id: 'c', name: { en: 'C' } },
    ],
    defaultTier: 'c',
  };
  assert.deepEqual(policyMetrics(mixed as never), ['revenue', 'certified']);
});
