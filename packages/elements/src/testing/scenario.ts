// Test helpers for elements: the core's scenario (pack, directory, controlled clock) in the browser.
export { scenarioWorld, testClock, seededRandom } from '../../../core/src/testing/scenario-engine.js';
export type { ScenarioWorld, TestClock } from '../../../core/src/testing/scenario-engine.js';
export { SCENARIO_TIME, scenarioPack, scenarioDirectory } from '../../../core/src/testing/scenario-pack.js';
