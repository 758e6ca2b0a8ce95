import { expect } from '@open-wc/testing';
import { mindEvent, type MindEvent, type MindEventMap } from './mind-event.js';

/** Two events declared as an events file declares them. */
type MindTestPingEvent = MindEvent<'mind-test-ping', { readonly count: number }>;
type MindTestPongEvent = MindEvent<'mind-test-pong', { readonly text: string }>;
type TestEvents = MindEventMap<MindTestPingEvent | MindTestPongEvent>;

declare global {
  interface GlobalEventHandlersEventMap extends TestEvents {}
}

describe('mindEvent', () => {
  it('crosses shadow roots to the document with its detail, cancelable only when asked', () => {
    const host = document.createElement('div');
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    document.body.append(host);
    const heard: Event[] = [];
    const listener = (event: Event) => heard.push(event);
    document.addEventListener('mind-test-ping', listener);
    try {
      inner.dispatchEvent(mindEvent('mind-test-ping', { count: 1 }));
      inner.dispatchEvent(mindEvent('mind-test-ping', { count: 2 }, { cancelable: true }));
    } finally {
      document.removeEventListener('mind-test-ping', listener);
      host.remove();
    }
    expect(heard.map((event) => [(event as CustomEvent).detail.count, event.cancelable])).to.deep.equal([
      [1, false],
      [2, true],
    ]);
  });

  it('types each name of a MindEventMap with its own event and detail', () => {
    // Checked by the compiler: a listener typed from the map reads its own detail, not another's.
    const ping = (event: TestEvents['mind-test-ping']) => event.detail.count;
    // @ts-expect-error: `mind-test-pong` carries text, not a count.
    const pong = (event: TestEvents['mind-test-pong']) => event.detail.count;
    const event = mindEvent('mind-test-ping', { count: 3 }) as MindTestPingEvent;
    expect(event.type).to.equal('mind-test-ping');
    expect(ping(event)).to.equal(3);
    expect(pong).to.be.a('function');
  });
});

// What a dispatch may name and carry is the compiler's to refuse (`npm test` type-checks the tests):
// these are never called, and each line fails the type-check if it compiles.
export const refusedDispatches = (either: 'mind-test-ping' | 'mind-test-pong') => [
  // @ts-expect-error: `mind-test-ping` carries a count, not text.
  mindEvent('mind-test-ping', { text: 'three' }),
  // @ts-expect-error: no events file declares `mind-test-nothing`.
  mindEvent('mind-test-nothing', {}),
  // @ts-expect-error: a name that may be either event cannot carry the detail of one.
  mindEvent(either, { count: 1 }),
];
