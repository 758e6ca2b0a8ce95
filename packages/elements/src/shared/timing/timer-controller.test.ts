import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import { defineElement } from '../base/define.js';
import { formatClock } from './duration-format.js';
import { TIMER_THRESHOLDS, TimerController } from './timer-controller.js';

/** A clock the test moves by hand, as the engine's `api.now()`. */
let clock = 0;

/** An element with a countdown, as the quiz has: the time left on screen, what it would speak, and expiry. */
class TimerProbe extends LitElement {
  readonly spoken: number[] = [];
  expiries = 0;
  renders = 0;
  /** Set before mounting: how often the controller reads the clock by itself (never, by default). */
  intervalMs = 1e9;
  thresholds: readonly number[] | undefined;
  timer!: TimerController;

  override connectedCallback(): void {
    // Made here rather than in a field, so a test can set the options first.
    this.timer ??= new TimerController(this, {
      now: () => clock,
      onExpire: () => this.expiries++,
      onThreshold: (secondsLeft) => this.spoken.push(secondsLeft),
      intervalMs: this.intervalMs,
      ...(this.thresholds ? { thresholds: this.thresholds } : {}),
    });
    super.connectedCallback();
  }

  override render() {
    this.renders++;
    return this.timer.remainingMs === undefined
      ? nothing
      : html`<p part="timer">${formatClock(this.timer.remainingMs)}</p>`;
  }
}
defineElement('mind-test-timer-probe', TimerProbe);

const shown = (el: TimerProbe) => el.shadowRoot!.querySelector('[part="timer"]')?.textContent ?? '';

async function probe(options: { intervalMs?: number; thresholds?: readonly number[] } = {}): Promise<TimerProbe> {
  const el = document.createElement('mind-test-timer-probe') as TimerProbe;
  if (options.intervalMs !== undefined) el.intervalMs = options.intervalMs;
  el.thresholds = options.thresholds;
  return fixture<TimerProbe>(el);
}

/** Moves the clock to `msLeft` before the deadline and lets the timer read it. */
async function at(el: TimerProbe, deadline: number, msLeft: number): Promise<void> {
  clock = deadline - msLeft;
  el.timer.tick();
  await el.updateComplete;
}

