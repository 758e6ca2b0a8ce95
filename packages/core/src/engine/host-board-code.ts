// The leaderboard code a host imports by itself, only where no element takes it: a host over a
// shared leaderboard store (which writes every score through, boards read or not), `host.update`
// and `rebuildLeaderboards`. Elements reach the boards through operations that hand their code to
// the host (board-code.ts), so the CDN build budgets this import apart (size-budgets.json): a page
// loads it only when its own script gives `createMindshare` a shared store. A load an element can
// cause must not come through here, or `npm run size` would stop charging the pages that pay it.
// A module of its own (a chunk of a few bytes) rather than `export *`, which would give the
// leaderboards' chunk this module's name.
/** The leaderboards' module, for the host's own needs. */
export const loadLeaderboards = () => import('./leaderboards.js');
