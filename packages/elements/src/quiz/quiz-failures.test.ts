import { expect, html, waitUntil } from '@open-wc/testing';
import { MindError, type MindshareApi, type MindshareChange } from '@mindshare/core';
import { contentPack, scenarioWorld, type ScenarioWorld } from '@mindshare/core/testing';
import type { MindErrorDetail } from '../shared/base/mind-error-detail.js';
import { retryTiming } from '../shared/loading/retry-later.js';
import { withOverrides } from '../testing/api-overrides.js';
import { click, find, render, text, until } from '../testing/harness.js';
import './quiz.define.js';
import type { MindQuiz } from './quiz.element.js';

// Issue 14, item 5: failures a person can understand — a full device, an answer another tab gave
// first, a page out of date, a challenge without a time limit — and a mind-error for each error shown.

/** Mounts a quiz and records every mind-error it fires. */
async function mount(api: MindshareApi, challenge = 'spring-launch') {
  const errors: MindErrorDetail[] = [];
  // Listening from the start: a failed first load fires before render() resolves.
  const el = await render<MindQuiz>(
    html`<mind-quiz
      challenge=${challenge}
      .api=${api}
      @mind-error=${(event: CustomEvent<MindErrorDetail>) => errors.push(event.detail)}
    ></mind-quiz>`,
  );
  return { el, errors };
}

async function start(el: MindQuiz) {
  (await until(el, '.start button')).click();
  return until(el, '[part~="question"]');
}

async function answer(el: MindQuiz, value: string) {
  (await until(el, `[part~="question"] input[value="${value}"]`)).click();
  await el.updateComplete;
  click(el, '[part~="question"] button[type="submit"]');
}

/** s-anna's engine, whose `showQuestion` fails as offline until `online()`. */
async function revealingOffline() {
  let offline = true;
  const real = await scenarioWorld().as('s-anna');
  const api = withOverrides(real, {
    showQuestion: (attemptId, questionId) =>
      offline
        ? Promise.reject(new MindError('MIND_NETWORK', 'fetch failed'))
        : real.showQuestion(attemptId, questionId),
  });
  return { api, online: () => (offline = false) };
}

/** Answers the first question and moves on: the second question's reveal meets the outage. */
async function moveOnOffline(el: MindQuiz) {
  await start(el);
  await answer(el, 'pro');
  await until(el, '[part~="verdict"] button');
  click(el, '[part~="verdict"] button');
  await until(el, '.error');
}

/** The real engine of s-anna in `world`, with some of its operations replaced. */
async function engine(world: ScenarioWorld, overrides: Partial<MindshareApi> = {}) {
  return withOverrides(await world.as('s-anna'), overrides);
}

