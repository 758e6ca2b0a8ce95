// The views of a running attempt (the five question kinds, the verdict, the results), a chunk of
// their own: loaded while the engine starts when the quiz can lead to an attempt, never for a
// challenge that is upcoming, closed or not for this seller, and kept out of the CDN entry.
export { initialDraft, questionView, verdictAnnouncement } from './views/question-view.js';
export { deadlineView, resultsView } from './views/results-view.js';
