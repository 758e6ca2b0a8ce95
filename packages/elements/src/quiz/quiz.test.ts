import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  MindError,
  type AttemptView,
  type MindshareApi,
  type MindshareChange,
  type Resource,
  type StartAttemptOptions,
} from '@mindshare/core';
import { compileMarkdown } from '@mindshare/core/authoring';
import { sendKeys } from '@web/test-runner-commands';
import { contentPack, scenarioWorld, type ScenarioWorld } from '@mindshare/core/testing';
import { offlineOnce, withOutage, withOverrides } from '../testing/api-overrides.js';
import { expectPriceListRequest } from '../testing/resource-request.js';
import { countUpdates, quiet } from '../testing/update-count.js';
import { click, expectErrorThenRetry, find, findAll, render, root, text, until } from '../testing/harness.js';
import './quiz.define.js';
import type { MindQuiz } from './quiz.element.js';

/** A second challenge, open to every seller: the ordering and numeric kinds, confidence-based marking. */
const PRODUCT_CHECK = 'product-check';

/** The scenario's pack plus {@link PRODUCT_CHECK} and the onboarding guide its first question links to. */
const quizPack = contentPack()
  .withResource({
    id: 'onboarding-guide',
    title: { en: 'Onboarding guide', fr: 'Guide de mise en route' },
    url: 'https://northwind.example/onboarding',
    kind: 'article',
  })
  .withChallenge({
    id: PRODUCT_CHECK,
    title: { en: 'Product check', fr: 'Contrôle produit' },
    description: {
      en: compileMarkdown('Two questions. Read the [guide](https://northwind.example/guide) first.'),
      fr: 'Deux questions.',
    },
    window: { opensAt: '2027-03-01T09:00', closesAt: '2027-04-30T18:00', timeZone: 'Europe/Paris' },
    attempts: { max: 1, counts: 'best' },
    timeLimitSeconds: 300,
    scoring: {
      points: 10,
      confidence: { sure: { correct: 1.5, wrong: 0.5 }, unsure: { correct: 1, wrong: 0 } },
    },
    questions: [
      {
        id: 'q-onboarding',
        kind: 'ordering',
        prompt: { en: 'Put the onboarding steps in order.', fr: 'Remettez les étapes dans l’ordre.' },
        explanation: { en: 'Sign, provision, train.' },
        topics: ['pricing'],
        resources: ['onboarding-guide'],
        items: [
          { id: 'sign', label: { en: 'Sign the contract', fr: 'Signer le contrat' } },
          { id: 'provision', label: { en: 'Provision the tenant', fr: 'Créer l’espace client' } },
          { id: 'train', label: { en: 'Train the users', fr: 'Former les utilisateurs' } },
        ],
      },
      {
        id: 'q-term',
        kind: 'numeric',
        prompt: { en: 'What is the minimum term?', fr: 'Quelle est la durée minimale ?' },
        explanation: { en: '12 months.' },
        topics: ['pricing'],
        answer: 12,
        tolerance: 0,
        unit: { en: 'months', fr: 'mois' },
      },
    ],
  });

/** The pack's resources, as a portal passes them to the quiz. */
const resources: Resource[] = quizPack.build().resources;

async function mount(
  options: {
    viewer?: string;
    challenge?: string;
    world?: ScenarioWorld;
    api?: MindshareApi;
    at?: number;
  } = {},
) {
  const world = options.world ?? scenarioWorld({ pack: quizPack.build() });
  if (options.at !== undefined) world.clock.set(options.at);
  const api = options.api ?? (await world.as(options.viewer ?? 's-anna'));
  const el = await render<MindQuiz>(
    html`<mind-quiz challenge=${options.challenge ?? 'spring-launch'} .api=${api}></mind-quiz>`,
  );
  return { el, world, api };
}

async function start(el: MindQuiz) {
  const button = (await until(el, '.start button')) as HTMLButtonElement;
  button.click();
  return until(el, '[part~="question"]');
}

async function pick(el: MindQuiz, value: string) {
  const input = await until(el, `[part~="question"] input[value="${value}"]`);
  (input as HTMLInputElement).click();
  await el.updateComplete;
}

async function submit(el: MindQuiz) {
  click(el, '[part~="question"] button[type="submit"]');
  return until(el, '[part~="verdict"]');
}

