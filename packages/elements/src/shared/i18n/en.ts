import type { Translation } from '@shoelace-style/localize';
import { leaderboardEn } from '../../leaderboard/leaderboard.en.js';
import type { nuggetFeedEn } from '../../nugget-feed/nugget-feed.en.js';
import type { pitchRecorderEn } from '../../pitch-recorder/pitch-recorder.en.js';
import { providerEn } from '../../provider/provider.en.js';
import { quizEn } from '../../quiz/quiz.en.js';

/**
 * English UI strings, the fallback for every other language. Term keys start with `mind` because
 * `registerTranslation` merges every library's terms of one language into one object per page.
 */
const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
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
  mindPoints: (points: number) =>
    new Intl.PluralRules('en').select(points) === 'one' ? `${points} point` : `${points} points`,
  ...providerEn,
  ...quizEn,
  ...leaderboardEn,
  // The feed, the recorder and the coach and manager views register their English terms from
  // their own modules (registerEnglishTerms), so a page carries only the strings of what it uses.
} satisfies Translation & Record<`mind${string}` | `$${string}`, unknown>;

/** The shape every UI translation must have: the English terms, with the same arguments. */
export type MindTranslation = {
  readonly [K in keyof typeof en]: K extends `$${string}` ? string : (typeof en)[K];
} & typeof nuggetFeedEn &
  typeof pitchRecorderEn &
  Translation;

export default en as MindTranslation;
