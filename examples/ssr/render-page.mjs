// The server side of a server-rendered page: every Mindshare element rendered to HTML with
// @lit-labs/ssr (declarative shadow DOM), inside a provider that builds its engine in the browser.
// Run under @lit-labs/ssr's DOM shim (`node --import @lit-labs/ssr/lib/install-global-dom-shim.js`).
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
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

/** The page's body: what a server sends before any JavaScript runs. */
export async function renderBody() {
  return collectResult(
    render(html`
      <mind-provider
        src="../../framework-data/pack.json"
        directory="../../framework-data/directory.json"
        storage="memory"
        viewer="seller-42"
      >
        <mind-quiz challenge="q4-launch"></mind-quiz>
        <mind-leaderboard challenge="q4-launch"></mind-leaderboard>
        <mind-nugget-feed></mind-nugget-feed>
        <mind-pitch-recorder prompt="none"></mind-pitch-recorder>
        <mind-my-pitches></mind-my-pitches>
        <mind-pitch-review recording="none"></mind-pitch-review>
        <mind-pitch-gallery prompt="none"></mind-pitch-gallery>
        <mind-review-queue></mind-review-queue>
        <mind-mastery-map></mind-mastery-map>
        <mind-tier-report></mind-tier-report>
        <mind-responses></mind-responses>
        <mind-badges></mind-badges>
        <mind-certifications></mind-certifications>
      </mind-provider>
    `),
  );
}