async function next(el: MindQuiz) {
  click(el, '[part~="verdict"] button');
  await waitUntil(() => !find(el, '[part~="verdict"]'), 'the verdict stayed');
  await el.updateComplete;
}

/**
 * Answers the question shown and those after it, each with its picks, and leaves the last verdict
 * (on to the results, or to what waits for them).
 */
async function answerEach(el: MindQuiz, picks: readonly (readonly string[])[]) {
  for (const [index, values] of picks.entries()) {
    if (index > 0) await next(el);
    for (const value of values) await pick(el, value);
    await submit(el);
  }
  click(el, '[part~="verdict"] button');
}

/** Answers the spring-launch questions (q-support, q-sso, q-trial) correctly. */
async function answerAll(el: MindQuiz) {
  await answerEach(el, [['pro'], ['pro', 'enterprise'], ['true']]);
  return until(el, '[part~="results"]');
}

/**
 * Starts Anna's spring launch over an API that lists, in order, the questions the engine reveals,
 * each marked by how: `attempt:` those the attempt comes with, `shown:` each one `showQuestion` shows. `startAttempt` stands in for
 * the API's own (given the real API); the first reveal of `failOnce` fails offline.
 */
async function startRevealing(
  startAttempt: (real: MindshareApi, challengeId: string, options?: StartAttemptOptions) => Promise<AttemptView>,
  failOnce?: string,
) {
  const world = scenarioWorld();
  const real = await world.as('s-anna');
  const revealed: string[] = [];
  let failures = 1;
  const api = withOverrides(real, {
    startAttempt: async (challengeId: string, options?: StartAttemptOptions) => {
      const attempt = await startAttempt(real, challengeId, options);
      revealed.push(...attempt.questions.map((question) => `attempt:${question.id}`));
      return attempt;
    },
    showQuestion: (attemptId: string, questionId: string) => {
      if (questionId === failOnce && failures-- > 0) return Promise.reject(new MindError('MIND_NETWORK', 'offline'));
      revealed.push(`shown:${questionId}`);
      return real.showQuestion(attemptId, questionId);
    },
  });
  const { el } = await mount({ world, api });
  await start(el);
  return { el, revealed };
}

