import { expect, html, waitUntil } from '@open-wc/testing';
import type { MindshareApi } from '@mindshare/core';
import {
  certifiedPack,
  engagedPack,
  rankedSpringLaunch,
  scenarioDirectory,
  scenarioWorld,
} from '@mindshare/core/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement, TemplateResult } from 'lit';
import './leaderboard/leaderboard.define.js';
import './mastery-map/mastery-map.define.js';
import './my-pitches/my-pitches.define.js';
import './nugget-feed/nugget-feed.define.js';
import './pitch-gallery/pitch-gallery.define.js';
import './pitch-recorder/pitch-recorder.define.js';
import './pitch-review/pitch-review.define.js';
import './quiz/quiz.define.js';
import './responses/responses.define.js';
import './review-queue/review-queue.define.js';
import './tier-report/tier-report.define.js';
import './badges/badges.define.js';
import './certifications/certifications.define.js';
import type { MindLeaderboard } from './leaderboard/leaderboard.element.js';
import type { MindMasteryMap } from './mastery-map/mastery-map.element.js';
import type { InsightDirectory } from './shared/insight/insight-directory.js';
import type { ElementStrings } from './shared/i18n/element-strings.js';
import { languageDirection } from './shared/i18n/localize.js';
import sharedEn from './shared/i18n/strings/en.js';
import { masteryWorld } from './testing/insight-world.js';
import { stubLeaderboardApi } from './testing/stub-leaderboard-api.js';
import { find, findAll, render, root, settled, text } from './testing/harness.js';

// Every element on an Arabic page, `<html dir="rtl" lang="ar">` as a host sets it: Arabic strings,
// laid out right to left in real layout, arrows following the reading direction, axe-clean.
// Across elements, so it lives outside every element folder (like composition.test.ts).

// The page loads hundreds of modules before the catalogues: keep every load's timing entry.
performance.setResourceTimingBufferSize(100_000);

const directory = scenarioDirectory() as InsightDirectory;

/** The base's box and the box of its first visible line of text (skipping visually hidden ones). */
function firstLine(el: Element): { base: DOMRect; line: DOMRect; text: string } {
  const base = find(el, '[part~="base"]')!;
  const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const line = range.getClientRects()[0];
    if (line && line.width > 1 && line.height > 1) {
      return { base: base.getBoundingClientRect(), line, text: node.textContent.trim() };
    }
  }
  throw new Error(`<${el.localName}> shows no text`);
}

/**
 * The English UI strings (whole terms, not the pack's authored text, which has no Arabic here)
 * still shown by `el`: its own catalogue's and the shared one's.
 */
function englishTerms(el: Element): string[] {
  const own = (customElements.get(el.localName) as unknown as { strings: ElementStrings }).strings.en;
  const shown = text(el);
  return Object.values({ ...sharedEn, ...own }).filter(
    (term): term is string => typeof term === 'string' && term.length > 4 && shown.includes(term),
  );
}

// Each element, a view in Arabic: the viewer it needs, the element, and words of its Arabic view.
const seller = async () => scenarioWorld().as('s-anna');
const coach = async () => scenarioWorld().as('coach-camille');
const manager = async () => (await masteryWorld()).manager;
const engaged = async () => scenarioWorld({ pack: engagedPack() }).as('s-anna');
const certified = async () => scenarioWorld({ pack: certifiedPack() }).as('s-anna');
const pages: [string, () => Promise<MindshareApi>, (api: MindshareApi) => TemplateResult, string][] = [
  ['mind-quiz', seller, (api) => html`<mind-quiz challenge="spring-launch" .api=${api}></mind-quiz>`, 'ابدأ التحدي'],
  [
    'mind-leaderboard',
    seller,
    (api) => html`<mind-leaderboard challenge="spring-launch" .api=${api}></mind-leaderboard>`,
    'الجميع',
  ],
  ['mind-nugget-feed', seller, (api) => html`<mind-nugget-feed .api=${api}></mind-nugget-feed>`, 'موجزك'],
  [
    'mind-pitch-recorder',
    seller,
    (api) => html`<mind-pitch-recorder prompt="elevator" .api=${api}></mind-pitch-recorder>`,
    'قبل أن تبدأ التسجيل',
  ],
  ['mind-my-pitches', seller, (api) => html`<mind-my-pitches .api=${api}></mind-my-pitches>`, 'لم تُرسل أي عرض بعد'],
  [
    'mind-pitch-gallery',
    seller,
    (api) => html`<mind-pitch-gallery prompt="elevator" .api=${api}></mind-pitch-gallery>`,
    'لا توجد ممارسات مثلى بعد',
  ],
  [
    'mind-pitch-review',
    coach,
    (api) => html`<mind-pitch-review recording="no-such-take" .api=${api}></mind-pitch-review>`,
    'العرض غير موجود',
  ],
  ['mind-review-queue', coach, (api) => html`<mind-review-queue .api=${api}></mind-review-queue>`, 'لا يوجد عرض'],
  [
    'mind-mastery-map',
    manager,
    (api) => html`<mind-mastery-map .api=${api} .directory=${directory}></mind-mastery-map>`,
    'الإتقان حسب الموضوع',
  ],
  [
    'mind-tier-report',
    manager,
    (api) => html`<mind-tier-report currency="EUR" .api=${api} .directory=${directory}></mind-tier-report>`,
    'حصة الشركاء',
  ],
  ['mind-responses', manager, (api) => html`<mind-responses .api=${api}></mind-responses>`, 'الإجابات عن الأسئلة'],
  ['mind-badges', engaged, (api) => html`<mind-badges .api=${api}></mind-badges>`, 'الشارات التالية'],
  ['mind-certifications', certified, (api) => html`<mind-certifications .api=${api}></mind-certifications>`, 'شهاداتك'],
];

