import { pickLocalized } from '@mindshare/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { loadState, loadStateView } from '../shared/loading/load-state.js';
import { MindElement } from '../shared/base/mind-element.js';
import { box } from '../shared/styles/box.js';
import { dataTable } from '../shared/styles/data-table.js';
import { segmentedSwitch } from '../shared/switcher/segmented-switch.js';
import { switcherStyles } from '../shared/switcher/switcher.styles.js';
import { tokens } from '../shared/styles/tokens.js';
import { insightTask } from '../shared/insight/insight-task.js';
import { namesOf, type InsightDirectory } from '../shared/insight/insight-directory.js';
import { DirectoryTask } from '../shared/insight/directory-task.js';
import { elementStrings } from '../shared/i18n/element-strings.js';
import { masteryMapEn } from './strings/en.js';
import { masteryMapStyles } from './mastery-map.styles.js';
import { renderMatrix, renderStrengthen, type MasteryViewContext } from './mastery-map.views.js';
import {
  DRILL_TARGET,
  canDrill,
  loadMasteryData,
  matrixOf,
  membersOf,
  sortMatrix,
  type DrillStep,
  type MasteryBy,
  type MasteryData,
  type MasterySort,
} from './mastery-matrix.js';

const LEVELS: readonly MasteryBy[] = ['tier', 'partner', 'seller'];

/** The display name of an entity at a level. */
type EntityNames = (by: MasteryBy, id: string) => string;

/**
 * A heat map of mastery, topics × sellers, partners or tiers, for coaches and channel managers: a
 * real table (caption, column and row headers, each cell's percentage and level in words), sortable
 * by name or by a topic, with drill-down from a tier to its partners to their sellers, and the list
 * of who must strengthen which topic, worst first. Live as answers change mastery.
 *
 * Partner and seller names come from the `directory` property, else from the API's `directory()`;
 * without it, ids are shown and partners cannot be drilled into.
 *
 * @tagname mind-mastery-map
 * @summary Mastery heat map with drill-down and the "who must strengthen what" list.
 *
 * @csspart base - The map's box.
 * @csspart by - The switcher between sellers, partners and tiers (a radio group).
 * @csspart trail - The drill-down breadcrumb.
 * @csspart table - The heat-map table.
 * @csspart row - One entity's row.
 * @csspart drill - The drill-down button in a row header.
 * @csspart cell - One topic's cell (`data-level` tells its level).
 * @csspart strengthen - The "who must strengthen which topic" list.
 *
 * @cssproperty [--mind-mastery-map-weak=#fbd9d6] - Background of weak cells (`#5e2320` in the dark scheme).
 * @cssproperty [--mind-mastery-map-developing=#fcebb6] - Background of developing cells (`#4f3f07` in the dark scheme).
 * @cssproperty [--mind-mastery-map-strong=#cdebd5] - Background of strong cells (`#1f4a2b` in the dark scheme).
 * @cssproperty [--mind-mastery-map-unknown=#e6e9ee] - Background of cells with too few answers (`#2c333c` in the dark scheme).
 * @cssproperty [--mind-mastery-map-cell-gap=0.5rem] - Block padding of the cells.
 *
 * @event {MindDrillEvent} mind-drill - The viewer drilled into a tier or partner, or went back up the path.
 * @event {MindErrorEvent} mind-error - The view shows an error (once per error); `detail.code` is its `MIND_*` code.
 */
export class MindMasteryMap extends MindElement<typeof masteryMapEn> {
  /** @internal Shadow styles; theme the element through its `--mind-*` tokens and parts. */
  static override styles = [tokens, box, switcherStyles, dataTable, loadState, masteryMapStyles];

  /** @internal English terms travel with the element; each other language is a lazy chunk, loaded when shown in it. */
  static override strings = elementStrings(masteryMapEn, (language) => import(`./strings/${language}.ts`));

  /** The level shown at the top of the drill-down: `tier`, `partner` or `seller`. */
  @property({ reflect: true }) by: MasteryBy = 'tier';
  /** Partner and seller names and membership (`{ partners, sellers }`), which the API does not list. */
  @property({ attribute: false }) directory: InsightDirectory | undefined;

  /** The page's directory, else the API's. */
  readonly #directory = new DirectoryTask(this, this.link.api, () => this.directory);

  /** The tiers and partners drilled into. */
  @state() protected trail: readonly DrillStep[] = [];
  @state() protected sort: MasterySort = { key: 'name', direction: 'ascending' };

