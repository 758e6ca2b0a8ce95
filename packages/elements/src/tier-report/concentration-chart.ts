import type { ConcentrationRow } from '@mindshare/core';
import {
  html,
  svg,
  type ReactiveController,
  type ReactiveElement,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';

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
  /** The chart's width in CSS pixels, which its coordinates take, so its text keeps its size. */
  readonly width: number;
}

/** The width the chart is drawn for until it is measured. */
export const CHART_WIDTH = 620;
/** Narrower than this, a tier's name and each bar's text get lines of their own. */
const NARROW = 520;
const LABEL = 110;
/** Room after the longest bar for its text, in the wide layout. */
const VALUE = 220;
const LEGEND = 36;
const GROUP = 60;
const THICK = 20;

/** The x of a shape `width` wide starting `from` the inline start: mirrored under right-to-left. */
type InlineX = (from: number, width?: number) => number;

/** A bar `share` of `length` long from `start`, and its text after it or, `above`, over it. */
function bar(
  x: InlineX,
  [start, length, above]: readonly [number, number, boolean],
  y: number,
  share: number,
  series: 'partners' | 'metric',
  label: string,
): SVGTemplateResult {
  const width = Math.max(0, Math.min(1, share)) * length;
  const thick = above ? THICK / 2 : THICK;
  return svg`<rect class=${series} x=${x(start, width)} y=${y} width=${width} height=${thick} rx="2"></rect>
    <text class="value" x=${x(above ? start : start + width + 6)} y=${above ? y - 9 : y + thick / 2} dominant-baseline="central">${label}</text>`;
}

/**
 * The concentration chart, drawn as SVG: per tier, a bar for its share of partners and one for its
 * share of the metric, so "8–15 % of partners, up to 40 % of revenue" reads at a glance. Each bar
 * says in words what it measures, so the series are told apart without their colours. The SVG
 * is one image for assistive technology (`role="img"`, named by its title and described tier by
 * tier); the element puts the same figures in a table beside it.
 */
export function renderConcentrationChart(input: ConcentrationChartInput): TemplateResult {
  const full = input.width;
  // Narrow (a phone): the legend on two lines, then per tier its name, and each bar under its text.
  const narrow = full < NARROW;
  const legend = narrow ? LEGEND + 20 : LEGEND;
  const group = narrow ? 84 : GROUP;
  const height = legend + input.rows.length * group;
  const x: InlineX = (from, width = 0) => (input.rtl ? full - from - width : from);
  const layout = narrow ? ([1, full - 2, true] as const) : ([LABEL, full - LABEL - VALUE, false] as const);
  const [second, secondY] = narrow ? [1, 33] : [LABEL + 170, 13];
  return html`<svg
    part="chart"
    role="img"
    aria-labelledby="chart-title chart-desc"
    viewBox="0 0 ${full} ${height}"
    preserveAspectRatio=${input.rtl ? 'xMaxYMin meet' : 'xMinYMin meet'}
  >
    <title id="chart-title">${input.title}</title>
    <desc id="chart-desc">${input.description}</desc>
    <g class="legend">
      <rect class="partners" x=${x(layout[0], 14)} y="6" width="14" height="14"></rect>
      <text x=${x(layout[0] + 20)} y="13" dominant-baseline="central">${input.partnerLabel}</text>
      <rect class="metric" x=${x(second, 14)} y=${secondY - 7} width="14" height="14"></rect>
      <text x=${x(second + 20)} y=${secondY} dominant-baseline="central">${input.metricLabel}</text>
    </g>
    ${input.rows.map((row, index) => {
      const top = legend + index * group;
      return svg`<g class="tier" data-tier=${row.tierId}>
        ${
          narrow
            ? svg`<text class="name" x=${x(1)} y=${top + 8} dominant-baseline="central">${row.name}</text>`
            : svg`<text class="name" x=${x(LABEL - 8)} y=${top + THICK + 2} text-anchor="end" dominant-baseline="central">${row.name}</text>`
        }
        ${bar(x, layout, narrow ? top + 36 : top, row.partnerShare, 'partners', input.partnersBar(row.partnerShare))}
        ${bar(x, layout, narrow ? top + 68 : top + THICK + 4, row.metricShare, 'metric', input.metricBar(row.metricShare))}
      </g>`;
    })}
  </svg>`;
}

/**
 * Measures the chart as laid out (its inline size follows its container, up to 40rem) and redraws
 * it when that changes, so its coordinates are CSS pixels and its 13 px text stays 13 px on a phone.
 */
export class ChartWidth implements ReactiveController {
  /** The chart's width in CSS pixels, {@link CHART_WIDTH} until measured. */
  value = CHART_WIDTH;
  readonly #host: ReactiveElement;
  /** Made once the chart is drawn in a page: constructing the element (on a server) makes none. */
  #observer: ResizeObserver | undefined;
  #chart: Element | null = null;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    const chart = this.#host.renderRoot.querySelector('[part~="chart"]');
    if (chart === this.#chart) return;
    this.#observer?.disconnect();
    this.#chart = chart;
    if (!chart || typeof ResizeObserver === 'undefined') return;
    this.#observer ??= new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width > 0 && width !== this.value) {
        this.value = width;
        // Drawn in the next frame: redrawn now, its new height would be a change this observation missed.
        requestAnimationFrame(() => this.#host.requestUpdate());
      }
    });
    this.#observer.observe(chart);
  }

  hostConnected(): void {
    if (this.#host.hasUpdated) this.hostUpdated();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#chart = null;
  }
}
