import { isSafeMediaUrl, isSafeUrl, type Block, type Inline, type RichText } from '@mindshare/core';
import { html, type TemplateResult } from 'lit';

/** Whether `href` is an absolute `https:`, `http:` or `mailto:` URL (the only links rendered). */
export const isSafeHref = isSafeUrl;

function inline(node: Inline): TemplateResult | string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'emphasis':
      return html`<em>${node.children.map(inline)}</em>`;
    case 'strong':
      return html`<strong>${node.children.map(inline)}</strong>`;
    case 'code':
      return html`<code>${node.text}</code>`;
    case 'link':
      // A link whose URL is not safe keeps its text, never its target.
      return isSafeHref(node.href)
        ? html`<a href=${node.href} target="_blank" rel="noopener noreferrer">${node.children.map(inline)}</a>`
        : html`${node.children.map(inline)}`;
    case 'image':
      return isSafeMediaUrl(node.src) ? html`<img src=${node.src} alt=${node.alt} loading="lazy" />` : node.alt;
    case 'break':
      return html`<br />`;
  }
}

function block(node: Block): TemplateResult {
  switch (node.type) {
    case 'paragraph':
      return html`<p>${node.children.map(inline)}</p>`;
    case 'heading': {
      // Authored headings sit below the element's own heading; levels stay relative.
      const children = node.children.map(inline);
      if (node.level === 2) return html`<h3>${children}</h3>`;
      if (node.level === 3) return html`<h4>${children}</h4>`;
      return html`<h5>${children}</h5>`;
    }
    case 'list': {
      const items = node.items.map((item) => html`<li>${item.map(block)}</li>`);
      return node.ordered
        ? html`<ol>
            ${items}
          </ol>`
        : html`<ul>
            ${items}
          </ul>`;
    }
  }
}

/**
 * Renders authored rich text with Lit templates — never as HTML. Plain text becomes paragraphs
 * (blank lines separate them); a token tree becomes its blocks. Links keep only `https:`, `http:`
 * and `mailto:` targets and open in a new tab.
 */
export function renderRichText(text: RichText): TemplateResult {
  if (typeof text === 'string') {
    const paragraphs = text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph.length > 0);
    return html`${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}`;
  }
  return html`${text.map(block)}`;
}
