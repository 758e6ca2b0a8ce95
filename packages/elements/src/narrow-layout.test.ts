import { expect, html, waitUntil } from '@open-wc/testing';
import type { MindshareApi } from '@mindshare/core';
import {
  contentPack,
  rankedSpringLaunch,
  scenarioDirectory,
  scenarioPack,
  scenarioWorld,
  SCENARIO_TIME,
} from '@mindshare/core/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement, TemplateResult } from 'lit';
import './leaderboard/leaderboard.define.js';
import './mastery-map/mastery-map.define.js';
import './my-pitches/my-pitches.define.js';
import './pitch-review/pitch-review.define.js';
import './responses/responses.define.js';
import './review-queue/review-queue.define.js';
import './tier-report/tier-report.define.js';
import type { InsightDirectory } from './shared/insight/insight-directory.js';
import { masteryWorld } from './testing/insight-world.js';
import { emulateMedia } from './testing/media.js';
import { recordPitch, reviewedPitch } from './testing/pitch-recordings.js';
import { findAll, render, root, settled, textOf } from './testing/harness.js';

// Each element with a table, a chart or small controls, in its busiest state, in French (the
// longest words), on a phone: a 390 px viewport, the element in a portal card about 300 px wide.
// What a person on that phone notices: the page never scrolls sideways, every control of every row
// is on screen, the chart's text is legible, and on a touch screen each control is a finger wide.
// Across elements, so it lives outside every element folder (like rtl.test.ts).

const directory = scenarioDirectory() as InsightDirectory;
const BUDGET = { total: 1_000_000, tierWeights: { platinum: 5, gold: 3, silver: 1 }, floor: 50_000 };

/** The scenario's challenge, with a partner board whose first prize takes two lines on a phone. */
async function partnerBoards() {
  const spring = scenarioPack().challenges![0]!;
  const label = { en: 'A day at Northwind headquarters', fr: 'Une journée au siège de Northwind' };
  const pack = contentPack()
    .withChallenge({
      ...spring,
      rewards: [{ upToRank: 3, label }],
      leaderboard: { entities: [{ entity: 'partner', aggregate: 'best-k', k: 2, rewards: [{ upToRank: 1, label }] }] },
    })
    .build();
  return (await rankedSpringLaunch(scenarioWorld({ pack }))).tabs;
}

/** Two answers to the manager's open question and a poll everyone chose one option of (100 %). */
async function responsesManager(): Promise<MindshareApi> {
  const world = scenarioWorld();
  world.clock.set(SCENARIO_TIME.secondPlatinumRelease);
  await (await world.as('s-anna')).respond('n-objections', 'Trop cher pour une équipe de 5 « petites » PME.');
  await (await world.as('s-chloe')).respond('n-objections', 'Ils utilisent déjà « Contoso », hélas.');
  await (await world.as('s-anna')).vote('n-platinum-poll', ['pro']);
  return world.as('mgr-marc');
}