describe('<mind-quiz> failures', () => {
  afterEach(() => sessionStorage.clear());

  it('says the device is full and what to do, with one mind-error MIND_STORAGE_FULL', async () => {
    const api = await engine(scenarioWorld(), {
      answer: () => Promise.reject(new MindError('MIND_STORAGE_FULL', 'batch: quota exceeded')),
    });
    const { el, errors } = await mount(api);
    await start(el);
    await answer(el, 'pro');
    const view = await until(el, '.error');
    expect(view.getAttribute('role')).to.equal('alert');
    expect(text(el, '.error')).to.contain('This device is out of space').and.to.contain('Free some space');
    await expect(el).to.be.accessible();
    el.requestUpdate();
    await el.updateComplete;
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ code: 'MIND_STORAGE_FULL', message: 'batch: quota exceeded' });
  });

  it('says the server cannot be reached when the next question cannot be revealed, and goes on after Try again', async () => {
    const { api, online } = await revealingOffline();
    const { el, errors } = await mount(api);
    // The first question comes with the attempt; the second is revealed when the seller moves on.
    await moveOnOffline(el);
    expect(text(el, '.error')).to.contain('Mindshare cannot be reached').and.to.contain('Check your connection');
    expect(errors.map((error) => error.code)).to.deep.equal(['MIND_NETWORK']);
    online();
    click(el, '.error button');
    await until(el, '[part~="question"]');
    expect(text(el, '#question-prompt')).to.equal('Which plans include SSO?');
  });

  it('reveals the next question by itself when the connection comes back, as its error view says', async () => {
    const { api, online } = await revealingOffline();
    // Far beyond the wait below: only the browser's `online` event can bring the question back.
    const { delay } = retryTiming;
    retryTiming.delay = 60_000;
    try {
      const { el } = await mount(api);
      await moveOnOffline(el);
      expect(text(el, '.error')).to.contain('Mindshare cannot be reached').and.to.contain('Trying again');
      online();
      window.dispatchEvent(new Event('online'));
      await until(el, '[part~="question"]', 'the question did not come back with the connection');
      expect(text(el, '#question-prompt')).to.equal('Which plans include SSO?');
    } finally {
      retryTiming.delay = delay;
    }
  });

  it('shows the verdict of an answer saved offline, and speaks it, once the sync has scored it', async () => {
    const world = scenarioWorld();
    const real = await world.as('s-anna');
    const listeners = new Set<(change: MindshareChange) => void>();
    const unsent: (() => Promise<unknown>)[] = [];
    const api = withOverrides(real, {
      // Saved offline, as the HTTP client's outbox does: scored only when it is sent.
      answer: (attemptId, questionId, response, options) => {
        unsent.push(() => real.answer(attemptId, questionId, response, options));
        return Promise.resolve({ status: 'pending', questionId });
      },
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    });
    const { el } = await mount(api);
    await start(el);
    await answer(el, 'pro');
    await until(el, '[part~="verdict"].pending');
    expect(text(el, '[part~="verdict"]')).to.contain('Answer saved');
    for (const send of unsent) await send();
    for (const listener of listeners) listener({ origin: 'remote', areas: ['challenges'] });
    await until(el, '[part~="verdict"].correct', 'the verdict never replaced "saved, waiting to sync"');
    expect(text(el, '[part~="verdict"]')).to.contain('Correct').and.not.to.contain('Answer saved');
    expect(text(el, '.base > [role="status"]')).to.contain('Correct');
    // The seller goes on from the verdict as from any other.
    click(el, '[part~="verdict"] button');
    await waitUntil(() => text(el, '#question-prompt') === 'Which plans include SSO?', 'no next question');
  });

  it('fires mind-error with the code of a generic error too, once per error shown', async () => {
    let failures = 2;
    const world = scenarioWorld();
    const real = await world.as('s-anna');
    const api = await engine(world, {
      challenges: () =>
        failures-- > 0 ? Promise.reject(new MindError('MIND_BAD_RESPONSE', 'not the contract')) : real.challenges(),
    });
    const { el, errors } = await mount(api);
    await until(el, '.error');
    expect(text(el, '.error')).to.contain('Something went wrong');
    click(el, '.error button');
    await waitUntil(() => errors.length === 2, 'the second failure was not announced');
    click(el, '.error button');
    await until(el, '.start');
    expect(errors.map((error) => error.code)).to.deep.equal(['MIND_BAD_RESPONSE', 'MIND_BAD_RESPONSE']);
  });

  it('shows the verdict another tab gave first and goes on, as if answered here', async () => {
    const world = scenarioWorld();
    const here = await mount(await world.as('s-anna'));
    const there = await mount(await world.as('s-anna'));
    await start(there.el);
    await start(here.el);
    await answer(there.el, 'pro');
    await until(there.el, '[part~="verdict"]');
    const answers: unknown[] = [];
    here.el.addEventListener('mind-answer', (event) => answers.push(event.detail.outcome));
    await answer(here.el, 'basic'); // a different answer, too late
    await until(here.el, '[part~="verdict"]');
    expect(text(here.el, '[part~="verdict"]')).to.contain('Correct'); // the other tab's verdict
    expect(answers).to.have.length(1);
    expect(find(here.el, '.error')).to.equal(null);
    click(here.el, '[part~="verdict"] button');
    await until(here.el, '[part~="question"] input[value="enterprise"]'); // the second question
    expect(here.errors).to.deep.equal([]);
  });

  it('recovers the same way when the engine gives up on a conflict of tabs answering at once', async () => {
    const world = scenarioWorld();
    const other = await world.as('s-anna');
    const api = await engine(world, {
      answer: () => Promise.reject(new MindError('MIND_CONFLICT', 'changed by another tab 3 times')),
    });
    const { el, errors } = await mount(api);
    await start(el);
    const attempt = await other.startAttempt('spring-launch');
    await other.answer(attempt.id, 'q-support', { kind: 'single', choiceId: 'basic' });
    await answer(el, 'pro');
    await until(el, '[part~="verdict"]');
    expect(text(el, '[part~="verdict"]')).to.contain('Incorrect');
    expect(errors).to.deep.equal([]);
  });

  it('says a page out of date must be reloaded, keeps the answer and sends it after the reload', async () => {
    const world = scenarioWorld();
    const old = await engine(world, {
      answer: () => Promise.reject(new MindError('MIND_STALE', 'upgraded to version 4 by another tab')),
    });
    const { el, errors } = await mount(old);
    await start(el);
    await answer(el, 'pro');
    await until(el, '.error');
    expect(text(el, '.error')).to.contain('This page is out of date').and.to.contain('your answer will be sent then');
    expect(text(el, '.error button')).to.equal('Reload the page');
    expect(errors.map((error) => error.code)).to.deep.equal(['MIND_STALE']);
    el.remove();

    // The reloaded page: a new engine over the same records, the same tab's session storage.
    const reloaded = await mount(await world.as('s-anna'));
    const resume = await until(reloaded.el, '.start button');
    expect(resume.textContent).to.contain('Resume');
    resume.click();
    await until(reloaded.el, '[part~="verdict"]');
    expect(text(reloaded.el, '[part~="verdict"]')).to.contain('Correct');
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('mindshare:'))).to.deep.equal([]);
  });

  it('does not promise to send an answer it could not keep, where session storage is refused', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      const world = scenarioWorld();
      const old = await engine(world, {
        answer: () => Promise.reject(new MindError('MIND_STALE', 'upgraded to version 4 by another tab')),
      });
      const { el } = await mount(old);
      await start(el);
      await answer(el, 'pro');
      await until(el, '.error');
      expect(text(el, '.error')).to.contain('Reload this page to go on');
      expect(text(el, '.error')).not.to.contain('your answer will be sent');
    } finally {
      Object.defineProperty(window, 'sessionStorage', own);
    }
  });

  it('shows when a challenge without a time limit closes, not a countdown of hundreds of hours', async () => {
    const pack = contentPack()
      .withChallenge({
        id: 'untimed',
        title: { en: 'Untimed' },
        description: { en: 'Take your time.' },
        window: { opensAt: '2027-03-01T09:00', closesAt: '2031-04-30T18:00', timeZone: 'Europe/Paris' },
        questions: [
          {
            id: 'q-untimed',
            kind: 'true-false',
            prompt: { en: 'True?' },
            explanation: { en: 'Yes.' },
            topics: ['pricing'],
            answer: true,
          },
        ],
      })
      .build();
    const world = scenarioWorld({ pack });
    const { el } = await mount(await world.as('s-anna'), 'untimed');
    await start(el);
    const timer = text(el, '[part~="timer"]');
    expect(timer).to.contain('Open until').and.to.contain('2031');
    expect(timer).not.to.contain('Time left');
    expect(find(el, '[role="timer"]')).to.equal(null);
  });
});

