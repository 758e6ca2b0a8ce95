// The views of a running attempt (the five question kinds, the verdict, the results), loaded when
// the seller starts or resumes an attempt: most page views only show the start card, and the CDN
// entry stays within its byte budget.
export { initialDraft, questionView, verdictAnnouncement } from './views/question-view.js';
export { deadlineView, resultsView } from './views/results-view.js';
