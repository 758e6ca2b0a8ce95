/*
 * Directory validation benchmark (issue 12). Run:
 *   node --expose-gc --conditions=mindshare-source --import tsx packages/core/bench/directory.bench.ts
 * Validates a seeded directory of 100 000 sellers and 2 000 partners several times and prints the
 * median. Each run gets a fresh copy from JSON.parse, as a page gets it from `fetch(…).json()`, so
 * no run is helped by objects an earlier run already walked.
 */
import { performance } from 'node:perf_hooks';
import { reportFigures, summarize, type Figure } from '../../../scripts/lib/bench-report.mjs';
import { parseDirectory } from '../src/directory/parse-directory.js';
import { validateDirectory } from '../src/directory/validate-directory.js';
import { seededRandom } from '../src/testing/index.js';

const RUNS = 9;
const SELLERS = 100_000;
const PARTNERS = 2_000;

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

const LOCALES = ['en', 'en-US', 'en-GB', 'fr', 'fr-FR', 'fr-CA', 'de-DE', 'es', 'it-IT', 'ja-JP', 'pt-BR', 'nl'];
const ZONES = [
  'UTC',
  'Europe/Paris',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Etc/GMT+5',
];
const REGIONS = ['emea', 'amer', 'apac', 'latam'];

/** A valid directory as a PRM would export it: most fields present, some left out. */
function directoryText(): string {
  const random = seededRandom('directory-bench');
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const partners = Array.from({ length: PARTNERS }, (_, index) => ({
    id: `p-${index}`,
    name: `Partner ${index}`,
    ...(random() < 0.8 ? { region: pick(REGIONS) } : {}),
    metrics: {
      indirectRevenue: Math.floor(random() * 5_000_000),
      certifiedSellers: Math.floor(random() * 40),
      ...(random() < 0.5 ? { renewalRate: random() } : {}),
    },
  }));
  const sellers = Array.from({ length: SELLERS }, (_, index) => {
    const staff = random() < 0.02;
    const role = staff ? pick(['coach', 'manager'] as const) : 'seller';
    return {
      id: `s-${index}`,
      ...(!staff || random() < 0.5 ? { partnerId: `p-${Math.floor(random() * PARTNERS)}` } : {}),
      displayName: `Seller ${index}`,
      ...(random() < 0.9 ? { region: pick(REGIONS) } : {}),
      ...(random() < 0.6 ? { team: `team-${Math.floor(random() * 500)}` } : {}),
      role,
      ...(random() < 0.85 ? { locale: pick(LOCALES) } : {}),
      ...(random() < 0.85 ? { timeZone: pick(ZONES) } : {}),
      ...(random() < 0.3 ? { privacy: random() < 0.2 ? 'opted-out' : 'visible' } : {}),
    };
  });
  return JSON.stringify({ partners, sellers });
}

/** Milliseconds of `RUNS` calls, each on a fresh copy of the input, after one warm-up call. */
async function time(text: string, run: (input: unknown) => unknown): Promise<ReturnType<typeof summarize>> {
  await run(JSON.parse(text));
  const samples: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const input: unknown = JSON.parse(text);
    collect();
    const start = performance.now();
    await run(input);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

const text = directoryText();
const valid = await validateDirectory(JSON.parse(text));
if (!valid.ok) throw new Error(`the bench directory should be valid: ${JSON.stringify(valid.errors.slice(0, 3))}`);

// One wrong field deep in the list: the page then pays for the precise, worded errors.
const broken = JSON.parse(text) as { sellers: Record<string, unknown>[] };
broken.sellers[SELLERS - 7]!['timeZone'] = 'Paris';
const brokenText = JSON.stringify(broken);

// Partner ids from another scheme (a PRM export gone wrong): every seller names an unknown partner.
const renamed = JSON.parse(text) as { sellers: { partnerId?: string }[] };
for (const seller of renamed.sellers) if (seller.partnerId !== undefined) seller.partnerId = `x-${seller.partnerId}`;
const renamedText = JSON.stringify(renamed);

const scale = `${SELLERS.toLocaleString('en-US').replaceAll(',', ' ')} sellers`;
const figures: Figure[] = [];
const measured: [string, string, ReturnType<typeof summarize>, number?][] = [
  // The goal of issue 12: a page validates a 100 000-seller directory within 300 ms.
  ['validate', `validateDirectory, ${scale}, valid`, await time(text, validateDirectory), 300],
  ['validate-one-error', `validateDirectory, ${scale}, one error`, await time(brokenText, validateDirectory)],
  [
    'validate-unknown-partners',
    `validateDirectory, ${scale}, all naming unknown partners`,
    await time(renamedText, validateDirectory),
  ],
  ['parse', `parseDirectory, ${scale}, valid`, await time(text, parseDirectory)],
];
for (const [id, label, summary, goal] of measured) {
  figures.push({
    id: `directory.${SELLERS}.${id}`,
    label,
    unit: 'ms',
    ...summary,
    ...(goal === undefined ? {} : { goal: { max: goal } }),
  });
}

console.log(`Directory of ${scale} and ${PARTNERS} partners (${(text.length / 1e6).toFixed(1)} MB of JSON):`);
console.table(
  measured.map(([, label, summary, goal]) => ({
    figure: label,
    'median (ms)': summary.median.toFixed(0),
    'range (ms)': `${summary.min.toFixed(0)}–${summary.max.toFixed(0)}`,
    goal: goal === undefined ? '' : `≤ ${goal} ms ${summary.median <= goal ? '✓' : '✗'}`,
  })),
);
reportFigures('core/directory', figures);
