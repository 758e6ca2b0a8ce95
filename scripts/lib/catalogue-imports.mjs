// A rollup plugin for the elements' string catalogues. An element declares them in one line,
// `elementStrings(quizEn, (language) => import(`./strings/${language}.ts`))`
// (packages/elements/src/shared/i18n/element-strings.ts): this turns that import into one literal
// import per catalogue of the element's `strings/` folder, picked by language when it runs,
// `({ fr: () => import('./strings/fr.ts'), … })[language]()`. So each catalogue is a module of its
// own in dist and a lazy chunk of the CDN build, and the output holds only literal imports, for
// consumers' bundlers and for the load-together plugin (./load-together.mjs), which reads them in
// renderChunk. English is left out: the element imports it statically.
//
// @rollup/plugin-dynamic-import-vars does this for any pattern, but its runtime (a `switch` with a
// case per file, English included, and a rejecting default branch) cost each element's chunk
// 160 B gzip, the pages of the sellers and coaches 0.7 to 1.4 KiB: over three size budgets. What
// this writes is the object of loaders the element files held before.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';
import { walk } from './api-operations.mjs';

const PREFIX = './strings/';
const SUFFIX = '.ts';

// A language code as a catalogue's file is named: two letters, a region maybe (`fr`, `pt-BR`), so
// `api.ts` or `x.define.ts` is never taken for one.
const LANGUAGE = '[a-z]{2}(?:-[A-Za-z]{2})?';
/** A catalogue's file name (`fr.ts`, `pt-BR.ts`), its language in the first group. */
const CATALOGUE = new RegExp(`^(${LANGUAGE})\\.ts$`);
const CATALOGUE_MODULE = new RegExp(`(?:^|/)packages/elements/src/(.+?)/strings/(?:.+/)?(${LANGUAGE})\\.[jt]s$`);

/**
 * What a module id says of a string catalogue of the elements: the folder that owns it and its
 * language (`…/elements/src/quiz/strings/fr.ts` → `quiz`, `fr`; `shared/i18n/strings/ar.ts` →
 * `shared/i18n`, `ar`; a part below, `leaderboard/strings/entity-board/pt.ts` → `leaderboard`,
 * `pt`), else undefined. The one reading of a catalogue's path, for the build's chunk names and
 * the size count alike.
 *
 * @param {string} id
 * @returns {{ owner: string, language: string } | undefined}
 */
export function catalogueOf(id) {
  const match = CATALOGUE_MODULE.exec(id);
  return match ? { owner: match[1], language: match[2] } : undefined;
}

/** Whether `node` is the template of `./strings/${…}.ts`, with one expression: the language. */
function isCatalogueTemplate(node) {
  return (
    node?.type === 'TemplateLiteral' &&
    node.expressions.length === 1 &&
    node.quasis[0].value.cooked === PREFIX &&
    node.quasis[1].value.cooked === SUFFIX
  );
}

/** The languages besides English of the catalogues in `folder`, sorted. */
export function catalogueLanguages(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .flatMap((file) => CATALOGUE.exec(file)?.[1] ?? [])
    .filter((language) => language !== 'en')
    .sort();
}

/**
 * The languages every element ships besides English, as `TRANSLATED_LANGUAGES` in
 * packages/elements/src/shared/i18n/languages.ts lists them (read from its text: the build runs
 * before anything is compiled), sorted.
 */
export function translatedLanguages(
  file = fileURLToPath(new URL('../../packages/elements/src/shared/i18n/languages.ts', import.meta.url)),
) {
  const list = /TRANSLATED_LANGUAGES\s*(?::[^=]*)?=\s*\[([^\]]*)\]/.exec(readFileSync(file, 'utf8'))?.[1];
  if (list === undefined) throw new Error(`${file} declares no TRANSLATED_LANGUAGES array.`);
  return [...list.matchAll(/'([^']+)'|"([^"]+)"/g)].map((match) => match[1] ?? match[2]).sort();
}

/**
 * @param {{ include?: RegExp, languages?: string[] }} [options] the modules to transform (by id):
 * the elements' sources; the languages each `strings/` folder must hold besides English (by
 * default {@link translatedLanguages})
 * @returns {import('rollup').Plugin}
 */
export function catalogueImportsPlugin({ include = /\/packages\/elements\/src\/.+\.ts$/, languages } = {}) {
  let expected;
  return {
    name: 'mindshare-catalogue-imports',
    buildStart() {
      expected = (languages ?? translatedLanguages()).slice().sort();
    },
    transform(code, id) {
      if (!include.test(id) || !/\bimport\s*\(\s*`/.test(code)) return null;
      let rewritten;
      walk(this.parse(code), (node) => {
        // A template without `${…}` is a literal path in all but its quotes: bundlers follow it.
        if (node.type !== 'ImportExpression' || node.source.type !== 'TemplateLiteral') return;
        if (node.source.expressions.length === 0) return;
        // Any other template would stay a variable import that no bundler follows: in the CDN
        // build it would look for a file beside the chunk and fail on the page, not here.
        if (!isCatalogueTemplate(node.source))
          this.error(
            `${id}: a dynamic import of a template other than \`./strings/\${language}.ts\` cannot be followed by the build; import a literal path.`,
          );
        const folder = join(dirname(id), 'strings');
        this.addWatchFile(folder);
        const found = catalogueLanguages(folder);
        // A language the elements ask for and the folder lacks would fail on the page, in the
        // middle of a language switch; one the folder has and no element asks for is dead weight.
        if (found.join() !== expected.join())
          this.error(
            `${folder} has the catalogues ${found.join(', ') || 'none'} besides English; ` +
              `every element ships the languages of TRANSLATED_LANGUAGES (shared/i18n/languages.ts): ${expected.join(', ')}.`,
          );
        const [language] = node.source.expressions;
        const loaders = found.map(
          (lang) => `${/^\w+$/.test(lang) ? lang : JSON.stringify(lang)}: () => import('${PREFIX}${lang}${SUFFIX}')`,
        );
        rewritten ??= new MagicString(code);
        rewritten.overwrite(
          node.start,
          node.end,
          `({ ${loaders.join(', ')} })[${code.slice(language.start, language.end)}]()`,
        );
      });
      if (!rewritten) return null;
      return { code: rewritten.toString(), map: rewritten.generateMap({ hires: 'boundary', source: id }) };
    },
  };
}