describe('an element in Arabic on a page that is not', () => {
  // The base says the language and direction its view is written in, so screen readers and layout
  // follow the element's language, not the English page around it.
  for (const [tag, viewer, template, words] of pages) {
    it(`<${tag}>'s base is marked Arabic, right to left`, async () => {
      const el = await render<LitElement>(template(await viewer()), { lang: 'ar' });
      await settled(el);
      await waitUntil(() => text(el).includes(words), `<${tag}> never said “${words}”: ${text(el).slice(0, 200)}`);
      const base = find(el, '[part~="base"]')!;
      expect([base.getAttribute('lang'), base.getAttribute('dir'), getComputedStyle(base).direction]).to.deep.equal([
        'ar',
        'rtl',
        'rtl',
      ]);
    });
  }
});

describe('elements on a right-to-left Arabic page', () => {
  before(() => {
    document.documentElement.lang = 'ar';
    document.documentElement.dir = 'rtl';
  });
  after(() => {
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
  });

  for (const [tag, viewer, template, words] of pages) {
    it(`<${tag}> speaks Arabic, reads right to left and is accessible`, async () => {
      const el = await render<LitElement>(template(await viewer()));
      await settled(el);
      await waitUntil(() => text(el).includes(words), `<${tag}> never said “${words}”: ${text(el).slice(0, 200)}`);
      expect(englishTerms(el), `<${tag}> left English terms`).to.deep.equal([]);
      const base = find(el, '[part~="base"]')!;
      expect(getComputedStyle(base).direction).to.equal('rtl');
      // The first line (a title, Arabic or authored) begins at the inline start, the right: its box
      // ends in the base's right half.
      const { base: box, line, text: first } = firstLine(el);
      expect(line.right, `“${first}” is not at the right`).to.be.greaterThan(box.left + box.width / 2);
      await expect(el).to.be.accessible();
    });
  }

  it('<mind-leaderboard>: scopes run right to left, and ArrowLeft moves to the next one', async () => {
    const { tabs } = await rankedSpringLaunch();
    const el = await render<MindLeaderboard>(
      html`<mind-leaderboard challenge="spring-launch" .api=${tabs['s-anna']}></mind-leaderboard>`,
    );
    await settled(el);
    await waitUntil(() => findAll(el, '[role="radio"]').length > 1, 'no scopes');
    const [first, second] = findAll<HTMLButtonElement>(el, '[role="radio"]');
    expect(first!.getBoundingClientRect().left).to.be.greaterThan(second!.getBoundingClientRect().right - 1);
    expect(text(el, '[role="radiogroup"]')).to.contain('الجميع');
    // The rank column, first in the table, is on the right.
    const [rank, name] = findAll(el, 'thead th');
    expect(rank!.getBoundingClientRect().left).to.be.greaterThan(name!.getBoundingClientRect().left);

    const selected = el.scope;
    first!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => el.scope === second!.dataset.option, 'ArrowLeft did not move to the scope on its left');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => el.scope === selected, 'ArrowRight did not move back');
    await expect(el).to.be.accessible();
  });

  it('<mind-mastery-map>: its level switch swaps the arrows too', async () => {
    const el = await render<MindMasteryMap>(
      html`<mind-mastery-map .api=${await manager()} .directory=${directory}></mind-mastery-map>`,
    );
    await settled(el);
    const radios = findAll<HTMLButtonElement>(el, '[role="radio"]');
    const checked = radios.findIndex((radio) => radio.getAttribute('aria-checked') === 'true');
    const next = radios[(checked + 1) % radios.length]!;
    expect(next.getBoundingClientRect().right).to.be.lessThan(radios[checked]!.getBoundingClientRect().left + 1);
    radios[checked]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => el.by === next.dataset.option, 'ArrowLeft did not select the level on the left');
    expect(root(el).activeElement?.getAttribute('data-option')).to.equal(next.dataset.option);
  });

  it('<mind-tier-report>: the chart mirrors, each tier’s name on the right of its bars', async () => {
    const el = await render<LitElement>(
      html`<mind-tier-report currency="EUR" .api=${await manager()} .directory=${directory}></mind-tier-report>`,
    );
    await settled(el);
    const tiers = findAll(el, 'svg g.tier');
    expect(tiers.length).to.be.above(0);
    for (const tier of tiers) {
      const name = tier.querySelector('text.name')!.getBoundingClientRect();
      const bar = tier.querySelector('rect.partners')!.getBoundingClientRect();
      expect(name.left, `${tier.getAttribute('data-tier')}: the name overlaps its bar`).to.be.at.least(bar.right - 1);
    }
  });
});

