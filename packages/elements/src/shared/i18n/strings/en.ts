/**
 * Shared English UI strings: what no single element owns (loading, errors, answering a question,
 * which the quiz and the feed's practice both show). Each element's own terms live in its folder
 * (`quiz/quiz.en.ts`…) and register with its class (see `elementStrings`). Term keys start with
 * `mind` because `registerTranslation` merges every library's terms of one language into one
 * object per page.
 */
const sharedEn = {
  mindLoading: 'Loading…',
  mindRetry: 'Try again',
  mindErrorTitle: 'Something went wrong',
  mindErrorStorageFullTitle: 'This device is out of space',
  mindErrorStorageFull:
    'Your browser has no room left to save Mindshare. Free some space (delete files or downloads you no longer need, or clear other sites’ data), then try again. Nothing you saved before is lost.',
  mindErrorStaleTitle: 'This page is out of date',
  mindErrorStale: 'Mindshare was updated in another tab. Reload this page to go on.',
  mindReload: 'Reload the page',
  mindErrorNetworkTitle: 'Mindshare cannot be reached',
  mindErrorNetwork: 'Check your connection, then try again. What you already answered is kept.',
  mindErrorNetworkRetrying: 'Check your connection. Trying again…',
  mindErrorUnavailableTitle: 'Mindshare is not answering',
  mindErrorUnavailable: 'Try again in a moment.',
  mindErrorUnknownChallengeTitle: 'No such challenge',
  mindErrorUnknownChallenge: (id: string) => `This content has no challenge “${id}”.`,
  mindPoints: (points: number) =>
    new Intl.PluralRules('en').select(points) === 'one' ? `${points} point` : `${points} points`,
  // Answering a question (shared/questions, the quiz and the feed's practice). The keys keep the
  // quiz's prefix they were published with, so a page's overrides still apply.
  mindQuizSubmit: 'Submit',
  mindQuizTrue: 'True',
  mindQuizFalse: 'False',
  mindQuizChooseOne: 'Choose one answer.',
  mindQuizChooseSeveral: 'Choose every answer that applies.',
  mindQuizChoiceRight: 'Right answer',
  mindQuizChoiceWrong: 'Your pick: wrong',
  mindQuizOrderHint: 'Put the items in order, first at the top. Alt + arrow keys move the focused item.',
  mindQuizMoveUp: (item: string) => `Move “${item}” up`,
  mindQuizMoveDown: (item: string) => `Move “${item}” down`,
  mindQuizMoved: (item: string, position: number, count: number) =>
    `“${item}” moved to position ${position} of ${count}`,
  mindQuizNumberLabel: 'Your answer',
  mindQuizNumberInvalid: 'Enter a number.',
  mindQuizConfidence: 'How sure are you?',
  mindQuizSure: 'Sure',
  mindQuizNotSure: 'Not sure',
  mindQuizCorrect: 'Correct',
  mindQuizIncorrect: 'Incorrect',
  mindQuizPartlyCorrect: 'Partly correct',
  mindQuizResources: 'To learn more',
} satisfies Record<`mind${string}`, unknown>;

/** The shared terms, which every element's localize controller knows besides its own. */
export type SharedTerms = typeof sharedEn;

export default sharedEn;
