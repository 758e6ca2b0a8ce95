import { leaderboardLines, type LeaderboardResult, type LeaderboardResultRow } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { MindLocalizeController } from '../shared/i18n/localize.js';
import type { leaderboardEn } from './strings/en.js';
import { rewardMark } from './board-row.js';
import { scoreDigits } from './score-digits.js';
import { columnHeads, type NumberHeading } from '../shared/styles/data-table.js';

/**
 * The partner or team board of `<mind-leaderboard entity="partner|team">`: the top rows, a gap,
 * the viewer's own partner or team (`aria-current`) with its neighbours; per row the aggregate,
 * how many of its sellers took part, and a flag when fewer than k did. No seller is named.
 */
export function entityBoard(
  localize: MindLocalizeController<typeof leaderboardEn>,
  result: LeaderboardResult & { readonly entity: 'partner' | 'team' },
): TemplateResult {
  const { entity } = result;
  if (result.rows.length === 0 && result.around.length === 0) {
    return html`<p class="state" role="status">${localize.term('mindLeaderboardEntityEmpty', entity)}</p>`;
  }
  const digits = scoreDigits([...result.rows, ...result.around]);
  const first = result.rows[0];
  const last = result.rows[result.rows.length - 1];
  const names = [
    localize.term('mindLeaderboardRank'),
    localize.term('mindLeaderboardEntityName', entity),
    { number: localize.term('mindLeaderboardScore') },
    { number: localize.term('mindLeaderboardParticipants') },
  ] as const;
  return html`<div class="scroll stack">
      <table role="table">
        <caption>
          ${localize.term('mindLeaderboardEntityTitle', entity)}
        </caption>
        ${columnHeads(names)}
        <tbody role="rowgroup">
          ${leaderboardLines(result).map((line) =>
            line.kind === 'row'
              ? entityRow(localize, line.row, result, digits, names)
              : html`<tr part="gap" role="row">
                  <td role="cell" colspan="4">
                    <span aria-hidden="true">…</span
                    ><span class="visually-hidden">${localize.term('mindLeaderboardGap')}</span>
                  </td>
                </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <p class="summary" role="status">
      ${first && last ? localize.term('mindLeaderboardEntityRange', first.rank, last.rank, result.total, entity) : nothing}${
        result.me
          ? html`<br />${localize.term('mindLeaderboardEntityMine', result.me.rank, result.total, entity)}`
          : nothing
      }
    </p>
    ${
      result.aggregate === undefined
        ? nothing
        : html`<p part="aggregate" class="note">
            ${localize.term('mindLeaderboardAggregate', result.aggregate, result.k ?? 1, entity)}
          </p>`
    }`;
}

function entityRow(
  localize: MindLocalizeController<typeof leaderboardEn>,
  row: LeaderboardResultRow,
  result: LeaderboardResult & { readonly entity: 'partner' | 'team' },
  digits: number,
  [rank, name, score, participants]: readonly [string, string, NumberHeading, NumberHeading],
): TemplateResult {
  const value = localize.number(row.score, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return html`<tr
    part=${row.isViewer ? 'row viewer' : 'row'}
    role="row"
    aria-current=${row.isViewer ? 'true' : nothing}
  >
    <td role="cell" part="rank" data-label=${rank}>${localize.number(row.rank)}</td>
    <td role="cell" part="name" data-label=${name}>
      ${row.displayName}${
        row.isViewer
          ? html`<span class="you">(${localize.term('mindLeaderboardEntityYou', result.entity)})</span>`
          : nothing
      }${rewardMark(localize, row.reward)}${
        row.incomplete
          ? html`<span part="incomplete" class="incomplete"
              >${localize.term('mindLeaderboardIncomplete', result.k ?? 1)}</span
            >`
          : nothing
      }
    </td>
    <td role="cell" part="score" data-label=${score.number}>${value}</td>
    <td role="cell" part="participants" data-label=${participants.number}>
      ${localize.term('mindLeaderboardParticipation', row.participants ?? 0, row.eligible ?? 0)}
    </td>
  </tr>`;
}
