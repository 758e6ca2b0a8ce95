// Loaded before every browser test file, of the adapters too (web-test-runner.config.mjs, `testRunnerHtml`).
import { chai } from '@open-wc/testing';

/**
 * web-test-runner posts a failed assertion's `actual` and `expected` values out of the page as
 * they are. A DOM node there (`expect(find(el, '…')).to.equal(null)` failing on a found element)
 * never arrives: the run waits out its five-minute timeout and names no test. A node becomes a
 * short description of itself before the error leaves the assertion; every other value is kept.
 */
function describe(value: unknown): unknown {
  if (typeof Node === 'undefined' || !(value instanceof Node)) return value;
  if (value instanceof Element) {
    const html = value.outerHTML;
    return html.length > 200 ? `${html.slice(0, 200)}…` : html;
  }
  return `${value.nodeName} node`;
}

const assert = chai.Assertion.prototype.assert;
chai.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (error) {
    if (error && typeof error === 'object' && 'actual' in error) {
      const failure = error as { actual?: unknown; expected?: unknown };
      failure.actual = describe(failure.actual);
      failure.expected = describe(failure.expected);
    }
    throw error;
  }
};
