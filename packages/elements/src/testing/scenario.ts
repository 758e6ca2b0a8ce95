// Test helpers for elements: the core's scenario (pack, directory, controlled clock) in the browser.
export { scenarioWorld, testClock, seededRandom } from '@mindshare/core/testing';
export type { ScenarioWorld, TestClock } from '@mindshare/core/testing';
export { SCENARIO_TIME, scenarioPack, scenarioDirectory } from '@mindshare/core/testing';
