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
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import MagicString from 'magic-string';
import { walk } from './load-together.mjs';

const PREFIX = './strings/';
const SUFFIX = '.ts';

/** A catalogue's file name (`fr.ts`, `pt-BR.ts`), its language in the first group. */
const CATALOGUE = /^([a-z]{2}(?:-[A-Za-z]{2})?)\.ts$/;

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
  return readdirSync(folder)
    .flatMap((file) => CATALOGUE.exec(file)?.[1] ?? [])
    .filter((language) => language !== 'en')
    .sort();
}

/**
 * @param {{ include?: RegExp }} [options] the modules to transform (by id): the elements' sources
 * @returns {import('rollup').Plugin}
 */
export function catalogueImportsPlugin({ include = /\/packages\/elements\/src\/.+\.ts$/ } = {}) {
  /** The languages of the first `strings/` folder met: every other one must offer the same. */
  let expected;
  return {
    name: 'mindshare-catalogue-imports',
    buildStart() {
      expected = undefined;
    },
    transform(code, id) {
      if (!include.test(id) || !code.includes(PREFIX + '${')) return null;
      let rewritten;
      walk(this.parse(code), (node) => {
        if (node.type !== 'ImportExpression' || !isCatalogueTemplate(node.source)) return;
        const folder = join(dirname(id), 'strings');
        const languages = catalogueLanguages(folder);
        if (languages.length === 0) this.error(`${folder} holds no catalogue besides English.`);
        expected ??= { folder, languages };
        if (languages.join() !== expected.languages.join())
          this.error(
            `${folder} has the catalogues ${languages.join(', ')}, ` +
              `${expected.folder} ${expected.languages.join(', ')}: every element ships the same languages.`,
          );
        const [language] = node.source.expressions;
        const loaders = languages.map(
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
