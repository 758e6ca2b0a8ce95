import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError } from '../errors/mind-error.js';
import { BlockSchema, type Block } from '../content/rich-text.schema.js';
import { compileMarkdown } from './compile-markdown.js';

const text = (value: string) => ({ type: 'text', text: value }) as const;

function assertValid(blocks: Block[]): void {
  for (const block of blocks) assert.ok(BlockSchema.safeParse(block).success, JSON.stringify(block));
}

test('headings start at level 2 and are clamped to 4', () => {
  const blocks = compileMarkdown('# One\n\n## Two\n\n### Three\n\n###### Six');
  assert.deepEqual(
    blocks.map((block) => (block.type === 'heading' ? block.level : 0)),
    [2, 3, 4, 4],
  );
  assertValid(blocks);
});

test('paragraphs keep emphasis, strong, inline code and line breaks', () => {
  const blocks = compileMarkdown('Plain *em* **strong** `x < 1`  \nnext');
  assert.deepEqual(blocks, [
    {
      type: 'paragraph',
      children: [
        text('Plain '),
        { type: 'emphasis', children: [text('em')] },
        text(' '),
        { type: 'strong', children: [text('strong')] },
        text(' '),
        { type: 'code', text: 'x < 1' },
        { type: 'break' },
        text('next'),
      ],
    },
  ]);
});

test('ordered, unordered and nested lists', () => {
  const blocks = compileMarkdown('1. one\n   - a\n   - b\n2. two');
  assert.deepEqual(blocks, [
    {
      type: 'list',
      ordered: true,
      items: [
        [
          { type: 'paragraph', children: [text('one')] },
          {
            type: 'list',
            ordered: false,
            items: [[{ type: 'paragraph', children: [text('a')] }], [{ type: 'paragraph', children: [text('b')] }]],
          },
        ],
        [{ type: 'paragraph', children: [text('two')] }],
      ],
    },
  ]);
});

test('safe links are kept; other schemes become the plain label', () => {
  const blocks = compileMarkdown(
    '[a](https://x.example) [m](mailto:a@x.example) [j](javascript:alert(1)) [r](/relative) [d](data:text/html,x)',
  );
  assert.deepEqual(blocks, [
    {
      type: 'paragraph',
      children: [
        { type: 'link', href: 'https://x.example', children: [text('a')] },
        text(' '),
        { type: 'link', href: 'mailto:a@x.example', children: [text('m')] },
        text(' j r d'),
      ],
    },
  ]);
});

test('images keep their alt text', () => {
  assert.deepEqual(compileMarkdown('![Price chart](media/prices.png)'), [
    { type: 'paragraph', children: [{ type: 'image', src: 'media/prices.png', alt: 'Price chart' }] },
  ]);
});

test('an image without alt text is an error naming its line and source', () => {
  assert.throws(
    () => compileMarkdown('Intro\n\nMore\n![](media/chart.png)'),
    (error: unknown) =>
      isMindError(error, 'MIND_INVALID_CONTENT') &&
      /line 4/.test(error.message) &&
      /media\/chart\.png/.test(error.message),
  );
  assert.throws(
    () => compileMarkdown('![x](javascript:alert(1))'),
    (error: unknown) => isMindError(error, 'MIND_INVALID_CONTENT'),
  );
});

test('code blocks become a paragraph of code', () => {
  assert.deepEqual(compileMarkdown('```js\nconst a = "<b>";\n```'), [
    { type: 'paragraph', children: [{ type: 'code', text: 'const a = "<b>";' }] },
  ]);
});

test('raw HTML is never passed through: it stays text, shown as typed', () => {
  const blocks = compileMarkdown('<script>alert(1)</script>\n\nHi <b onclick="x()">there</b> &amp; you');
  assert.deepEqual(blocks, [
    { type: 'paragraph', children: [text('<script>alert(1)</script>')] },
    { type: 'paragraph', children: [text('Hi <b onclick="x()">there</b> & you')] },
  ]);
});

test('property: any markdown compiles to a valid tree (or a MIND_INVALID_CONTENT error), never to HTML nodes', () => {
  const pieces = fc.constantFrom(
    '# ',
    '*',
    '**',
    '`',
    '[',
    '](',
    ')',
    '![',
    '<div>',
    '</div>',
    '<img src=x>',
    '\n',
    '\n\n',
    '- ',
    '1. ',
    '> ',
    'http://x.y',
    'javascript:',
    '&amp;',
    '|',
    '---',
    '    ',
    'word ',
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
      let blocks: Block[];
      try {
        blocks = compileMarkdown(parts.join(''));
      } catch (error) {
        assert.ok(isMindError(error, 'MIND_INVALID_CONTENT'), String(error));
        return;
      }
      // BlockSchema admits only https/http/mailto links and safe media sources.
      assertValid(blocks);
      const types = new Set(JSON.stringify(blocks).match(/"type":"[a-z]+"/g) ?? []);
      for (const type of types)
        assert.match(type, /"type":"(paragraph|heading|list|text|emphasis|strong|code|link|image|break)"/);
    }),
    { numRuns: 400 },
  );
});