describe('<mind-quiz> with a challenge id the pack does not have (issue 16)', () => {
  it('names the unknown id in French, apart from a challenge of another program', async () => {
    const world = scenarioWorld();
    const errors: MindErrorDetail[] = [];
    const el = await render<MindQuiz>(
      html`<mind-quiz
        challenge="printemps-2027"
        .api=${await world.as('s-anna')}
        @mind-error=${(event: CustomEvent<MindErrorDetail>) => errors.push(event.detail)}
      ></mind-quiz>`,
      { lang: 'fr' },
    );
    const alert = await until(el, '[role="alert"]');
    await waitUntil(() => alert.textContent!.includes('Challenge introuvable'), 'not in French');
    expect(alert.textContent).to.contain('«\u00a0printemps-2027\u00a0»');
    expect(find(el, '.not-targeted')).to.equal(null);
    await expect(el).to.be.accessible();
    expect(errors.map((error) => error.code)).to.deep.equal(['MIND_NOT_FOUND']);

    const other = await render<MindQuiz>(
      html`<mind-quiz challenge="spring-launch" .api=${await world.as('s-emma')}></mind-quiz>`,
      { lang: 'fr' },
    );
    await until(other, '.not-targeted');
    expect(text(other, '.not-targeted')).to.contain('Challenge non disponible pour vous');
    expect(text(other, '.not-targeted')).not.to.contain('spring-launch');
  });
});
