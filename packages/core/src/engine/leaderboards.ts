// Everything leaderboards need, as one lazy module: the boards, the in-memory store and the reads,
// and host.update, which moves sellers between boards. One chunk in the CDN build rather than
// several small ones, each paying its own gzip overhead.
export { boardCode } from './board-code.js';
export { readLeaderboard } from './leaderboard-operations.js';
export { nextInputs, rankingChanges } from './host-update.js';
export { setBoardVisibility } from './board-visibility-operations.js';
export { readEngagementBoard } from './engagement-board-operations.js';