  readonly #data = insightTask(this, {
    api: this.link.api,
    // The trail too: each drill loads again, so the level drilled into shows fresh numbers.
    args: () => [this.shown, this.trail] as const,
    load: (api, [shown]): Promise<MasteryData> => loadMasteryData(api, shown),
    // Answers here or in another tab move mastery.
    reloadOn: ['mastery'],
  });

  /** The level whose rows are on screen: `by`, or the one below the last drill step. */
  get shown(): MasteryBy {
    const last = this.trail.at(-1);
    return last ? DRILL_TARGET[last.by] : this.by;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('by') && this.trail.length > 0 && this.trail[0]!.by !== this.by) this.trail = [];
  }

  async #go(trail: readonly DrillStep[], focus: string): Promise<void> {
    this.trail = trail;
    this.sort = { key: 'name', direction: 'ascending' };
    this.emit('mind-drill', { by: this.shown, trail });
    await this.updateComplete;
    // The load the new trail started; a failure still moves focus. A load dropped because the
    // element left the page never settles, and nothing is left to focus then.
    await this.#data.task.taskComplete.catch(() => undefined);
    await this.updateComplete;
    (
      this.renderRoot.querySelector<HTMLElement>(focus) ?? this.renderRoot.querySelector<HTMLElement>('[part~="drill"]')
    )?.focus();
  }

  #drill(id: string): void {
    const by = this.shown;
    if (by === 'seller') return;
    void this.#go([...this.trail, { by, id }], '[part="trail"] [aria-current]');
  }

  #back(length: number): void {
    const left = this.trail[length];
    void this.#go(this.trail.slice(0, length), `[data-drill="${CSS.escape(left?.id ?? '')}"]`);
  }

  /** Shows the map at another level, from the top; resolves once it is shown. */
  #selectBy(by: MasteryBy): Promise<unknown> {
    this.trail = [];
    this.by = by;
    return this.updateComplete;
  }

  #onSort(key: MasterySort['key']): void {
    const same =
      key === 'name' ? this.sort.key === 'name' : this.sort.key !== 'name' && this.sort.key.topicId === key.topicId;
    const direction = same && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { key, direction: same ? direction : key === 'name' ? 'ascending' : 'descending' };
  }

  /**
   * Names entities at any level for one render. The directory's lookup maps are built here, once:
   * a sort asks for two names per comparison, and building them per name made sorting a map of
   * 2 000 sellers take seconds.
   */
  #names(data: MasteryData | undefined): EntityNames {
    const names = namesOf(this.#directory.value);
    const viewer = this.mindshare?.viewer;
    const lang = this.localize.lang();
    return (by, id) => {
      if (by === 'tier') {
        const tier = data?.tiers.find((candidate) => candidate.id === id);
        return tier ? pickLocalized(tier.name, lang) : id;
      }
      if (by === 'partner') return names.partner(id);
      return id === viewer?.id ? viewer.displayName : names.seller(id);
    };
  }

  /** @internal The load failure the view shows, announced with `mind-error`. */
  protected override shownErrors(): readonly unknown[] {
    return this.#data.status === 'error' ? [this.#data.error] : [];
  }

  override render(): TemplateResult {
    const { status, value: result } = this.#data;
    const staff = this.mindshare !== undefined && this.mindshare.viewer.role !== 'seller';
    const names = this.#names(result);
    return this.renderBase(
      html`${staff ? this.#renderBy() : nothing} ${this.trail.length > 0 ? this.#renderTrail(names) : nothing}
      ${
        status === 'ready' && result
          ? this.#renderData(result, names)
          : loadStateView(this.localize, this.#data, {
              error: this.localize.term('mindMasteryMapError'),
              forbidden: this.localize.term('mindMasteryMapForbidden'),
            })
      }`,
    );
  }

  #renderBy(): TemplateResult {
    return segmentedSwitch({
      part: 'by',
      label: this.localize.term('mindMasteryMapByLabel'),
      options: LEVELS,
      selected: this.by,
      name: (by) => this.localize.term('mindMasteryMapBy', by),
      rtl: this.localize.dir() === 'rtl',
      select: (by) => this.#selectBy(by),
    });
  }

  #renderTrail(names: EntityNames): TemplateResult {
    const steps = this.trail;
    return html`<nav part="trail" aria-label=${this.localize.term('mindMasteryMapTrail')}>
      <ol>
        <li>
          <button type="button" data-trail="0" @click=${() => this.#back(0)}>
            ${this.localize.term('mindMasteryMapAll', this.by)}
          </button>
        </li>
        ${steps.map((step, index) =>
          index === steps.length - 1
            ? html`<li><span aria-current="location" tabindex="-1">${names(step.by, step.id)}</span></li>`
            : html`<li>
                <button type="button" data-trail=${index + 1} @click=${() => this.#back(index + 1)}>
                  ${names(step.by, step.id)}
                </button>
              </li>`,
        )}
      </ol>
    </nav>`;
  }

  #renderData(data: MasteryData, names: EntityNames): TemplateResult {
    const by = this.shown;
    const lang = this.localize.lang();
    const members = membersOf(this.trail.at(-1), this.#directory.value, data.partnerTier);
    const nameOf = (id: string) => names(by, id);
    const rows = sortMatrix(matrixOf(data.view.rows, members), this.sort, nameOf, lang);
    if (rows.length === 0) return html`<p class="state" role="status">${this.localize.term('mindMasteryMapEmpty')}</p>`;
    const topics = data.topics.map((topic) => ({ id: topic.id, name: pickLocalized(topic.name, lang) }));
    const topicName = (id: string) => topics.find((topic) => topic.id === id)?.name ?? id;
    const where = this.trail.map((step) => names(step.by, step.id));
    const context: MasteryViewContext = {
      localize: this.localize,
      by,
      caption: [this.localize.term('mindMasteryMapTitle', by), ...where].join(' · '),
      topics,
      rows,
      sort: this.sort,
      drillable: canDrill(by, this.#directory.value, data.partnerTier),
      nameOf,
      topicName,
      onSort: (key) => this.#onSort(key),
      onDrill: (id) => this.#drill(id),
    };
    const keep = (row: { id: string }) => !members || members.has(row.id);
    const { needsStrengthening } = data.view;
    return html`${renderMatrix(context)}
    ${renderStrengthen(context, needsStrengthening.rows.filter(keep), needsStrengthening.unknown.filter(keep))}`;
  }
}
