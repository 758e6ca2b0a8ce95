import type { MasteryRow } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { MindLocalizeController } from '../shared/i18n/localize.js';
import type { masteryMapEn } from './strings/en.js';
import { DRILL_TARGET, type MasteryBy, type MasterySort, type MatrixRow } from './mastery-matrix.js';

/** What the heat-map table and the "strengthen" list need from the element. */
export interface MasteryViewContext {
  readonly localize: MindLocalizeController<typeof masteryMapEn>;
  readonly by: MasteryBy;
  readonly caption: string;
  readonly topics: readonly { readonly id: string; readonly name: string }[];
  readonly rows: readonly MatrixRow[];
  readonly sort: MasterySort;
  readonly drillable: boolean;
  readonly nameOf: (id: string) => string;
  readonly topicName: (id: string) => string;
  readonly onSort: (key: MasterySort['key']) => void;
  readonly onDrill: (id: string) => void;
}

const sameKey = (a: MasterySort['key'], b: MasterySort['key']) =>
  a === 'name' || b === 'name' ? a === b : a.topicId === b.topicId;

function sortHeader(context: MasteryViewContext, key: MasterySort['key'], label: string): TemplateResult {
  const active = sameKey(context.sort.key, key);
  const direction = context.sort.direction;
  return html`<th scope="col" role="columnheader" aria-sort=${active ? direction : 'none'}>
    <button
      type="button"
      data-sort=${key === 'name' ? 'name' : key.topicId}
      title=${context.localize.term('mindMasteryMapSortBy', label)}
      @click=${() => context.onSort(key)}
    >
      ${label}<span aria-hidden="true">${active ? (direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
    </button>
  </th>`;
}

/** A topic's cell in a row: its score and level, under the topic's name when the rows stack. */
function cell(context: MasteryViewContext, topic: string, row: MasteryRow | undefined): TemplateResult {
  if (!row) {
    return html`<td part="cell" role="cell" data-label=${topic} data-level="none">
      <span aria-hidden="true">–</span
      ><span class="visually-hidden">${context.localize.term('mindMasteryMapNoAnswers')}</span>
    </td>`;
  }
  return html`<td part="cell" role="cell" data-label=${topic} data-level=${row.level}>
    ${context.localize.term('mindMasteryMapCell', row.score, row.level)}
  </td>`;
}

/** The heat map: a real table, sortable by name or by a topic, each row header a drill-down button. */
export function renderMatrix(context: MasteryViewContext): TemplateResult {
  const { localize, by } = context;
  const target = by === 'seller' ? undefined : DRILL_TARGET[by];
  return html`<div class="scroll stack">
      <table part="table" role="table">
        <caption>
          ${context.caption}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            ${sortHeader(context, 'name', localize.term('mindMasteryMapEntity', by))}
            ${context.topics.map((topic) => sortHeader(context, { topicId: topic.id }, topic.name))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${context.rows.map(
            (row) =>
              html`<tr part="row" role="row" data-id=${row.id}>
                <th scope="row" role="rowheader">
                  ${
                    context.drillable && target
                      ? html`<button
                          type="button"
                          part="drill"
                          data-drill=${row.id}
                          aria-describedby="drill-hint"
                          @click=${() => context.onDrill(row.id)}
                        >
                          ${context.nameOf(row.id)}
                        </button>`
                      : context.nameOf(row.id)
                  }
                </th>
                ${context.topics.map((topic) => cell(context, topic.name, row.cells.get(topic.id)))}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${target ? html`<span id="drill-hint" hidden>${localize.term('mindMasteryMapDrillHint', target)}</span>` : nothing}
    <p class="legend">${localize.term('mindMasteryMapLegend')}</p>`;
}

/** "Who must strengthen which topic": weak and developing rows worst first, unknowns apart. */
export function renderStrengthen(
  context: MasteryViewContext,
  rows: readonly MasteryRow[],
  unknown: readonly MasteryRow[],
): TemplateResult {
  const { localize } = context;
  return html`<section part="strengthen" aria-labelledby="strengthen-title">
    <h2 id="strengthen-title">${localize.term('mindMasteryMapStrengthen')}</h2>
    ${
      rows.length === 0
        ? html`<p>${localize.term('mindMasteryMapStrengthenNone')}</p>`
        : html`<ol>
            ${rows.map(
              (row) =>
                html`<li data-id=${row.id} data-topic=${row.topicId} data-level=${row.level}>
                  ${localize.term(
                    'mindMasteryMapStrengthenRow',
                    context.nameOf(row.id),
                    context.topicName(row.topicId),
                    row.score,
                    row.level,
                  )}
                </li>`,
            )}
          </ol>`
    }
    ${
      unknown.length === 0
        ? nothing
        : html`<h3>${localize.term('mindMasteryMapUnknown')}</h3>
            <ul class="unknown">
              ${unknown.map(
                (row) =>
                  html`<li data-id=${row.id} data-topic=${row.topicId}>
                    ${localize.term('mindMasteryMapUnknownRow', context.nameOf(row.id), context.topicName(row.topicId), row.count)}
                  </li>`,
              )}
            </ul>`
    }
  </section>`;
}
