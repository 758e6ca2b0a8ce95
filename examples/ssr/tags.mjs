/** The tags the server-rendered page holds, each once (examples/ssr/render-page.mjs renders them). */
export const TAGS = [
  'mind-provider',
  'mind-quiz',
  'mind-leaderboard',
  'mind-nugget-feed',
  'mind-pitch-recorder',
  'mind-my-pitches',
  'mind-pitch-review',
  'mind-pitch-gallery',
  'mind-review-queue',
  'mind-mastery-map',
  'mind-tier-report',
  'mind-responses',
  'mind-badges',
  'mind-certifications',
];