type Page = readonly [name: string, show: () => Promise<TemplateResult>, ready: string];
const pages: readonly Page[] = [
  [
    'the partner board',
    async () => {
      const api = (await partnerBoards())['s-anna']!;
      return html`<mind-leaderboard challenge="spring-launch" entity="partner" .api=${api}></mind-leaderboard>`;
    },
    'tbody tr[part~="row"]',
  ],
  [
    'the sellers’ board with its prize and visibility switch',
    async () => {
      const api = (await partnerBoards())['s-bruno']!;
      return html`<mind-leaderboard challenge="spring-launch" .api=${api}></mind-leaderboard>`;
    },
    '[part~="visibility"] input',
  ],
  [
    'the tier report with its budget',
    async () => {
      const api = await scenarioWorld().as('mgr-marc');
      return html`<mind-tier-report
        currency="EUR"
        .api=${api}
        .budget=${BUDGET}
        .directory=${directory}
      ></mind-tier-report>`;
    },
    '[part~="budget-partners"]',
  ],
  [
    'the review queue',
    async () => {
      const world = scenarioWorld();
      await recordPitch(world);
      return html`<mind-review-queue .api=${await world.as('coach-camille')}></mind-review-queue>`;
    },
    '[part~="open"]',
  ],
  [
    'the answers and polls',
    async () => html`<mind-responses .api=${await responsesManager()}></mind-responses>`,
    '[part~="handle"]',
  ],
  [
    'the mastery map',
    async () =>
      html`<mind-mastery-map .api=${(await masteryWorld()).manager} .directory=${directory}></mind-mastery-map>`,
    '[part~="table"]',
  ],
  [
    'a coach’s rubric',
    async () => {
      const world = scenarioWorld();
      const id = await recordPitch(world);
      return html`<mind-pitch-review recording=${id} .api=${await world.as('coach-camille')}></mind-pitch-review>`;
    },
    '[part~="level"] input',
  ],
  [
    'a seller’s reviewed pitch and its consent',
    async () => {
      const world = scenarioWorld();
      await reviewedPitch(world, { publish: true });
      return html`<mind-my-pitches .api=${await world.as('s-anna')}></mind-my-pitches>`;
    },
    '[part~="consent"] input',
  ],
];

/** Renders `template` in French inside a portal-like card on the phone's page, once `ready` shows. */
async function onPhone(template: TemplateResult, ready: string): Promise<LitElement> {
  const el = await render<LitElement>(template, { lang: 'fr' });
  // The demo portal's page and card padding: the element gets about 300 of the 390 px.
  el.parentElement!.style.paddingInline = '37px';
  await settled(el);
  await waitUntil(() => root(el).querySelector(ready), `${ready} never showed`, { timeout: 5000 });
  await settled(el);
  return el;
}

/** Whether a person sees `node`: laid out, and not the visually hidden pattern (1 px, clipped). */
function seen(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return box.width > 1 && box.height > 1 && node.checkVisibility();
}

/** The controls a person can reach in `el`, open `<details>` included. */
function controls(el: Element): HTMLElement[] {
  return findAll<HTMLElement>(el, 'button, a[href], input, select, textarea, summary').filter(seen);
}

