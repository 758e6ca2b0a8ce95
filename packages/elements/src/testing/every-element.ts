// Defines every element of the package, for tests that walk all of them (their catalogues, their
// typography): one list, so a new element is not left out of one walk and checked by another.
import '../leaderboard/leaderboard.define.js';
import '../mastery-map/mastery-map.define.js';
import '../my-pitches/my-pitches.define.js';
import '../nugget-feed/nugget-feed.define.js';
import '../pitch-gallery/pitch-gallery.define.js';
import '../pitch-recorder/pitch-recorder.define.js';
import '../pitch-review/pitch-review.define.js';
import '../provider/provider.define.js';
import '../quiz/quiz.define.js';
import '../tier-report/tier-report.define.js';
import '../responses/responses.define.js';
import '../review-queue/review-queue.define.js';
import '../badges/badges.define.js';
import '../certifications/certifications.define.js';
import type { ElementStrings } from '../shared/i18n/element-strings.js';

/** The tag of every element, each defined by importing this module. */
export const ELEMENT_TAGS = [
  'mind-provider',
  'mind-quiz',
  'mind-leaderboard',
  'mind-nugget-feed',
  'mind-pitch-recorder',
  'mind-pitch-review',
  'mind-pitch-gallery',
  'mind-my-pitches',
  'mind-mastery-map',
  'mind-tier-report',
  'mind-responses',
  'mind-review-queue',
  'mind-badges',
  'mind-certifications',
] as const;

/** The UI strings an element class declares (`static strings`). */
export const stringsOf = (tag: string): ElementStrings =>
  (customElements.get(tag) as unknown as { strings: ElementStrings }).strings;
