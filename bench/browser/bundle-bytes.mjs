// Bytes of what ships: the CDN entry and each lazy chunk (as `npm run size` measures them), and
// the SurveyJS files its quiz page loads, for the ratio. Exact and reproducible, one sample each.
import { basename } from 'node:path';
import { matchFiles, measureBytes, totalBytes } from '../../scripts/lib/bytes.mjs';

export const SURVEYJS_FILES = [
  'node_modules/survey-core/survey.core.min.js',
  'node_modules/survey-js-ui/survey-js-ui.min.js',
  'node_modules/survey-core/survey-core.fontless.min.css',
];

/** Three figures (min, gzip, brotli; in bytes) for one file or group. */
function byteFigures(id, label, sizes, extra = {}) {
  return ['min', 'gzip', 'brotli'].map((kind) => ({
    id: `${id}.${kind}`,
    label: `${label}, ${kind === 'min' ? 'minified' : kind}`,
    unit: 'B',
    median: sizes[kind],
    min: sizes[kind],
    max: sizes[kind],
    n: 1,
    ...extra,
  }));
}

export function benchBytes() {
  const entry = measureBytes('packages/elements/dist/mindshare.min.js');
  const chunks = matchFiles('packages/elements/dist/chunks/*.min.js').map(measureBytes);
  const survey = SURVEYJS_FILES.map(measureBytes);
  const surveyTotal = totalBytes(survey);
  return [
    ...byteFigures('bytes.mindshare.entry', 'Bytes, Mindshare CDN entry', entry),
    ...byteFigures(
      'bytes.mindshare.chunks',
      `Bytes, Mindshare lazy chunks (${chunks.length} together)`,
      totalBytes(chunks),
    ),
    ...chunks.flatMap((chunk) => {
      // The content hash changes with every build; the id keeps the chunk's name.
      const name = basename(chunk.file).replace(/-[\w-]{8}\.min\.js$/, '');
      return byteFigures(`bytes.mindshare.chunk.${name}`, `Bytes, chunk ${basename(chunk.file)}`, chunk, {
        detail: true,
      });
    }),
    ...byteFigures('bytes.surveyjs', 'Bytes, SurveyJS (survey-core + survey-js-ui + theme CSS)', surveyTotal),
    ...survey.flatMap((file) =>
      byteFigures(`bytes.surveyjs.${basename(file.file)}`, `Bytes, ${file.file}`, file, { detail: true }),
    ),
    {
      id: 'bytes.ratio.gzip',
      label: 'Bytes, SurveyJS ÷ Mindshare entry, gzip',
      unit: '×',
      median: surveyTotal.gzip / entry.gzip,
      min: surveyTotal.gzip / entry.gzip,
      max: surveyTotal.gzip / entry.gzip,
      n: 1,
    },
  ];
}
