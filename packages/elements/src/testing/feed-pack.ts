// A variant of the scenario's pack for the nugget feed's tests: a video nugget with a poster and
// English and French captions, released every day to everyone from 2027-03-22.
import { scenarioPack } from './scenario.js';

/** The id of the variant's video nugget. */
export const FEED_VIDEO = 'n-video';

/** Where the captions live, as the test server serves them (a path relative to the page). */
export const FEED_CAPTIONS = '/packages/elements/src/testing/feed-captions.vtt';

/** The scenario's pack plus a `video-line` schedule releasing {@link FEED_VIDEO}. */
export function feedPack(): Record<string, unknown> {
  const pack = scenarioPack();
  return {
    ...pack,
    nuggets: [
      ...(pack.nuggets as unknown[]),
      {
        id: FEED_VIDEO,
        kind: 'video',
        title: { en: 'Pitching Platinum', fr: 'Présenter Platinium' },
        src: '/packages/elements/src/testing/feed-video.webm',
        poster: '/packages/elements/src/testing/feed-poster.png',
        durationSeconds: 90,
        captions: [
          { locale: 'en', src: FEED_CAPTIONS, label: 'English' },
          { locale: 'fr', src: FEED_CAPTIONS, label: 'Français' },
        ],
      },
    ],
    schedules: [
      ...(pack.schedules as unknown[]),
      {
        id: 'video-line',
        segment: {},
        nuggets: [FEED_VIDEO],
        cadence: { start: '2027-03-22', time: '08:00', every: { days: 1 } },
        repetition: 'off',
      },
    ],
  };
}
