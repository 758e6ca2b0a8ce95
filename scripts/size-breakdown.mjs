// `node scripts/size-breakdown.mjs [--modules]`: what the CDN entry and its lazy chunks are made
// of, by package (or by module), in bytes of rendered code before minification — to see where a
// byte budget goes before cutting.
import { rollup } from 'rollup';
import config from '../rollup.config.mjs';

const byModule = process.argv.includes('--modules');
const cdn = config.at(-1);
const bundle = await rollup({ ...cdn, onwarn: () => {} });
const { output } = await bundle.generate({ ...cdn.output, plugins: [] });
for (const chunk of output) {
  if (chunk.type !== 'chunk') continue;
  const sizes = new Map();
  for (const [id, info] of Object.entries(chunk.modules)) {
    const dependency = byModule ? undefined : /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1];
    const key =
      dependency ??
      id.replace(`${process.cwd()}/`, '').replace(/^packages\/(\w+)\/src\/([^/]+)\/.*$/, byModule ? '$&' : '$1/$2');
    sizes.set(key, (sizes.get(key) ?? 0) + info.renderedLength);
  }
  console.log(`\n${chunk.fileName}`);
  for (const [key, size] of [...sizes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, process.argv.includes('--all') ? undefined : 25)) {
    console.log(`${String(size).padStart(9)}  ${key}`);
  }
}
