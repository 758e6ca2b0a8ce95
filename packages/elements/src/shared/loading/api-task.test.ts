import { expect } from '@open-wc/testing';
import { MindError, type MindshareApi } from '@mindshare/core';
import { LitElement } from 'lit';
import { ApiTask } from './api-task.js';

/** A load that answers when the test says so. */
interface Call {
  readonly key: string;
  answer(value: string): Promise<void>;
  fail(error: unknown): Promise<void>;
}

/** A host whose `api` and `key` drive an ApiTask, recording each call it makes. */
class TaskHost extends LitElement {
  api: MindshareApi | undefined;
  key = 'a';
  readonly calls: Call[] = [];
  readonly load = new ApiTask(this, {
    api: () => this.api,
    args: () => [this.key] as const,
    load: (_api, [key]) =>
      new Promise<string>((resolve, reject) => {
        const settle = async (done: () => void) => {
          done();
          // Lets the answer reach the task, then its update finish.
          await new Promise((next) => setTimeout(next));
          await this.updateComplete;
        };
        this.calls.push({
          key,
          answer: (value) => settle(() => resolve(value)),
          fail: (error) => settle(() => reject(error)),
        });
      }),
    failed: (error) => (error === 'refused' ? 'forbidden' : 'error'),
  });

  async set(values: Partial<Pick<TaskHost, 'api' | 'key'>>): Promise<void> {
    Object.assign(this, values);
    this.requestUpdate();
    await this.updateComplete;
  }
}
customElements.define('mind-test-api-task', TaskHost);

/** A host whose `rows` only ever grow the list it shows: more rows keep the shown ones on screen. */
class GrowingHost extends LitElement {
  api: MindshareApi | undefined;
  rows = 5;
  readonly answers: ((value: number) => void)[] = [];
  readonly load = new ApiTask(this, {
    api: () => this.api,
    args: () => [this.rows] as const,
    load: () => new Promise<number>((resolve) => this.answers.push(resolve)),
    grows: ([shown], [next]) => next > shown,
  });
}
customElements.define('mind-test-api-task-growing', GrowingHost);

const api = (): MindshareApi => ({}) as MindshareApi;

async function host(): Promise<TaskHost> {
  const el = document.createElement('mind-test-api-task') as TaskHost;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('ApiTask', () => {
  afterEach(() => document.querySelectorAll('mind-test-api-task').forEach((el) => el.remove()));

  it('reads as loading without an API, and loads once one arrives', async () => {
    const el = await host();
    expect(el.load.status).to.equal('loading');
    expect(el.calls).to.have.length(0);
    await el.set({ api: api() });
    expect(el.calls).to.have.length(1);
    await el.calls[0]!.answer('A');
    expect([el.load.status, el.load.value]).to.deep.equal(['ready', 'A']);
    await el.set({ api: undefined });
    expect([el.load.status, el.load.value]).to.deep.equal(['loading', undefined]);
  });

  it('loads once for changes made together, and never lets a slow answer for an older key win', async () => {
    const el = await host();
    el.api = api();
    await el.set({ key: 'b' });
    expect(el.calls.map((call) => call.key)).to.deep.equal(['b']);
    await el.set({ key: 'c' });
    await el.calls[1]!.answer('C');
    await el.calls[0]!.answer('B');
    expect([el.load.status, el.load.value]).to.deep.equal(['ready', 'C']);
  });

  it('keeps the shown result during a quiet reload, not during a load for another key', async () => {
    const el = await host();
    await el.set({ api: api() });
    await el.calls[0]!.answer('A');
    void el.load.reload(true);
    await el.updateComplete;
    expect([el.load.status, el.load.value]).to.deep.equal(['ready', 'A']);
    await el.calls[1]!.answer('A2');
    expect(el.load.value).to.equal('A2');
    await el.set({ key: 'b' });
    expect(el.load.status).to.equal('loading');
  });

  it('does not pass the shown result off as the answer of a quiet reload for changed arguments', async () => {
    const el = await host();
    await el.set({ api: api() });
    await el.calls[0]!.answer('A');
    // A live update lands after a property changed but before the element updated (a page turned).
    el.key = 'b';
    void el.load.reload(true);
    expect(el.calls.at(-1)!.key).to.equal('b');
    expect(el.load.status, 'key a’s result shown as key b’s').to.equal('loading');
    await el.calls.at(-1)!.answer('B');
    expect([el.load.status, el.load.value]).to.deep.equal(['ready', 'B']);
  });

  it('names each failure for the view, and a quiet reload over a failure shows loading', async () => {
    const el = await host();
    await el.set({ api: api() });
    await el.calls[0]!.fail('refused');
    expect(el.load.status).to.equal('forbidden');
    void el.load.reload(true);
    expect(el.load.status).to.equal('loading');
    const failure = new Error('down');
    await el.calls[1]!.fail(failure);
    expect([el.load.status, el.load.error, el.load.value]).to.deep.equal(['error', failure, undefined]);
  });

  it('loads again when the connection comes back after a load failed for want of it, not after other failures', async () => {
    const el = await host();
    await el.set({ api: api() });
    await el.calls[0]!.fail(new MindError('MIND_NETWORK', 'offline'));
    expect(el.load.status).to.equal('error');
    window.dispatchEvent(new Event('online'));
    expect(el.calls, 'not loaded again with the connection').to.have.length(2);
    await el.calls[1]!.answer('A');
    expect([el.load.status, el.load.value]).to.deep.equal(['ready', 'A']);
    void el.load.reload();
    await el.calls[2]!.fail(new MindError('MIND_FORBIDDEN', 'no'));
    window.dispatchEvent(new Event('online'));
    expect(el.calls, 'a refusal is not a connection problem').to.have.length(3);
  });

  it('drops an answer that arrives after the element left the page, and loads again when it is back', async () => {
    const el = await host();
    await el.set({ api: api() });
    el.remove();
    await el.calls[0]!.answer('A');
    expect([el.load.status, el.load.value]).to.deep.equal(['loading', undefined]);
    document.body.append(el);
    await el.updateComplete;
    expect(el.calls).to.have.length(2);
    await el.calls[1]!.answer('A');
    expect([el.load.status, el.load.value]).to.deep.equal(['ready', 'A']);
  });

  it('keeps the shown result while arguments that only extend it load, not while others do', async () => {
    const el = document.createElement('mind-test-api-task-growing') as GrowingHost;
    document.body.append(el);
    el.api = api();
    el.requestUpdate();
    await el.updateComplete;
    el.answers[0]!(5);
    await new Promise((resolve) => setTimeout(resolve));
    expect([el.load.status, el.load.value]).to.deep.equal(['ready', 5]);
    el.rows = 10;
    el.requestUpdate();
    await el.updateComplete;
    expect([el.load.status, el.load.value], 'more rows flashed "Loading…"').to.deep.equal(['ready', 5]);
    el.answers[1]!(10);
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.load.value).to.equal(10);
    el.rows = 3;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.load.status, 'fewer rows passed the old result off as theirs').to.equal('loading');
    el.remove();
  });
});
