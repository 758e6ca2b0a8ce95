import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packFolder } from '../../scripts/pack.js';
import { buildPack, type ReadSource } from './build-pack.js';

const example = fileURLToPath(new URL('../../scripts/fixtures/pack-example/', import.meta.url));
const packScript = fileURLToPath(new URL('../../scripts/pack.ts', import.meta.url));

function sources(files: Record<string, string>): ReadSource {
  return (path) => files[path];
}

test('the example folder packs: $md references become compiled rich text', () => {
  const out = mkdtempSync(join(tmpdir(), 'mind-pack-'));
  try {
    const outcome = packFolder(example, join(out, 'pack.json'));
    assert.ok(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.errors));
    const pack = JSON.parse(readFileSync(join(out, 'pack.json'), 'utf8'));
    const description = pack.challenges[0].description;
    assert.deepEqual(Object.keys(description), ['en', 'fr']);
    assert.deepEqual(description.en[0], {
      type: 'heading',
      level: 2,
      children: [{ type: 'text', text: 'Launch quiz' }],
    });
    assert.equal(description.en[2].type, 'list');
    const explanation = pack.challenges[0].questions[0].explanation;
    assert.equal(explanation.fr, "Oui, dans l'offre Pro.");
    assert.deepEqual(explanation.en[1].children[0], {
      type: 'image',
      src: 'media/plans.png',
      alt: 'The plan comparison table',
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('problems are reported with the JSON path of the $md reference', () => {
  const skeleton = {
    locales: ['en', 'fr'],
    a: { $md: 'missing.md' },
    b: { $md: '../secret.md' },
    c: { $md: 'none.{lang}.md' },
    d: { en: { $md: 'no-alt.md' } },
  };
  const result = buildPack(skeleton, sources({ 'no-alt.md': 'Text\n\n![](x.png)' }));
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(
    result.errors.map((error) => error.path),
    [
      ['a', '$md'],
      ['b', '$md'],
      ['c', '$md'],
      ['d', 'en', '$md'],
    ],
  );
  assert.match(result.errors[3]!.message, /no-alt\.md: line 3/);
});

test('a built pack is validated like any other', () => {
  const result = buildPack({ id: 'x', description: { $md: 'a.md' } }, sources({ 'a.md': 'Hi' }));
  assert.equal(result.ok, false);
  if (!result.ok)
    assert.ok(
      result.errors.some((error) => error.path.length === 0 && /unknown key "description"/.test(error.message)),
    );
});

test('the pack command prints path-named errors and exits 1 on an invalid folder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'mind-pack-bad-'));
  writeFileSync(join(folder, 'pack.json'), JSON.stringify({ id: 'x', version: 1 }));
  try {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', packScript, folder], { stdio: 'pipe' });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    assert.equal(status, 1);
    assert.match(stderr, /^version: expected a string, got number$/m);
    assert.ok(!existsSync(join(folder, 'dist')), 'nothing is written');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
