// The portal's own script: reads what the Mindshare CDN entry exposes and lists the elements it defined.
import { VERSION } from '../../packages/elements/dist/mindshare.min.js';

const tags = [
  'mind-provider',
  'mind-quiz',
  'mind-leaderboard',
  'mind-nugget-feed',
  'mind-pitch-recorder',
  'mind-pitch-review',
  'mind-pitch-gallery',
  'mind-mastery-map',
  'mind-tier-report',
];
document.querySelector('[data-mindshare-version]').textContent = VERSION;
const defined = tags.filter((tag) => customElements.get(tag));
document.querySelector('[data-mindshare-elements]').textContent = defined.length
  ? defined.map((tag) => `<${tag}>`).join(', ')
  : 'none yet';
