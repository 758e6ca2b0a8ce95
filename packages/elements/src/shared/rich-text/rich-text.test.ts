import { expect } from '@open-wc/testing';
import type { RichText } from '@mindshare/core';
import { render } from 'lit';
import { renderRichText } from './rich-text.js';

function mount(text: RichText): HTMLElement {
  const container = document.createElement('div');
  render(renderRichText(text), container);
  return container;
}

describe('renderRichText', () => {
  it('turns plain text into paragraphs, split on blank lines, without interpreting markup', () => {
    const el = mount('First <b>line</b>.\n\nSecond line.');
    const paragraphs = [...el.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).to.deep.equal(['First <b>line</b>.', 'Second line.']);
    expect(el.querySelector('b')).to.equal(null);
  });

  it('renders the token tree: emphasis, strong, code, lists, headings one level down', () => {
    const el = mount([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Plans' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'emphasis', children: [{ type: 'text', text: 'Pro' }] },
          { type: 'text', text: ' and ' },
          { type: 'strong', children: [{ type: 'text', text: 'Enterprise' }] },
          { type: 'break' },
          { type: 'code', text: 'SSO' },
        ],
      },
      { type: 'list', ordered: true, items: [[{ type: 'paragraph', children: [{ type: 'text', text: 'one' }] }]] },
    ]);
    expect(el.querySelector('h3')?.textContent).to.equal('Plans');
    expect(el.querySelector('em')?.textContent).to.equal('Pro');
    expect(el.querySelector('strong')?.textContent).to.equal('Enterprise');
    expect(el.querySelector('br')).to.not.equal(null);
    expect(el.querySelector('code')?.textContent).to.equal('SSO');
    expect(el.querySelector('ol li p')?.textContent).to.equal('one');
  });

  it('keeps only https, http and mailto links; other targets lose the link but keep the text', () => {
    const el = mount([
      {
        type: 'paragraph',
        children: [
          { type: 'link', href: 'https://northwind.example/a', children: [{ type: 'text', text: 'safe' }] },
          { type: 'link', href: 'mailto:team@northwind.example', children: [{ type: 'text', text: 'mail' }] },
          { type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'evil' }] },
        ],
      },
    ]);
    const links = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://northwind.example/a', 'mailto:team@northwind.example']);
    expect(el.textContent).to.contain('evil');
  });

  it('shows images from http(s) or relative paths with their alt text, never data: or javascript:', () => {
    const el = mount([
      {
        type: 'paragraph',
        children: [
          { type: 'image', src: 'media/chart.png', alt: 'Chart' },
          { type: 'image', src: 'data:image/png;base64,AAAA', alt: 'Inline' },
        ],
      },
    ]);
    const images = [...el.querySelectorAll('img')];
    expect(images.map((img) => img.getAttribute('src'))).to.deep.equal(['media/chart.png']);
    expect(images[0]!.alt).to.equal('Chart');
    expect(el.textContent).to.contain('Inline');
  });
});
