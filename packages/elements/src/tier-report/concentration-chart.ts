import type { ConcentrationRow } from '@mindshare/core';
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/** What the chart needs: each tier's shares, and the words around them. */
export interface ConcentrationChartInput {
  readonly rows: readonly (ConcentrationRow & { readonly name: string })[];
  readonly title: string;
  /** One sentence per tier, read by screen readers as the chart's description. */
  readonly description: string;
  readonly partnerLabel: string;
  readonly metricLabel: string;
  /** The text beside a partners bar and a metric bar: the share and what it is a share of. */
  readonly partnersBar: (share: number) => string;
  readonly metricBar: (share: number) => string;
  /**
   * Whether the element lays out right to left: SVG coordinates do not follow the direction, so
   * the chart mirrors them (names on the right, bars growing leftwards); `text-anchor` follows it.
   */
  readonly rtl: boolean;
}

const WIDTH = 620;
const LABEL = 110;
const BAR = 290;
const LEGEND = 36;
const GROUP = 60;
const THICK = 20;

/** The x of a shape `width` wide starting `from` the inline start: mirrored under right-to-left. */
type InlineX = (from: number, width?: number) => number;

function bar(x: InlineX, y: number, share: number, series: 'partners' | 'metric', label: string): SVGTemplateResult {
  const width = Math.max(0, Math.min(1, share)) * BAR;
  return svg`<rect class=${series} x=${x(LABEL, width)} y=${y} width=${width} height=${THICK} rx="2"></rect>
    <text class="value" x=${x(LABEL + width + 6)} y=${y + THICK / 2} dominant-baseline="central">${label}</text>`;
}

/**
 * The concentration chart, drawn as SVG: per tier, a bar for its share of partners and one for its
 * share of the metric, so "8–15 % of partners, up to 40 % of revenue" reads at a glance. Each bar
 * says in words what it measures, so the series are told apart without their colours. The SVG
 * is one image for assistive technology (`role="img"`, named by its title and described tier by
 * tier); the element puts the same figures in a table beside it.
 */
export function renderConcentrationChart(input: ConcentrationChartInput): TemplateResult {
  const height = LEGEND + input.rows.length * GROUP;
  const x: InlineX = (from, width = 0) => (input.rtl ? WIDTH - from - width : from);
  return html`<svg
    part="chart"
    role="img"
    aria-labelledby="chart-title chart-desc"
    viewBox="0 0 ${WIDTH} ${height}"
    preserveAspectRatio=${input.rtl ? 'xMaxYMin meet' : 'xMinYMin meet'}
  >
    <title id="chart-title">${input.title}</title>
    <desc id="chart-desc">${input.description}</desc>
    <g class="legend">
      <rect class="partners" x=${x(LABEL, 14)} y="6" width="14" height="14"></rect>
      <text x=${x(LABEL + 20)} y="13" dominant-baseline="central">${input.partnerLabel}</text>
      <rect class="metric" x=${x(LABEL + 170, 14)} y="6" width="14" height="14"></rect>
      <text x=${x(LABEL + 190)} y="13" dominant-baseline="central">${input.metricLabel}</text>
    </g>
    ${input.rows.map((row, index) => {
      const top = LEGEND + index * GROUP;
      return svg`<g class="tier" data-tier=${row.tierId}>
        <text class="name" x=${x(LABEL - 8)} y=${top + THICK + 2} text-anchor="end" dominant-baseline="central">${row.name}</text>
        ${bar(x, top, row.partnerShare, 'partners', input.partnersBar(row.partnerShare))}
        ${bar(x, top + THICK + 4, row.metricShare, 'metric', input.metricBar(row.metricShare))}
      </g>`;
    })}
  </svg>`;
}
