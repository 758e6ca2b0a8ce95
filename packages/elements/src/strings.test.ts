import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import './leaderboard/leaderboard.define.js';
import './mastery-map/mastery-map.define.js';
import './nugget-feed/nugget-feed.define.js';
import './pitch-gallery/pitch-gallery.define.js';
import './pitch-recorder/pitch-recorder.define.js';
import './pitch-review/pitch-review.define.js';
import './provider/provider.define.js';
import './quiz/quiz.define.js';
import './tier-report/tier-report.define.js';
import './responses/responses.define.js';
import './certifications/certifications.define.js';
import { defineElement } from './shared/base/define.js';
import type { ElementStrings, Terms } from './shared/i18n/element-strings.js';
import { MindLocalizeController } from './shared/i18n/localize.js';

const TAGS = [
  'mind-provider',
  'mind-quiz',
  'mind-leaderboard',
  'mind-nugget-feed',
  'mind-pitch-recorder',
  'mind-pitch-review',
  'mind-pitch-gallery',
  'mind-mastery-map',
  'mind-tier-report',
  'mind-responses',
  'mind-certifications',
] as const;

class TermsProbe extends LitElement {
  readonly localize = new MindLocalizeController<Terms>(this);
}
defineElement('mind-test-terms-probe', TermsProbe);

const keysOf = (tag: string) =>
  Object.keys((customElements.get(tag) as unknown as { strings: ElementStrings }).strings.en) as `mind${string}`[];

describe('every element’s UI strings', () => {
  it('are registered when the element’s first instance is constructed, not when its module is imported', async () => {
    const probe = await fixture<TermsProbe>(html`<mind-test-terms-probe lang="en"></mind-test-terms-probe>`);
    const known = (tag: string) => keysOf(tag).filter((key) => probe.localize.exists(key, { lang: 'en' }));
    for (const tag of TAGS) {
      expect(keysOf(tag).length, `<${tag}> declares no strings`).to.be.above(0);
      expect(known(tag), `<${tag}> registered terms at import`).to.deep.equal([]);
    }
    for (const [index, tag] of TAGS.entries()) {
      document.createElement(tag);
      expect(known(tag), `<${tag}> did not register its English`).to.deep.equal(keysOf(tag));
      for (const later of TAGS.slice(index + 1)) {
        expect(known(later), `<${tag}> registered the terms of <${later}>`).to.deep.equal([]);
      }
    }
  });
});
