import { expect } from '@open-wc/testing';
import { MindError } from '@mindshare/core';
import { LitElement } from 'lit';
import { defineElement } from '../base/define.js';
import { RetryLater, retryTiming } from './retry-later.js';

/** A host showing `failure` (or nothing), counting the tries RetryLater makes. */
class RetryHost extends LitElement {
  failure: unknown;
  tries = 0;
  readonly retry = new RetryLater(
    this,
    () => this.failure,
    () => this.tries++,
  );
}
defineElement('mind-test-retry-later', RetryHost);

const offline = () => new MindError('MIND_NETWORK', 'offline');

/** Pretends the page is hidden or shown, as a phone put in a pocket and taken out. */
function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

async function host(failure: unknown): Promise<RetryHost> {
  const el = document.createElement('mind-test-retry-later') as RetryHost;
  el.failure = failure;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('RetryLater', () => {
  const { delay } = retryTiming;
  afterEach(() => {
    retryTiming.delay = delay;
    delete (document as { visibilityState?: unknown }).visibilityState;
    document.querySelectorAll('mind-test-retry-later').forEach((el) => el.remove());
  });

  it('tries a transient failure again when the connection comes back, and not a refusal', async () => {
    retryTiming.delay = 60_000;
    const el = await host(offline());
    window.dispatchEvent(new Event('online'));
    expect(el.tries).to.equal(1);
    el.failure = new MindError('MIND_FORBIDDEN', 'no');
    window.dispatchEvent(new Event('online'));
    expect(el.tries, 'a refusal tried again').to.equal(1);
  });

  it('waits while the page is hidden (a try may start a clock nobody sees), then tries when it is shown', async () => {
    retryTiming.delay = 60_000;
    const el = await host(offline());
    setVisibility('hidden');
    window.dispatchEvent(new Event('online'));
    expect(el.tries, 'tried while hidden').to.equal(0);
    setVisibility('visible');
    expect(el.tries).to.equal(1);
  });

  it('lets a scheduled try go when the failure it was for is no longer shown', async () => {
    retryTiming.delay = 50;
    const el = await host(offline());
    el.retry.check();
    el.failure = undefined; // The seller tapped Try again: the view shows something else.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(el.tries).to.equal(0);
    el.failure = offline();
    el.retry.check();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(el.tries).to.equal(1);
  });

  it('stops listening once the element leaves the page', async () => {
    const el = await host(offline());
    el.remove();
    window.dispatchEvent(new Event('online'));
    expect(el.tries).to.equal(0);
  });
});
