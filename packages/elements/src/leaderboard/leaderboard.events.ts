import type { LeaderboardScope } from '@mindshare/core';
import type { MindEvent, MindEventMap } from '../shared/base/mind-event.js';
import type { BoardPeriod } from './engagement-board.js';
import type { MindBoardVisibilityChangeDetail } from './visibility-switch.js';

/** Detail of `mind-period-change`: the engagement board's period now shown. */
export interface MindPeriodChangeDetail {
  readonly period: BoardPeriod;
}

/** Detail of `mind-scope-change` and of the cancelable `mind-request-scope`. */
export interface MindScopeChangeDetail {
  readonly scope: LeaderboardScope;
}

/** `mind-request-scope`, from `<mind-leaderboard>`: the viewer asks for another scope (cancelable). */
export type MindRequestScopeEvent = MindEvent<'mind-request-scope', MindScopeChangeDetail>;
/** `mind-scope-change`, from `<mind-leaderboard>`: the viewer switched scope. */
export type MindScopeChangeEvent = MindEvent<'mind-scope-change', MindScopeChangeDetail>;
/** `mind-period-change`, from `<mind-leaderboard>`: the engagement board's period changed. */
export type MindPeriodChangeEvent = MindEvent<'mind-period-change', MindPeriodChangeDetail>;
/** `mind-board-visibility-change`, from `<mind-leaderboard>`: the viewer's choice to be shown on the boards was saved. */
export type MindBoardVisibilityChangeEvent = MindEvent<'mind-board-visibility-change', MindBoardVisibilityChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap extends MindEventMap<
    MindRequestScopeEvent | MindScopeChangeEvent | MindPeriodChangeEvent | MindBoardVisibilityChangeEvent
  > {}
}
