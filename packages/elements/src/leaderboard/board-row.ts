import { pickLocalized, type LeaderboardResultRow } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { MindLocalizeController } from '../shared/i18n/localize.js';
import type { leaderboardEn } from './strings/en.js';
import { rowKey, type RankMovement } from './rank-movement.js';

/** What a board row reads: the strings, the rank moves since the last load, and that load's count. */
export interface BoardRowContext {
  readonly localize: MindLocalizeController<typeof leaderboardEn>;
  readonly movement: RankMovement;
  /** Loads so far: a move's mark is a new element per load, so its animation plays again. */
  readonly loads: number;
}

/**
 * One ranked row: rank (with its move since the last load), name (pseudonym, "(you)", reward) and
 * score with the board's digits. `position` is the row's index on the board for rows of the page,
 * which take focus from script ("Show more" moves it to the first new row).
 */
export function boardRow(
  context: BoardRowContext,
  row: LeaderboardResultRow,
  digits: number,
  position: number | undefined,
): TemplateResult {
  const { localize } = context;
  const moved = context.movement.of(row);
  const score = localize.number(row.score, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  // No whitespace between the cells and one binding per cell where it can: a board of 60 rows
  // stays within the DOM budget (about 15 nodes a row, not 25). Rows of the page take focus from
  // script: "Show more" moves it to the first new row.
  return html`<tr
    part=${row.isViewer ? (row.hidden ? 'row viewer hidden' : 'row viewer') : 'row'}
    aria-current=${row.isViewer ? 'true' : nothing}
    data-position=${position ?? nothing}
    tabindex=${position === undefined ? nothing : '-1'}
  >
    <td part="rank">${localize.number(row.rank)}${moved === 0 ? nothing : movementMark(context, row, moved)}</td>
    <td part="name">${rowName(context, row)}</td>
    <td part="score">${score}</td>
  </tr>`;
}

/** The row's name, then "(you)" and its reward when it has them. */
function rowName({ localize }: BoardRowContext, row: LeaderboardResultRow): TemplateResult | string {
  const name = row.pseudonym === undefined ? row.displayName : localize.term('mindLeaderboardPseudonym', row.pseudonym);
  if (!row.isViewer && !row.reward) return name;
  const you = localize.term(row.hidden ? 'mindLeaderboardYouHidden' : 'mindLeaderboardYou');
  return html`${name}${row.isViewer ? html`<span class="you">(${you})</span>` : nothing}${rewardMark(localize, row.reward)}`;
}

/** A row's reward, named for screen readers, or nothing: a seller's row and a partner's alike. */
export function rewardMark(
  localize: BoardRowContext['localize'],
  reward: LeaderboardResultRow['reward'],
): TemplateResult | typeof nothing {
  return reward
    ? html`<span part="reward"
        ><span class="visually-hidden">${localize.term('mindLeaderboardReward')} </span>${pickLocalized(
          reward,
          localize.lang(),
        )}</span
      >`
    : nothing;
}

/** ▲2 / ▼1 beside a rank, a new element per load so its entrance animation plays for each move. */
function movementMark({ localize, loads }: BoardRowContext, row: LeaderboardResultRow, moved: number): unknown {
  return keyed(
    loads,
    html`<span part="movement" class=${moved > 0 ? 'up' : 'down'} data-key=${rowKey(row)}
      ><span aria-hidden="true">${moved > 0 ? '▲' : '▼'}${localize.number(Math.abs(moved))}</span
      ><span class="visually-hidden"
        >${
          moved > 0 ? localize.term('mindLeaderboardMovedUp', moved) : localize.term('mindLeaderboardMovedDown', -moved)
        }</span
      ></span
    >`,
  );
}
