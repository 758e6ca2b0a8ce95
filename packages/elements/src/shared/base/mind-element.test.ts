import { expect, fixture, html } from '@open-wc/testing';
import type { MindshareApi, MindshareChange } from '@mindshare/core';
import type { TemplateResult } from 'lit';
import { ApiTask } from '../loading/api-task.js';
import { defineElement } from './define.js';
import { MindElement, type MindChangeController, type MindLink } from './mind-element.js';
import type { MindEvent, MindEventMap } from './mind-event.js';

// The event the link test dispatches, declared as an events file declares one.
declare global {
  interface GlobalEventHandlersEventMap extends MindEventMap<
    MindEvent<'mind-test-linked', { readonly count: number }>
  > {}
}

/** An API that says who subscribed and sends the change events a test makes up. */
function changingApi() {
  const listeners = new Set<(change: MindshareChange) => void>();
  const api = {
    subscribe(listener: (change: MindshareChange) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as MindshareApi;
  const change = (...areas: MindshareChange['areas']) => {
    for (const listener of [...listeners]) listener({ origin: 'local', areas });
  };
  return { api, change, listeners };
}

/** An element that shows its view in the base part, with an announcement when it has one. */
class BaseProbe extends MindElement {
  announcement: string | undefined;
  override render(): TemplateResult {
    return this.renderBase(html`<p>View</p>`, this.announcement);
  }
}
defineElement('mind-test-base-probe', BaseProbe);

/** An element that hands its link out, and logs what it and a controller of its hear of changes. */
class ChangeProbe extends MindElement {
  readonly heard: string[] = [];
  readonly controller: MindChangeController = {
    mindshareChanged: (change) => this.heard.push(`controller ${change.areas.join()}`),
  };
  constructor() {
    super();
    this.addController(this.controller);
  }
  get handed(): MindLink {
    return this.link;
  }
  protected override mindshareChanged(change: MindshareChange): void {
    this.heard.push(`element ${change.areas.join()}`);
  }
}
defineElement('mind-test-change-probe', ChangeProbe);

/** An element whose load reads the `pitch` area, and `feed` while `withFeed`, counting its loads. */
class ReloadProbe extends MindElement {
  loads = 0;
  withFeed = false;
  readonly load = new ApiTask(this, {
    api: this.link.api,
    args: () => [],
    load: async () => ++this.loads,
    reloadOn: () => (this.withFeed ? ['pitch', 'feed'] : ['pitch']),
  });
  override render(): TemplateResult {
    return html`<p>${this.load.status}</p>`;
  }
}
defineElement('mind-test-reload-probe', ReloadProbe);

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('MindElement', () => {
  it('draws the base part in the language and direction it resolved, with a status region when it announces', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="ar"><mind-test-base-probe></mind-test-base-probe></div>`,
    );
    const el = wrapper.querySelector<BaseProbe>('mind-test-base-probe')!;
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect([base.getAttribute('lang'), base.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    expect(base.querySelector('p')?.textContent).to.equal('View');
    expect(base.querySelector('[role="status"]'), 'a status region without an announcement').to.equal(null);

    el.announcement = '';
    el.requestUpdate();
    await el.updateComplete;
    const status = base.querySelector('[role="status"]');
    expect(status?.classList.contains('visually-hidden')).to.equal(true);
    el.announcement = 'Saved';
    el.requestUpdate();
    await el.updateComplete;
    expect(base.querySelector('[role="status"]'), 'the region was drawn again').to.equal(status);
    expect(status!.textContent).to.equal('Saved');
  });

  it('links its controllers to the API in use and to its events', async () => {
    const el = await fixture<ChangeProbe>(html`<mind-test-change-probe></mind-test-change-probe>`);
    const { handed } = el;
    expect(handed.api()).to.equal(undefined);
    const { api } = changingApi();
    el.api = api;
    expect(handed.api(), 'the link kept the API it had when handed out').to.equal(api);

    const heard: Event[] = [];
    const listener = (event: Event) => heard.push(event);
    document.addEventListener('mind-test-linked', listener);
    try {
      expect(handed.emit('mind-test-linked', { count: 1 })).to.equal(true);
    } finally {
      document.removeEventListener('mind-test-linked', listener);
    }
    expect(heard.map((event) => [(event as CustomEvent).detail, event.bubbles, event.composed])).to.deep.equal([
      [{ count: 1 }, true, true],
    ]);
  });

  it('tells its change controllers of each change event of the API in use, before itself', async () => {
    const el = await fixture<ChangeProbe>(html`<mind-test-change-probe></mind-test-change-probe>`);
    const first = changingApi();
    el.api = first.api;
    await el.updateComplete;
    first.change('pitch');
    expect(el.heard).to.deep.equal(['controller pitch', 'element pitch']);

    // Another API: only its events count.
    const second = changingApi();
    el.api = second.api;
    await el.updateComplete;
    first.change('feed');
    second.change('mastery');
    expect(el.heard.slice(2)).to.deep.equal(['controller mastery', 'element mastery']);

    // A controller taken away hears no more.
    el.removeController(el.controller);
    second.change('engagement');
    expect(el.heard.slice(4)).to.deep.equal(['element engagement']);
  });

  it('reloads an ApiTask quietly on a change event in the areas it reads, and not on others', async () => {
    const el = await fixture<ReloadProbe>(html`<mind-test-reload-probe></mind-test-reload-probe>`);
    const { api, change } = changingApi();
    el.api = api;
    await el.updateComplete;
    await el.load.task.taskComplete;
    await el.updateComplete;
    expect([el.load.status, el.load.value]).to.deep.equal(['ready', 1]);

    change('feed', 'mastery');
    await settle();
    expect(el.loads, 'reloaded on areas it does not read').to.equal(1);

    change('feed', 'pitch');
    expect(el.load.status, 'a quiet reload hid the result').to.equal('ready');
    await el.load.task.taskComplete;
    await el.updateComplete;
    expect([el.load.status, el.load.value]).to.deep.equal(['ready', 2]);

    // Areas given by a function are read at each event: they follow the element's state.
    change('feed');
    await settle();
    expect(el.loads, 'reloaded on feed before it read it').to.equal(2);
    el.withFeed = true;
    change('feed');
    await el.load.task.taskComplete;
    await el.updateComplete;
    expect([el.load.status, el.load.value]).to.deep.equal(['ready', 3]);
  });
});

// Never called: the compiler refuses it (`npm test` type-checks the tests), as it refuses a detail
// of the wrong shape through an element's link.
export const refusedLinkDispatch = (link: MindLink) =>
  // @ts-expect-error: `mind-test-linked` carries a count, not text.
  link.emit('mind-test-linked', { count: 'one' });