describe('elements on a 390 px phone', () => {
  before(async () => {
    await setViewport({ width: 390, height: 844 });
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const [name, show, ready] of pages) {
    it(`${name}: nothing scrolls sideways, and every control of every row is on screen`, async () => {
      const el = await onPhone(await show(), ready);
      for (const details of findAll<HTMLDetailsElement>(el, 'details')) details.open = true;
      await settled(el);
      const page = document.scrollingElement!;
      expect(page.scrollWidth, 'the page scrolls sideways').to.be.at.most(page.clientWidth);
      expect(el.scrollWidth, 'the element is wider than its box').to.be.at.most(el.clientWidth);
      for (const region of findAll(el, '[part~="base"], .scroll')) {
        expect(region.scrollWidth, `${region.className || 'base'} scrolls sideways`).to.be.at.most(region.clientWidth);
      }
      for (const control of controls(el)) {
        const box = control.getBoundingClientRect();
        const said = control.textContent?.trim() || control.getAttribute('aria-label') || control.localName;
        expect([box.left >= 0, box.right <= innerWidth], `“${said}” at ${box.left}–${box.right}`).to.deep.equal([
          true,
          true,
        ]);
      }
      // Every cell of a row is on screen too: the rows' text is not cut at the card's edge.
      const base = root(el).querySelector('[part~="base"]')!.getBoundingClientRect();
      for (const cell of findAll(el, 'tbody td, tbody th, caption').filter(seen)) {
        const box = cell.getBoundingClientRect();
        expect(box.right, `“${cell.textContent?.trim().slice(0, 40)}” runs past the card`).to.be.at.most(
          base.right + 0.5,
        );
      }
      // Stacked, a row keeps every cell for screen readers: none leaves its row, no column shifts.
      for (const cell of findAll(el, 'tbody td, tfoot td')) {
        expect(getComputedStyle(cell).display, 'a cell is taken out of its row').not.to.equal('none');
      }
      // Stacked, each value says which column it is in (data-table.ts: every body cell carries it).
      for (const cell of findAll(el, '.stack tbody td, .stack tfoot td')) {
        if (textOf(cell) !== '' && cell.querySelector('button, a, input, select') === null) {
          expect(cell.getAttribute('data-label'), `“${textOf(cell).slice(0, 40)}” has no column name`).to.be.a(
            'string',
          );
        }
      }
      await expect(el).to.be.accessible();
    });
  }

  it('the tier chart keeps its labels at least 11 px high, inside the chart, beside its table', async () => {
    const [, show, ready] = pages.find(([name]) => name.startsWith('the tier report'))!;
    const el = await onPhone(await show(), ready);
    const chart = root(el).querySelector<SVGSVGElement>('[part~="chart"]')!;
    // The chart is redrawn for its width once laid out: its text is read each time.
    const sizes = () =>
      [...chart.querySelectorAll('text')].map(
        (label) => parseFloat(getComputedStyle(label).fontSize) * chart.getScreenCTM()!.a,
      );
    await waitUntil(() => Math.min(...sizes()) >= 11, 'the chart’s text renders under 11 px').catch((error) => {
      throw new Error(
        `${error.message}: ${sizes()
          .map((size) => size.toFixed(1))
          .join(', ')}`,
      );
    });
    const frame = chart.getBoundingClientRect();
    for (const label of chart.querySelectorAll('text')) {
      const box = label.getBoundingClientRect();
      expect([box.left >= frame.left - 0.5, box.right <= frame.right + 0.5], `“${label.textContent}”`).to.deep.equal([
        true,
        true,
      ]);
    }
    expect(root(el).querySelectorAll('[part~="concentration"] tbody tr'), 'the figures table').to.have.length(3);
  });

  it('a prize that wraps stays inside its rounded border', async () => {
    const [, show, ready] = pages[0]!;
    const el = await onPhone(await show(), ready);
    const reward = root(el).querySelector<HTMLElement>('[part~="reward"]')!;
    const lineHeight = reward.getBoundingClientRect().height / reward.getClientRects().length;
    // A radius no larger than half its first line: text on a second line is not cut by a corner.
    expect(parseFloat(getComputedStyle(reward).borderStartStartRadius)).to.be.at.most(lineHeight / 2 + 0.5);
  });

  it('a rubric criterion’s legend is a line inside its box, not a gap in its border', async () => {
    const [, show, ready] = pages.find(([name]) => name.startsWith('a coach'))!;
    const el = await onPhone(await show(), ready);
    for (const fieldset of findAll(el, 'fieldset')) {
      const legend = fieldset.querySelector('legend')!.getBoundingClientRect();
      const box = fieldset.getBoundingClientRect();
      expect(legend.top, 'the legend crosses the top border').to.be.at.least(box.top + 1);
    }
  });

  describe('on a touch screen', () => {
    before(async function () {
      // Chromium emulates touch through its DevTools protocol, Firefox through a preference.
      await emulateMedia({ pointer: 'coarse' });
    });
    after(async () => {
      await emulateMedia({ pointer: 'fine' });
    });

    for (const [name, show, ready] of pages) {
      it(`${name}: every control, and the label of each checkbox and radio, is at least 44 px high`, async () => {
        const el = await onPhone(await show(), ready);
        const targets = controls(el).map((control) =>
          control.matches('[type="checkbox"], [type="radio"]')
            ? (control.closest('label') ?? root(el).querySelector(`label[for="${control.id}"]`) ?? control)
            : control,
        );
        for (const target of targets) {
          const box = target.getBoundingClientRect();
          expect(box.height, `“${target.textContent?.trim().slice(0, 40) || target.localName}”`).to.be.at.least(43.5);
        }
      });
    }
  });
});