describe('the direction of an element', () => {
  const board = async (wrapper: TemplateResult) => {
    const el = (await render<HTMLElement>(wrapper)).querySelector<MindLeaderboard>('mind-leaderboard')!;
    await settled(el);
    return el;
  };
  const direction = (el: Element) => getComputedStyle(find(el, '[part~="base"]')!).direction;
  const stub = () => stubLeaderboardApi({ total: 3, viewerPosition: 0 }).api;

  it('is the language’s own when no dir says otherwise: Arabic reads right to left', async () => {
    const el = await board(
      html`<section lang="ar"><mind-leaderboard challenge="c" .api=${stub()}></mind-leaderboard></section>`,
    );
    await waitUntil(() => text(el).includes('لوحة الصدارة'));
    expect(direction(el)).to.equal('rtl');
  });

  it('follows an explicit dir at or inside the language’s element', async () => {
    const el = await board(
      html`<section lang="ar" dir="ltr"><mind-leaderboard challenge="c" .api=${stub()}></mind-leaderboard></section>`,
    );
    await waitUntil(() => text(el).includes('لوحة الصدارة'));
    expect(direction(el)).to.equal('ltr');
  });

  it('is left to right for an English widget inside a right-to-left Arabic page', async () => {
    document.documentElement.lang = 'ar';
    document.documentElement.dir = 'rtl';
    try {
      const el = await board(
        html`<section lang="en"><mind-leaderboard challenge="c" .api=${stub()}></mind-leaderboard></section>`,
      );
      expect(text(el)).to.contain('Leaderboard');
      expect(direction(el)).to.equal('ltr');
    } finally {
      document.documentElement.lang = 'en';
      document.documentElement.removeAttribute('dir');
    }
  });
});

describe('languageDirection', () => {
  it('is right to left for the languages whose script is, whatever the region', () => {
    const tags = ['ar', 'ar-MA', 'he', 'fa', 'ur', 'en', 'pt-BR', 'fr-CA', 'zh-Hant', 'not a tag'];
    expect(tags.map(languageDirection)).to.deep.equal([
      'rtl',
      'rtl',
      'rtl',
      'rtl',
      'rtl',
      'ltr',
      'ltr',
      'ltr',
      'ltr',
      'ltr',
    ]);
  });
});

describe('the language chunks a page loads', () => {
  it('are those of the languages it shows: an Arabic page loads no Portuguese or French', () => {
    const modules = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    const catalogue = (lang: string) => modules.filter((path) => path.endsWith(`/strings/${lang}.ts`));
    expect(catalogue('ar').length, 'no Arabic catalogue loaded').to.be.above(5);
    expect(catalogue('pt')).to.deep.equal([]);
    expect(catalogue('fr')).to.deep.equal([]);
  });
});
