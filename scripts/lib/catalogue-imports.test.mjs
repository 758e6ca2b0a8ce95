// An element's one-line catalogue declaration becomes one literal import per catalogue of its
// strings/ folder: each a lazy chunk, English left out, and every folder with the same languages.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { rollup } from 'rollup';
import { catalogueImportsPlugin } from './catalogue-imports.mjs';

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

const build = (input) => rollup({ input: join(dir, input), plugins: [catalogueImportsPlugin({ include: /\.ts$/ })] });

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

  it('fails the build when two strings/ folders offer different languages', async () => {
    write({ 'both.ts': `import './quiz/quiz.ts';\nimport './board/board.ts';` });
    await assert.rejects(build('both.ts'), /every element ships the same languages/);
  });
});
