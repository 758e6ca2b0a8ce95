// @mindshare/core/testing — what tests of Mindshare, and of an integrator's portal or adapter,
// build their worlds from: a content pack and directory that exercise every feature, a builder for
// variants of that pack, a clock moved by hand, a seeded random source, and engines over one
// shared in-memory database. Not part of the CDN bundle and not for production code.

export { SCENARIO_TIME, scenarioPack, scenarioDirectory } from './scenario-pack.js';
export { contentPack, emptyPack } from './pack-builder.js';
export type {
  PackBuilder,
  ContentPackInput,
  TopicInput,
  ResourceInput,
  TierInput,
  ChallengeInput,
  QuestionInput,
  NuggetInput,
  ScheduleInput,
  PitchPromptInput,
} from './pack-builder.js';
export { testClock, seededRandom, scenarioWorld } from './scenario-engine.js';
export { playSpringLaunch, rankedSpringLaunch } from './scenario-answers.js';
export { renamedMetricScenario } from './renamed-metric.js';
export type { TestClock, ScenarioWorld } from './scenario-engine.js';
export { engagedPack } from './engaged-pack.js';
export { certifiedPack } from './certified-pack.js';