describe('TimerController', () => {
  beforeEach(() => {
    clock = 1_000_000;
  });

  it('shows the time left on the engine clock from the start, and nothing before or after', async () => {
    const el = await probe();
    expect(el.timer.running).to.equal(false);
    expect(shown(el)).to.equal('');
    el.timer.start(clock + 6 * 60_000);
    await el.updateComplete;
    expect(el.timer.running).to.equal(true);
    expect(shown(el)).to.equal('6:00');
    clock += 65_000;
    el.timer.tick();
    await el.updateComplete;
    expect(shown(el)).to.equal('4:55');
    el.timer.stop();
    el.requestUpdate();
    await el.updateComplete;
    expect(el.timer.running).to.equal(false);
    expect(shown(el), 'a stopped timer still shows').to.equal('');
    clock += 10 * 60_000;
    el.timer.tick();
    expect(el.expiries, 'a stopped timer expired').to.equal(0);
  });

  it('speaks at five minutes, one minute, 30 and 10 seconds left, once each, with the seconds left', async () => {
    expect(TIMER_THRESHOLDS).to.deep.equal([300, 60, 30, 10]);
    const el = await probe();
    const deadline = clock + 6 * 60_000;
    el.timer.start(deadline);
    expect(el.spoken, 'spoke at the start').to.deep.equal([]);
    await at(el, deadline, 301_000);
    expect(el.spoken).to.deep.equal([]);
    await at(el, deadline, 300_000);
    expect(el.spoken).to.deep.equal([300]);
    await at(el, deadline, 299_000);
    await at(el, deadline, 200_000);
    expect(el.spoken, 'spoke between thresholds').to.deep.equal([300]);
    await at(el, deadline, 59_500);
    expect(el.spoken).to.deep.equal([300, 60]);
    await at(el, deadline, 30_000);
    await at(el, deadline, 29_000);
    await at(el, deadline, 9_200);
    await at(el, deadline, 5_000);
    expect(el.spoken).to.deep.equal([300, 60, 30, 10]);
  });

  it('speaks once when one reading of the clock crosses several thresholds, the time actually left', async () => {
    const el = await probe();
    const deadline = clock + 2 * 60_000;
    el.timer.start(deadline);
    await at(el, deadline, 25_000); // the tab slept through one minute and 30 seconds
    expect(el.spoken).to.deep.equal([25]);
    await at(el, deadline, 20_000);
    expect(el.spoken, 'a threshold passed over was spoken late').to.deep.equal([25]);
    await at(el, deadline, 10_000);
    expect(el.spoken).to.deep.equal([25, 10]);
  });

  it('does not speak, late, the thresholds already behind a resumed attempt', async () => {
    const el = await probe();
    const deadline = clock + 45_000;
    el.timer.start(deadline);
    await el.updateComplete;
    expect(shown(el)).to.equal('0:45');
    expect(el.spoken).to.deep.equal([]);
    await at(el, deadline, 40_000);
    expect(el.spoken).to.deep.equal([]);
    await at(el, deadline, 30_000);
    expect(el.spoken).to.deep.equal([30]);
  });

  it('speaks at the thresholds it is given', async () => {
    const el = await probe({ thresholds: [20] });
    const deadline = clock + 6 * 60_000;
    el.timer.start(deadline);
    await at(el, deadline, 300_000);
    await at(el, deadline, 60_000);
    await at(el, deadline, 30_000);
    expect(el.spoken).to.deep.equal([]);
    await at(el, deadline, 20_000);
    expect(el.spoken).to.deep.equal([20]);
  });

  it('expires exactly once when the deadline passes, showing 0:00', async () => {
    const el = await probe();
    const deadline = clock + 15_000;
    el.timer.start(deadline);
    await at(el, deadline, 1);
    expect(el.expiries).to.equal(0);
    await at(el, deadline, -2_000);
    expect(el.expiries).to.equal(1);
    expect(el.timer.running).to.equal(false);
    expect(el.timer.remainingMs).to.equal(0);
    expect(shown(el)).to.equal('0:00');
    await at(el, deadline, -5_000);
    expect(el.expiries, 'expired twice').to.equal(1);
  });

  it('expires at once when started after its deadline (an attempt resumed too late)', async () => {
    const el = await probe({ intervalMs: 10 });
    el.timer.start(clock - 1_000);
    expect(el.expiries).to.equal(1);
    expect(el.timer.running).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.expiries).to.equal(1);
    expect(el.spoken).to.deep.equal([]);
  });

  it('starts over for a new deadline, expiring again', async () => {
    const el = await probe();
    el.timer.start(clock + 1_000);
    clock += 1_000;
    el.timer.tick();
    expect(el.expiries).to.equal(1);
    el.timer.start(clock + 40_000);
    expect(el.timer.running).to.equal(true);
    await at(el, clock + 40_000, 0);
    expect(el.expiries).to.equal(2);
  });

  it('re-renders only when the second shown changes', async () => {
    const el = await probe();
    const deadline = clock + 60_500;
    el.timer.start(deadline);
    await el.updateComplete;
    const renders = el.renders;
    await at(el, deadline, 60_400);
    await at(el, deadline, 60_001);
    expect(el.renders, 'rendered for a tick within the second shown').to.equal(renders);
    await at(el, deadline, 59_900);
    expect(el.renders).to.equal(renders + 1);
    expect(shown(el)).to.equal('1:00');
  });

  it('counts down by itself, pauses off the page and goes on when back', async () => {
    const el = await probe({ intervalMs: 10 });
    el.timer.start(clock + 3_000);
    await el.updateComplete;
    expect(shown(el)).to.equal('0:03');
    clock += 1_500;
    await waitUntil(() => shown(el) === '0:02', 'the countdown did not move by itself');
    const parent = el.parentElement!;
    el.remove();
    clock += 5_000;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.expiries, 'expired while off the page').to.equal(0);
    parent.append(el);
    await waitUntil(() => el.expiries === 1, 'did not expire once back on the page');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.expiries).to.equal(1);
  });
});
