// Fails when a package field points outside the package: a lone run of the manifest analyzer
// with another --outdir rewrites the elements' `customElements` to that folder (twice committed so).
import { readFileSync } from 'node:fs';

const elements = JSON.parse(readFileSync('packages/elements/package.json', 'utf8'));
if (elements.customElements !== 'custom-elements.json') {
  console.error(
    `packages/elements/package.json: customElements is "${elements.customElements}"; it must be ` +
      '"custom-elements.json", the manifest the package ships (npm run build writes it there).',
  );
  process.exit(1);
}
console.log('Package fields point at shipped files.');