describe('<mind-quiz>', () => {
  it('is accessible in each main state: start, question, verdict, results, not targeted, not open', async () => {
    const { el } = await mount();
    await until(el, '.start');
    await expect(el).to.be.accessible();
    await start(el);
    await expect(el).to.be.accessible();
    await pick(el, 'pro');
    await submit(el);
    await expect(el).to.be.accessible();
    await next(el);
    await answerEach(el, [['pro'], ['false']]);
    await until(el, '[part~="results"]');
    await expect(el).to.be.accessible();

    const emma = await mount({ viewer: 's-emma' });
    await until(emma.el, '.not-targeted');
    await expect(emma.el).to.be.accessible();

    const early = await mount({ at: Date.parse('2027-02-01T08:00:00Z') });
    await until(early.el, '.upcoming');
    await expect(early.el).to.be.accessible();
  });

  it('shows the start view: title, rules, time limit, attempts left and rewards', async () => {
    const { el } = await mount();
    await until(el, '.start');
    const start = text(el, '.start');
    expect(start).to.contain('Spring launch challenge');
    expect(start).to.contain('Three questions on the new offer.');
    expect(start).to.contain('3 questions');
    expect(start).to.contain('Time limit: 10 minutes');
    expect(start).to.contain('2 attempts left of 2');
    expect(start).to.contain('Rank 1: A day at HQ');
    expect(start).to.contain('Top 3: Northwind hoodie');
  });

  it('runs a whole attempt: verdicts after each answer, then the results with rank 1', async () => {
    const { el } = await mount();
    await start(el);
    expect(text(el, '#question-title')).to.equal('Question 1 of 3');
    expect(root(el).activeElement?.id).to.equal('question-title');
    await pick(el, 'pro');
    const verdict = await submit(el);
    expect(text(el, '[part~="verdict"]')).to.contain('Correct');
    expect(text(el, '[part~="verdict"]')).to.contain('10 points');
    expect(text(el, '[part~="verdict"]')).to.contain('Only Pro includes 24/7 support.');
    expect(root(el).activeElement).to.equal(verdict);
    expect(text(el, '[role="status"]')).to.equal('Correct. 10 points.');
    await next(el);
    expect(text(el, '#question-title')).to.equal('Question 2 of 3');
    expect(root(el).activeElement?.id).to.equal('question-title');
    await pick(el, 'pro');
    await submit(el);
    expect(text(el, '[part~="verdict"]')).to.contain('Incorrect');
    expect(text(el, '[part~="verdict"]')).to.contain('0 points');
    await next(el);
    await answerEach(el, [['true']]);
    const results = await until(el, '[part~="results"]');
    expect(text(el, '[part~="results"]')).to.contain('Score: 20 out of 30');
    expect(text(el, '[part~="results"]')).to.contain('Rank: 1');
    expect(text(el, '[part~="results"]')).to.contain('You are now on the leaderboard');
    expect(text(el, '[part~="results"]')).to.contain('Security: 0 of 1 correct');
    expect(root(el).activeElement).to.equal(results.querySelector('h2'));
  });

  it('marks the right choices and the seller’s wrong picks in the verdict, and nothing before', async () => {
    const { el } = await mount();
    await start(el);
    await pick(el, 'basic');
    expect(findAll(el, '[part~="right"], [part~="wrong"]'), 'marked before the answer').to.have.length(0);
    await submit(el);
    const marked = (part: string) =>
      findAll(el, `[part~="${part}"]`).map((label) => label.querySelector('input')!.value);
    expect(marked('wrong')).to.deep.equal(['basic']);
    expect(marked('right')).to.deep.equal(['pro']);
    expect(text(el, '[part~="wrong"]')).to.contain('Your pick: wrong');
    expect(text(el, '[part~="right"]')).to.contain('Right answer');
    await expect(el).to.be.accessible();
    await next(el);
    await pick(el, 'pro');
    await submit(el);
    expect(marked('right'), 'a right choice the seller missed is marked too').to.have.members(['pro', 'enterprise']);
    expect(marked('wrong')).to.deep.equal([]);
  });

  it('updates once per answer and once per question shown', async () => {
    const { el } = await mount();
    await start(el);
    const updates = countUpdates(el);
    const answers = [['pro'], ['pro', 'enterprise'], ['true']];
    for (const [index, values] of answers.entries()) {
      for (const value of values) await pick(el, value);
      await quiet(el);
      updates.reset();
      const verdict = await submit(el);
      await quiet(el);
      expect(updates.count, `updates for answer ${index + 1}`).to.equal(1);
      expect(root(el).activeElement).to.equal(verdict);
      expect(text(el, '[role="status"]')).to.match(/^(Correct|Incorrect)\. \d+ points\.$/);
      if (index === answers.length - 1) break;
      updates.reset();
      await next(el);
      await quiet(el);
      expect(text(el, '#question-title')).to.equal(`Question ${index + 2} of 3`);
      expect(updates.count, `updates to show question ${index + 2}`).to.equal(1);
      expect(root(el).activeElement?.id).to.equal('question-title');
    }
  });

  it('asks the engine for each question’s text when it shows it, not before, and retries a failed reveal', async () => {
    const { el, revealed } = await startRevealing((real, challengeId, options) => {
      // The first question comes revealed with the attempt, which the quiz asks for.
      expect(options).to.deep.equal({ reveal: 'next' });
      return real.startAttempt(challengeId, options);
    }, 'q-sso');
    expect(revealed).to.deep.equal(['attempt:q-support']);
    expect(text(el, '#question-prompt')).to.equal('Which plan includes 24/7 support?');
    await pick(el, 'pro');
    await submit(el);
    expect(revealed, 'the next question stays unread while the verdict shows').to.deep.equal(['attempt:q-support']);
    click(el, '[part~="verdict"] button');
    await until(el, '.error');
    click(el, '.error button');
    await until(el, '[part~="question"]');
    expect(text(el, '#question-title')).to.equal('Question 2 of 3');
    expect(text(el, '#question-prompt')).to.equal('Which plans include SSO?');
    expect(revealed).to.deep.equal(['attempt:q-support', 'shown:q-sso']);
  });

  it('reveals the first question itself when the API starts the attempt without it (a server that ignores reveal)', async () => {
    const { el, revealed } = await startRevealing((real, challengeId) => real.startAttempt(challengeId));
    expect(revealed).to.deep.equal(['shown:q-support']);
    expect(text(el, '#question-prompt')).to.equal('Which plan includes 24/7 support?');
  });

  it('scrolls the question and the verdict it focuses into view on a long page', async () => {
    const world = scenarioWorld({ pack: quizPack.build() });
    const api = await world.as('s-anna');
    const page = await fixture(
      html`<div>
        <div style="block-size: 300vh"></div>
        <mind-quiz challenge="spring-launch" .api=${api}></mind-quiz>
        <div style="block-size: 300vh"></div>
      </div>`,
    );
    const el = page.querySelector('mind-quiz')!;
    const inView = (target: Element) => {
      const { top } = target.getBoundingClientRect();
      return top >= 0 && top < innerHeight;
    };
    try {
      await start(el);
      await waitUntil(() => inView(find(el, '#question-title')!), 'the question stayed out of view');
      await pick(el, 'pro');
      window.scrollTo(0, 0);
      const verdict = await submit(el);
      expect(root(el).activeElement).to.equal(verdict);
      await waitUntil(() => inView(verdict), 'the verdict stayed out of view');
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('offers a retry while attempts remain, and says so when none is left', async () => {
    const { el } = await mount();
    await start(el);
    await answerAll(el);
    expect(text(el, '[part~="results"]')).to.contain('Score: 30 out of 30');
    const retry = find<HTMLButtonElement>(el, '[part~="results"] button')!;
    expect(retry.textContent).to.contain('Try again');
    retry.click();
    await until(el, '[part~="question"]');
    expect(text(el, '#question-title')).to.equal('Question 1 of 3');
    await answerAll(el);
    expect(text(el, '[part~="results"]')).to.contain('Same rank as last time');
    expect(find(el, '[part~="results"] button')).to.equal(null);
    expect(text(el, '[part~="results"]')).to.contain('You have used all your attempts.');
  });

  it('fires mind-attempt-start, mind-answer and mind-complete, bubbling out of the shadow root', async () => {
    const { el } = await mount();
    const page = el.parentElement!;
    const seen: CustomEvent[] = [];
    for (const type of ['mind-attempt-start', 'mind-answer', 'mind-complete'] as const) {
      page.addEventListener(type, (event) => seen.push(event));
    }
    await start(el);
    await answerAll(el);
    const [begun, ...rest] = seen;
    expect(begun!.type).to.equal('mind-attempt-start');
    expect(begun!.detail).to.include({ challengeId: 'spring-launch', resumed: false });
    const answers = rest.filter((event) => event.type === 'mind-answer');
    expect(answers.map((event) => event.detail.questionId)).to.deep.equal(['q-support', 'q-sso', 'q-trial']);
    expect(answers[0]!.detail.response).to.deep.equal({ kind: 'single', choiceId: 'pro' });
    expect(answers[0]!.detail.outcome).to.include({ status: 'scored', correct: true, points: 10 });
    const complete = seen.at(-1)!;
    expect(complete.type).to.equal('mind-complete');
    expect(complete.detail.attemptId).to.equal(begun!.detail.attemptId);
    expect(complete.detail.result).to.include({ total: 30, rank: 1 });
    expect(complete.bubbles && complete.composed).to.equal(true);
  });

  it('lets the portal veto opening a resource with a cancelable mind-request-resource', async () => {
    const { el } = await mount();
    await start(el);
    await pick(el, 'basic');
    await submit(el);
    expect(text(el, '[part~="verdict"]')).to.contain('Incorrect');
    const link = find<HTMLAnchorElement>(el, '[part~="verdict"] a[data-resource="price-list"]')!;
    expect(link.textContent).to.equal('Price list');
    expect(link.href).to.equal('https://northwind.example/prices');
    await expectPriceListRequest(el, link);
  });

  it('reorders by keyboard (Alt+Arrow) and buttons, announces moves, and marks confidence', async () => {
    // The challenge marks confidence, so the quiz offers the toggle without being told.
    const { el } = await mount({ challenge: PRODUCT_CHECK });
    await start(el);
    const order = () => [...root(el).querySelectorAll<HTMLElement>('[data-item]')].map((item) => item.dataset.item);
    const correct = ['sign', 'provision', 'train'];
    const labels: Record<string, string> = {
      sign: 'Sign the contract',
      provision: 'Provision the tenant',
      train: 'Train the users',
    };
    // The attempt's seeded order: never the authored (correct) one.
    const initial = order();
    expect(initial).to.have.members(correct);
    expect(initial).to.not.deep.equal(correct);
    const second = initial[1]!;
    find(el, `[data-item="${second}"]`)!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(order(), 'a plain arrow key does not move').to.deep.equal(initial);
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    await waitUntil(() => order()[0] === second, 'the item never reached the top');
    expect(order()).to.deep.equal([second, initial[0], initial[2]]);
    expect((root(el).activeElement as HTMLElement).dataset.item).to.equal(second);
    expect(text(el, '[role="status"]')).to.equal(`“${labels[second]}” moved to position 1 of 3`);
    // Then the buttons put the items in the right order, one step at a time.
    for (let target = 0; target < correct.length; target++) {
      const id = correct[target]!;
      while (order().indexOf(id) > target) {
        const before = order().indexOf(id);
        click(el, `[data-item="${id}"] button[data-move="up"]`);
        await waitUntil(() => order().indexOf(id) === before - 1, `${id} did not move up`);
      }
    }
    expect(order()).to.deep.equal(correct);
    expect(text(el, '.confidence legend')).to.equal('How sure are you?');
    await pick(el, 'sure');
    await submit(el);
    expect(text(el, '[part~="verdict"]')).to.contain('Correct');
    expect(text(el, '[part~="verdict"]')).to.contain('15 points');
    expect(find(el, '[part~="verdict"] a[data-resource="onboarding-guide"]')).to.not.equal(null);
  });

  it('takes a numeric answer in a decimal field with its unit', async () => {
    const { el } = await mount({ challenge: PRODUCT_CHECK });
    await start(el);
    await submit(el);
    await next(el);
    const input = (await until(el, 'input[inputmode="decimal"]')) as HTMLInputElement;
    expect(text(el, '.unit')).to.equal('months');
    expect(input.getAttribute('aria-describedby')).to.equal('q-term-unit');
    expect(find<HTMLButtonElement>(el, 'button[type="submit"]')!.disabled).to.equal(true);
    input.focus();
    await sendKeys({ type: '12' });
    await el.updateComplete;
    await submit(el);
    expect(text(el, '[part~="verdict"]')).to.contain('Correct');
    expect(text(el, '[part~="verdict"]')).to.contain('12 months.');
  });

  it('announces the time left at thresholds only, then expires the attempt cleanly', async () => {
    const { el, world } = await mount();
    await start(el);
    const spoken = () => text(el, '[data-timer-announcement]');
    expect(text(el, '[part~="timer"]')).to.equal('Time left 10:00');
    world.clock.advance(200_000);
    el.syncClock();
    await el.updateComplete;
    expect(text(el, '[part~="timer"]')).to.equal('Time left 6:40');
    expect(spoken()).to.equal('');
    // Each step: how far the clock moves, then what was last said.
    for (const [ms, said, why] of [
      [100_000, 'Time left: 5 minutes'],
      [60_000, 'Time left: 5 minutes', 'no announcement between thresholds'],
      [180_000, 'Time left: 1 minute'],
      [30_000, 'Time left: 30 seconds'],
      [20_000, 'Time left: 10 seconds'],
    ] as const) {
      world.clock.advance(ms);
      el.syncClock();
      await el.updateComplete;
      expect(spoken(), why ?? `after ${ms} ms more`).to.equal(said);
    }
    const completed = oneEvent(el, 'mind-complete');
    world.clock.advance(10_000);
    el.syncClock();
    const { detail } = await completed;
    expect(detail.result.status).to.equal('expired');
    await until(el, '.deadline');
    expect(text(el, '.deadline')).to.contain('Time is up');
    expect(find(el, '[part~="timer"]')).to.equal(null);
  });

  it('shows the deadline-passed view when an answer arrives too late, keeping earlier answers', async () => {
    const { el, world } = await mount();
    await start(el);
    await pick(el, 'pro');
    await submit(el);
    await next(el);
    await pick(el, 'basic');
    world.clock.advance(601_000);
    click(el, 'button[type="submit"]');
    await until(el, '.deadline');
    expect(text(el, '.deadline')).to.contain('The answers you gave in time still count.');
    expect(text(el, '.deadline')).to.contain('Score: 10 out of 30');
    expect(text(el, '.deadline')).to.contain('Try again');
  });

  it('says when the challenge opens, in the viewer’s time zone', async () => {
    const { el } = await mount({ at: Date.parse('2027-02-01T08:00:00Z') });
    await until(el, '.upcoming');
    expect(text(el, '.upcoming')).to.contain('Not open yet');
    expect(text(el, '.upcoming')).to.match(/opens on Monday, March 1, 2027,? at 9:00\sAM GMT\+1/);
    expect(find(el, 'button')).to.equal(null);
  });

  it('offers the start by itself when the opening time comes while the page is open', async () => {
    const opensAt = Date.parse('2027-03-01T08:00:00Z');
    const world = scenarioWorld({ pack: quizPack.build() });
    world.clock.set(opensAt - 200);
    const { el } = await mount({ world });
    await until(el, '.upcoming');
    // No call to syncClock: the element's own timer fires just after the opening time it was
    // given, reads the engine's clock and lists the challenge again.
    world.clock.set(opensAt + 1);
    await until(el, '.start button', 'the start button never came without a reload');

    // A portal moving the clock tells the element at once.
    const early = await mount({ world: scenarioWorld({ pack: quizPack.build() }), at: opensAt - 86_400_000 });
    await until(early.el, '.upcoming');
    early.world.clock.set(opensAt);
    early.el.syncClock();
    await until(early.el, '.start button');
  });

  it('arms no opening timer once it has left the page', async () => {
    const opensAt = Date.parse('2027-03-01T08:00:00Z');
    const world = scenarioWorld({ pack: quizPack.build() });
    world.clock.set(opensAt - 200);
    const anna = await world.as('s-anna');
    let listings = 0;
    const api = new Proxy(anna, {
      get: (target, key, receiver) =>
        key === 'challenges'
          ? () => {
              listings++;
              return target.challenges();
            }
          : Reflect.get(target, key, receiver),
    });
    const { el } = await mount({ world, api });
    // Removed while its first listing is still on its way: that load lands on a detached quiz.
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const before = listings;
    world.clock.set(opensAt + 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(listings, 'a detached quiz listed the challenge again').to.equal(before);
  });

  it('says when the challenge closed', async () => {
    const { el } = await mount({ at: Date.parse('2027-05-02T08:00:00Z') });
    await until(el, '.closed');
    expect(text(el, '.closed')).to.contain('Challenge closed');
    expect(text(el, '.closed')).to.contain('April 30, 2027');
  });

  it('tells a seller the challenge does not target politely (s-emma, Silver)', async () => {
    const { el } = await mount({ viewer: 's-emma' });
    await until(el, '.not-targeted');
    expect(text(el, '.not-targeted')).to.contain('Not available to you');
    expect(text(el, '.not-targeted')).to.contain('reserved for other partner programmes');
    expect(find(el, 'button')).to.equal(null);
  });

  it('speaks French under lang="fr": strings, authored text and dates', async () => {
    const world = scenarioWorld({ pack: quizPack.build() });
    const api = await world.as('s-anna');
    const el = await render<MindQuiz>(
      html`<mind-quiz challenge="spring-launch" .api=${api} .resources=${resources}></mind-quiz>`,
      { lang: 'fr' },
    );
    await waitUntil(() => text(el, '.start').includes('Commencer le challenge'), 'French never arrived');
    expect(text(el, '.start')).to.contain('Challenge de lancement de printemps');
    expect(text(el, '.start')).to.contain('Durée limite : 10 minutes');
    expect(text(el, '.start')).to.contain('2 tentatives restantes sur 2');
    await start(el);
    expect(text(el, '#question-title')).to.equal('Question 1 sur 3');
    expect(text(el, '.prompt')).to.equal('Quelle offre inclut le support 24/7 ?');
    expect(text(el, 'button[type="submit"]')).to.equal('Valider');
    await pick(el, 'pro');
    await submit(el);
    expect(text(el, '[part~="verdict"]')).to.contain('Bonne réponse');
    expect(text(el, '[part~="verdict"]')).to.contain('Grille tarifaire');
    expect(text(el, '[part~="verdict"] button')).to.equal('Question suivante');
    await next(el);
    expect(text(el, '[part~="timer"]')).to.contain('Temps restant');
  });

  it('shows an error with a retry that works', async () => {
    const world = scenarioWorld();
    const { el } = await mount({ world, api: withOutage(await world.as('s-anna'), 'challenges', offlineOnce()) });
    await expectErrorThenRetry(el, 'Mindshare cannot be reached', '.start');
  });

  it('keeps answers saved offline as pending, then shows the refusal when the server rejects them', async () => {
    const world = scenarioWorld();
    const real = await world.as('s-anna');
    const listeners = new Set<(change: MindshareChange) => void>();
    let online = false;
    const api = withOverrides(real, {
      answer: (_a: string, questionId: string) => Promise.resolve({ status: 'pending', questionId }),
      finishAttempt: () =>
        Promise.reject(
          online ? new MindError('MIND_CLOSED', 'closed before sync') : new MindError('MIND_NETWORK', 'offline'),
        ),
      subscribe: (listener: (change: MindshareChange) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    });
    const { el } = await mount({ world, api });
    await start(el);
    await pick(el, 'pro');
    await submit(el);
    expect(text(el, '[part~="verdict"]')).to.contain('Answer saved');
    await next(el);
    await answerEach(el, [['pro'], ['true']]);
    await until(el, '.pending');
    expect(text(el, '.pending')).to.contain('Saved, waiting to sync');
    online = true;
    for (const listener of listeners) listener({ origin: 'remote', areas: ['challenges'] });
    await until(el, '.refused');
    expect(text(el, '.refused')).to.contain('Attempt not accepted');
  });

  it('renders authored rich text with templates: safe links only', async () => {
    const { el } = await mount({ challenge: PRODUCT_CHECK });
    await until(el, '.start');
    const link = find<HTMLAnchorElement>(el, '.description a')!;
    expect(link.href).to.equal('https://northwind.example/guide');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(text(el, '.description')).to.equal('Two questions. Read the guide first.');
  });

  it('resumes a running attempt at its first unanswered question', async () => {
    const world = scenarioWorld({ pack: quizPack.build() });
    const api = await world.as('s-anna');
    const first = await mount({ world, api });
    await start(first.el);
    await pick(first.el, 'pro');
    await submit(first.el);
    const again = await mount({ world, api });
    const button = await until(again.el, '.start button');
    expect(button.textContent).to.contain('Resume my attempt');
    const resumed = oneEvent(again.el, 'mind-attempt-start');
    (button as HTMLButtonElement).click();
    expect((await resumed).detail.resumed).to.equal(true);
    await until(again.el, '[part~="question"]');
    expect(text(again.el, '#question-title')).to.equal('Question 2 of 3');
  });

  it('stays usable under hostile global CSS, and one token re-themes it', async () => {
    const style = document.createElement('style');
    style.textContent = `* { all: unset !important; } html { font-size: 32px !important; }
      mind-quiz { --mind-color-accent: rgb(124, 45, 18); }`;
    document.head.append(style);
    try {
      const { el } = await mount();
      const button = (await until(el, '.start button')) as HTMLButtonElement;
      const box = button.getBoundingClientRect();
      expect(box.width > 0 && box.height > 0, 'the start button is visible').to.equal(true);
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(124, 45, 18)');
      await expect(el).to.be.accessible();
      button.focus();
      await sendKeys({ press: 'Enter' });
      await until(el, '[part~="question"]');
      const radio = find<HTMLInputElement>(el, 'input[value="pro"]')!;
      radio.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(radio.checked).to.equal(true);
    } finally {
      style.remove();
    }
  });

  it('lays out right to left under dir="rtl" (logical properties)', async () => {
    const world = scenarioWorld({ pack: quizPack.build() });
    const api = await world.as('s-anna');
    const wrapper = await fixture(
      html`<div dir="rtl"><mind-quiz challenge=${PRODUCT_CHECK} .api=${api}></mind-quiz></div>`,
    );
    const el = wrapper.querySelector('mind-quiz')!;
    await start(el);
    const item = find(el, '[data-item="sign"]')!;
    const label = item.querySelector('.item-label')!.getBoundingClientRect();
    const moves = item.querySelector('.moves')!.getBoundingClientRect();
    expect(moves.right <= label.left, 'the move buttons sit at the inline end (left)').to.equal(true);
    const verdictBorder = getComputedStyle(find(el, '.base')!);
    expect(verdictBorder.direction).to.equal('rtl');
  });

  it('is accessible in the deadline, pending and error views too', async () => {
    const { el, world } = await mount();
    await start(el);
    world.clock.advance(600_000);
    el.syncClock();
    await until(el, '.deadline');
    await expect(el).to.be.accessible();

    const offline = scenarioWorld();
    const real = await offline.as('s-anna');
    const api = withOverrides(real, {
      challenges: () => Promise.reject(new MindError('MIND_NETWORK', 'offline')),
    });
    const failing = await mount({ world: offline, api });
    await until(failing.el, '.error');
    await expect(failing.el).to.be.accessible();
  });
});
