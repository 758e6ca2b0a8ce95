// Everything leaderboards need, as one lazy module: the boards, the in-memory store and the reads,
// and host.update, which moves sellers between boards. One chunk in the CDN build rather than
// several small ones, each paying its own gzip overhead.
export { Boards } from './boards.js';
export { createMemoryLeaderboardStore } from '../leaderboard/memory-leaderboard-store.js';
export { readLeaderboard } from './leaderboard-operations.js';
export { movesBetween, nextInputs, rankingChanges } from './host-update.js';
export { openPseudonyms } from './pseudonym-secret.js';
export { hiddenPeople } from './board-visibility.js';
export { setBoardVisibility } from './board-visibility-operations.js';
export { EntityBoards } from './entity-boards.js';
export { EngagementBoards } from './engagement-boards.js';
export { readEngagementBoard } from './engagement-board-operations.js';
