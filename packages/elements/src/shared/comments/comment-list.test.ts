import { expect } from '@open-wc/testing';
import type { ReviewComment } from '@mindshare/core';
import { html } from 'lit';
import { mountTemplate } from '../../testing/template-host.js';
import { commentList, seekVideo, sortComments, type CommentListOptions } from './comment-list.js';

const words = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();

describe('sortComments', () => {
  it('orders comments by time, keeping the written order of equal times, without changing the list given', () => {
    const given: ReviewComment[] = [
      { atMs: 42_000, text: 'Name the outcome.' },
      { atMs: 12_000, text: 'Great opening.' },
      { atMs: 30_000, text: 'First at 0:30.' },
      { atMs: 30_000, text: 'Second at 0:30.' },
    ];
    const copy = [...given];
    expect(sortComments(given).map((comment) => comment.text)).to.deep.equal([
      'Great opening.',
      'First at 0:30.',
      'Second at 0:30.',
      'Name the outcome.',
    ]);
    expect(given).to.deep.equal(copy);
  });
});

describe('seekVideo', () => {
  it('moves a player to a time in seconds, even before its media is loaded', () => {
    const video = document.createElement('video');
    seekVideo(video, 12_400);
    expect(video.currentTime).to.equal(12.4);
  });

  it('does nothing without a player', () => {
    expect(() => seekVideo(null, 1_000)).not.to.throw();
    expect(() => seekVideo(undefined, 1_000)).not.to.throw();
  });
});

describe('commentList', () => {
  const comments: ReviewComment[] = [
    { atMs: 42_000, text: 'Name the outcome here.' },
    { atMs: 3_725_000, text: 'Close with a question.' },
    { atMs: 12_400, text: 'Great opening.' },
  ];

  /** The list of {@link comments} labelled "Comments", with `options` over seeking nowhere. */
  const mountList = (options: Partial<CommentListOptions> = {}) =>
    mountTemplate(() => commentList({ comments, label: 'Comments', seekPrefix: 'Go to', seek: () => {}, ...options }));

  it('lists comments in time order, named, each a button that reads its time and text', async () => {
    const el = await mountList();
    await expect(el).to.be.accessible();
    const list = el.shadowRoot!.querySelector('ol[part="comments"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Comments');
    const items = [...list.querySelectorAll(':scope > li[part="comment"]')];
    expect(items.map((item) => words(item.querySelector('button')!))).to.deep.equal([
      'Go to 0:12, Great opening.',
      'Go to 0:42, Name the outcome here.',
      'Go to 1:02:05, Close with a question.',
    ]);
    expect([...list.querySelectorAll('[part="timestamp"]')].map((stamp) => stamp.textContent)).to.deep.equal([
      '0:12',
      '0:42',
      '1:02:05',
    ]);
    expect([...list.querySelectorAll('button')].every((button) => button.type === 'button')).to.equal(true);
  });

  it('seeks the video to the time of the comment clicked', async () => {
    const video = document.createElement('video');
    const asked: number[] = [];
    const el = await mountList({
      seek: (atMs) => {
        asked.push(atMs);
        seekVideo(video, atMs);
      },
    });
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="comment"] button')];
    buttons[1]!.click();
    expect(video.currentTime).to.equal(42);
    buttons[0]!.click();
    expect(video.currentTime).to.equal(12.4);
    expect(asked).to.deep.equal([42_000, 12_400]);
  });

  it('adds the extra control of each comment after its button, in the order shown', async () => {
    const removed: string[] = [];
    const el = await mountList({
      extra: (comment, index) =>
        html`<button type="button" class="remove" @click=${() => removed.push(`${index}:${comment.text}`)}>
          Remove
        </button>`,
    });
    await expect(el).to.be.accessible();
    const items = [...el.shadowRoot!.querySelectorAll('[part="comment"]')];
    expect(items.map((item) => [...item.querySelectorAll('button')].map((button) => button.className))).to.deep.equal([
      ['seek', 'remove'],
      ['seek', 'remove'],
      ['seek', 'remove'],
    ]);
    items[2]!.querySelector<HTMLButtonElement>('.remove')!.click();
    expect(removed).to.deep.equal(['2:Close with a question.']);
  });
});
