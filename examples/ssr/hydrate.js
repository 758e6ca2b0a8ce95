// The browser side of a server-rendered page: the elements, which take over the HTML the server
// rendered. The page runs hydrate-support.js first.
import '@mindshare/elements/provider';
import '@mindshare/elements/quiz';
import '@mindshare/elements/leaderboard';
import '@mindshare/elements/nugget-feed';
import '@mindshare/elements/pitch-recorder';
import '@mindshare/elements/my-pitches';
import '@mindshare/elements/pitch-review';
import '@mindshare/elements/pitch-gallery';
import '@mindshare/elements/review-queue';
import '@mindshare/elements/mastery-map';
import '@mindshare/elements/tier-report';
import '@mindshare/elements/responses';
import '@mindshare/elements/badges';
import '@mindshare/elements/certifications';
