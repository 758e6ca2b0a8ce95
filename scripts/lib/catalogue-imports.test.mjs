// An element's one-line catalogue declaration becomes one literal import per catalogue of its
// strings/ folder: each a lazy chunk, English left out, and every folder with the same languages.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { rollup } from 'rollup';
import { catalogueImportsPlugin, catalogueOf, translatedLanguages } from './catalogue-imports.mjs';

const dir = mkdtempSync(join(tmpdir(), 'catalogue-imports-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(files) {
  for (const [path, code] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), code);
  }
}

const declaration = 'export const load = (language) => import(`./strings/${language}.ts`);';
write({
  'quiz/quiz.ts': `import { quizEn } from './strings/en.ts';\nexport const en = quizEn;\n${declaration}`,
  'quiz/strings/en.ts': `export const quizEn = { mindQuizStart: 'Start' };`,
  'quiz/strings/fr.ts': `import { part } from './part/fr.ts';\nexport default { mindQuizStart: 'Commencer', ...part };`,
  'quiz/strings/de.ts': `export default { mindQuizStart: 'Starten' };`,
  'quiz/strings/part/fr.ts': `export const part = { mindQuizPart: 'Partie' };`,
  'board/board.ts': declaration,
  'board/strings/en.ts': `export default {};`,
  'board/strings/fr.ts': `export default {};`,
});

const build = (input) =>
  rollup({ input: join(dir, input), plugins: [catalogueImportsPlugin({ include: /\.ts$/, languages: ['fr', 'de'] })] });

describe('catalogueImportsPlugin', () => {
  it('makes each catalogue besides English a lazy chunk, imported by a literal and picked by language', async () => {
    const { output } = await (await build('quiz/quiz.ts')).generate({ format: 'es' });
    const [main, ...chunks] = output;
    assert.deepEqual(chunks.map((chunk) => chunk.name).sort(), ['de', 'fr']);
    assert.deepEqual(main.dynamicImports.sort(), chunks.map((chunk) => chunk.fileName).sort());
    assert.match(
      main.code,
      /\(\{ de: \(\) => import\('\.\/de-[\w-]+\.js'\), fr: \(\) => import\('\.\/fr-[\w-]+\.js'\) \}\)\[language\]\(\)/,
    );
    assert.doesNotMatch(main.code, /strings\/\$\{|`/, 'the template is left in the output');
    const fr = chunks.find((chunk) => chunk.name === 'fr');
    assert.match(fr.code, /Partie/, 'a part of a catalogue, in a folder below, is in its chunk');
  });

  it('fails the build when a strings/ folder lacks a language the elements ship, naming it', async () => {
    await assert.rejects(
      build('board/board.ts'),
      /board\/strings has the catalogues fr besides English; every element ships the languages of TRANSLATED_LANGUAGES .*: de, fr\./,
    );
  });

  it('fails the build on a dynamic import of any other template, which no bundler follows', async () => {
    write({ 'other.ts': 'export const load = (name) => import(`./views/${name}.ts`);' });
    await assert.rejects(build('other.ts'), /cannot be followed by the build; import a literal path/);
  });

  it('lets a template import with no expression through, as the literal path it is', async () => {
    write({ 'plain.ts': 'export const load = () => import(`./quiz/strings/de.ts`);' });
    const { output } = await (await build('plain.ts')).generate({ format: 'es' });
    assert.deepEqual(
      output.slice(1).map((chunk) => chunk.name),
      ['de'],
    );
  });

  it('reads the languages every element ships from TRANSLATED_LANGUAGES', () => {
    write({ 'languages.ts': "export const TRANSLATED_LANGUAGES = ['fr', 'de', \"pt\"] as const;" });
    assert.deepEqual(translatedLanguages(join(dir, 'languages.ts')), ['de', 'fr', 'pt']);
    assert.ok(translatedLanguages().includes('fr'), 'the repository’s own list is found');
  });
});

describe('catalogueOf', () => {
  const el = (path) => `/repo/packages/elements/src/${path}`;
  it('names the folder owning a catalogue and its language, for the chunk names and the size count', () => {
    assert.deepEqual(catalogueOf(el('quiz/strings/fr.ts')), { owner: 'quiz', language: 'fr' });
    assert.deepEqual(catalogueOf('packages/elements/src/shared/i18n/strings/pt-BR.ts'), {
      owner: 'shared/i18n',
      language: 'pt-BR',
    });
    assert.deepEqual(catalogueOf(el('leaderboard/strings/entity-board/ar.js')), {
      owner: 'leaderboard',
      language: 'ar',
    });
  });

  it('takes no other module for a catalogue', () => {
    for (const id of [
      el('quiz/quiz.define.ts'),
      el('shared/i18n/ar-words.ts'),
      el('quiz/strings/api.ts'),
      '/repo/packages/core/src/strings/fr.ts',
    ]) {
      assert.equal(catalogueOf(id), undefined, id);
    }
  });
});
