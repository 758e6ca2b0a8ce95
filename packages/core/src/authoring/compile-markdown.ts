import { Lexer, type Token, type Tokens } from 'marked';
import { MindError } from '../errors/mind-error.js';
import type { Block, Inline } from '../content/rich-text.schema.js';
import { isSafeUrl, MediaUrlSchema } from '../content/safe-url.schema.js';

/**
 * Compiles authored markdown into the rich-text token tree (`Block[]`) that elements render with
 * templates. Authoring time only: it pulls in `marked`, which must never reach the page's bundle.
 *
 * - `#` becomes a level-2 heading (level 1 belongs to the page), deeper levels are clamped to 4.
 * - Links keep only `https:`, `http:` and `mailto:` targets; any other link becomes its label.
 * - Raw HTML is never passed through: it becomes plain text, shown as typed.
 * - Code blocks become a paragraph holding inline code; block quotes and tables are flattened to
 *   paragraphs; horizontal rules are dropped (the tree has no such blocks).
 *
 * @throws MindError `MIND_INVALID_CONTENT` for an image without alt text or with an unsafe
 *   source, naming the line and the source so the author can fix it.
 */
export function compileMarkdown(text: string): Block[] {
  const source = text.replace(/\r\n?/g, '\n');
  const compiler = new Compiler(source);
  return compiler.blocks(Lexer.lex(source));
}

class Compiler {
  /** Offset of the top-level block being compiled, to name lines in errors. */
  private blockStart = 0;

  constructor(private readonly source: string) {}

  blocks(tokens: readonly Token[], topLevel = true): Block[] {
    const blocks: Block[] = [];
    for (const token of tokens) {
      blocks.push(...this.block(token));
      if (topLevel) this.blockStart += token.raw.length;
    }
    return blocks;
  }

  private block(token: Token): Block[] {
    switch (token.type) {
      case 'heading': {
        const level = Math.min(4, Math.max(2, (token as Tokens.Heading).depth + 1)) as 2 | 3 | 4;
        return [{ type: 'heading', level, children: this.inlines(token.tokens ?? []) }];
      }
      case 'paragraph':
        return paragraph(this.inlines(token.tokens ?? []));
      case 'text':
        // Tight list items hold bare `text` tokens rather than paragraphs.
        return paragraph(token.tokens ? this.inlines(token.tokens) : [plain(token.text ?? '')]);
      case 'list': {
        const list = token as Tokens.List;
        const items = list.items.map((item) => this.blocks(item.tokens, false));
        return [{ type: 'list', ordered: list.ordered, items }];
      }
      case 'code':
        return [{ type: 'paragraph', children: [{ type: 'code', text: (token as Tokens.Code).text }] }];
      case 'blockquote':
        return this.blocks((token as Tokens.Blockquote).tokens, false);
      case 'table':
        return this.table(token as Tokens.Table);
      case 'html':
        return paragraph([plain(token.raw.trim())]);
      case 'space':
      case 'hr':
      case 'def':
        return [];
      default:
        return paragraph([plain(token.raw.trim())]);
    }
  }

  private table(table: Tokens.Table): Block[] {
    const row = (cells: readonly Tokens.TableCell[]): Block[] => {
      const children: Inline[] = [];
      cells.forEach((cell, index) => {
        if (index > 0) children.push(plain(' | '));
        children.push(...this.inlines(cell.tokens));
      });
      return paragraph(merge(children));
    };
    return [...row(table.header), ...table.rows.flatMap(row)];
  }

  private inlines(tokens: readonly Token[]): Inline[] {
    return merge(tokens.flatMap((token) => this.inline(token)));
  }

  private inline(token: Token): Inline[] {
    switch (token.type) {
      case 'text':
        return token.tokens && token.tokens.length > 0
          ? this.inlines(token.tokens)
          : [plain(decodeEntities(token.text ?? ''))];
      case 'escape':
        return [plain(token.text ?? '')];
      case 'em':
        return [{ type: 'emphasis', children: this.inlines(token.tokens ?? []) }];
      case 'strong':
        return [{ type: 'strong', children: this.inlines(token.tokens ?? []) }];
      case 'del':
        return this.inlines(token.tokens ?? []);
      case 'codespan':
        // Code is shown verbatim: CommonMark does not decode entities inside code spans.
        return [{ type: 'code', text: token.text ?? '' }];
      case 'br':
        return [{ type: 'break' }];
      case 'link': {
        const link = token as Tokens.Link;
        const children = this.inlines(link.tokens);
        return isSafeUrl(link.href) ? [{ type: 'link', href: link.href, children }] : children;
      }
      case 'image':
        return [this.image(token as Tokens.Image)];
      default:
        // Raw HTML (`html`) and anything unknown: shown as the author typed it, never interpreted.
        return [plain(token.raw)];
    }
  }

  private image(image: Tokens.Image): Inline {
    const alt = image.text.trim();
    const where = `line ${this.lineOf(image.raw)}, image "${image.href}"`;
    if (alt.length === 0) {
      throw new MindError(
        'MIND_INVALID_CONTENT',
        `${where}: add alt text describing the image, as in ![A chart of prices](${image.href})`,
      );
    }
    if (!MediaUrlSchema.safeParse(image.href).success) {
      throw new MindError(
        'MIND_INVALID_CONTENT',
        `${where}: the source must be an https:// URL or a path relative to the pack`,
      );
    }
    return { type: 'image', src: image.href, alt: decodeEntities(alt) };
  }

  private lineOf(raw: string): number {
    const found = this.source.indexOf(raw, this.blockStart);
    const offset = found === -1 ? this.blockStart : found;
    let line = 1;
    for (let index = 0; index < offset; index++) if (this.source.charCodeAt(index) === 10) line++;
    return line;
  }
}

function plain(text: string): Inline {
  return { type: 'text', text };
}

function paragraph(children: Inline[]): Block[] {
  return children.length === 0 ? [] : [{ type: 'paragraph', children }];
}

/** Joins neighbouring text runs so the tree stays small and easy to compare. */
function merge(inlines: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    const last = merged[merged.length - 1];
    if (inline.type === 'text' && last?.type === 'text') merged[merged.length - 1] = plain(last.text + inline.text);
    else if (inline.type !== 'text' || inline.text.length > 0) merged.push(inline);
  }
  return merged;
}

const namedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * marked leaves character references in text for its HTML renderer to pass through; the tree is
 * rendered as text, so they are decoded here or `&amp;` would show literally.
 */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return namedEntities[name.toLowerCase()] ?? whole;
  });
}
