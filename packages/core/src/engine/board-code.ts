// The code a host builds its boards with. The operations that need the boards hand it to the host
// (reading a board holds it in its own chunk; finishing an attempt imports it), so a page that never
// reads a board nor finishes an attempt never loads it. The host imports it itself only for what no
// element does: writing through a shared leaderboard store, updates and rebuilds (host-board-code.ts).
import { createMemoryLeaderboardStore } from '../leaderboard/memory-leaderboard-store.js';
import { hiddenPeople } from './board-visibility.js';
import { Boards } from './boards.js';
import { EngagementBoards } from './engagement-boards.js';
import { EntityBoards } from './entity-boards.js';
import { movesBetween } from './host-update.js';
import { openPseudonyms } from './pseudonym-secret.js';

/** The leaderboard code, as one value an operation hands to the host. */
export const boardCode = {
  Boards,
  EngagementBoards,
  EntityBoards,
  createMemoryLeaderboardStore,
  hiddenPeople,
  movesBetween,
  openPseudonyms,
} as const;

/** What {@link boardCode} holds. */
export type BoardCode = typeof boardCode;
