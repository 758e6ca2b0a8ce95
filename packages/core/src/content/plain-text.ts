import type { Block, Inline, RichText } from './rich-text.schema.js';

const inline = (node: Inline): string =>
  node.type === 'text' || node.type === 'code'
    ? node.text
    : node.type === 'image'
      ? node.alt
      : node.type === 'break'
        ? '\n'
        : node.children.map(inline).join('');

const block = (node: Block): string =>
  node.type === 'list'
    ? node.items.map((item) => `- ${item.map(block).join(' ')}`).join('\n')
    : node.children.map(inline).join('');

/**
 * Rich text as plain text, for a table cell or a CSV export: paragraphs on lines of their own,
 * list items after "- ", images by their alternative text, links by their words.
 */
export function plainText(text: RichText): string {
  return typeof text === 'string' ? text : text.map(block).join('\n');
}
