import type { ContentPackInput } from '../content/content-pack.schema.js';
import type { LocalizedText } from '../content/localized-text.schema.js';
import { contentPack } from './pack-builder.js';
import { scenarioDirectory, scenarioPack } from './scenario-pack.js';

/**
 * The scenario with its revenue metric renamed `metric` in the tier policy and the directory, and
 * named `name` in the pack's `metricNames`: a vendor whose figures are not called `indirectRevenue`.
 */
export function renamedMetricScenario(
  metric: string,
  name: LocalizedText,
): { readonly pack: ContentPackInput; readonly directory: unknown } {
  const policy = scenarioPack().tierPolicy!;
  const rename = <T>(value: T): T =>
    JSON.parse(JSON.stringify(value).replaceAll('"indirectRevenue"', JSON.stringify(metric)));
  const pack = contentPack()
    .with({ tierPolicy: { ...rename(policy), metricNames: { [metric]: name } } })
    .build();
  return { pack, directory: rename(scenarioDirectory()) };
}
