import { expect, html } from '@open-wc/testing';
import { contentPack, scenarioPack, scenarioWorld } from '@mindshare/core/testing';
import { click, find, render, text, until } from '../testing/harness.js';
import './quiz.define.js';
import type { MindQuiz } from './quiz.element.js';

// The first question of the spring launch, as the scenario has it, gets 45 seconds of its own; the
// others have no limit.
const [first] = scenarioPack().challenges.find((challenge) => challenge.id === 'spring-launch')!.questions;
const timedPack = contentPack()
  .withQuestion('spring-launch', { ...first!, timeLimitSeconds: 45 })
  .build();

async function timedQuestion(options: { lang?: string } = {}) {
  const world = scenarioWorld({ pack: timedPack });
  const api = await world.as('s-anna');
  const mount = () =>
    render<MindQuiz>(html`<mind-quiz lang=${options.lang ?? 'en'} challenge="spring-launch" .api=${api}></mind-quiz>`);
  const el = await mount();
  await start(el);
  const later = async (ms: number) => {
    world.clock.advance(ms);
    el.syncClock();
    await el.updateComplete;
  };
  return { el, world, mount, later };
}

async function start(el: MindQuiz) {
  ((await until(el, '.start button')) as HTMLButtonElement).click();
  await until(el, '[part~="question-timer"] [role="timer"]');
}

const countdown = (el: MindQuiz) => text(el, '[part~="question-timer"] [role="timer"]');
const spoken = (el: MindQuiz) => text(el, '[data-timer-announcement]');

describe('<mind-quiz> question time limit', () => {
  it('counts a timed question down from its reveal, accessibly', async () => {
    const { el, later } = await timedQuestion();
    await expect(el).to.be.accessible();
    expect(text(el, '[part~="question-timer"]')).to.contain('Answer within 45 seconds');
    expect(countdown(el)).to.equal('0:45');
    await later(10_000);
    expect(countdown(el)).to.equal('0:35');
    expect(spoken(el), 'silent between thresholds').to.equal('');
  });

  it('speaks at 30 and 10 seconds, not every second, then says time is up and still takes the answer', async () => {
    const { el, later } = await timedQuestion();
    await later(16_000);
    expect(spoken(el)).to.equal('29 seconds left for this question');
    await later(5_000);
    expect(spoken(el), 'no announcement between thresholds').to.equal('29 seconds left for this question');
    await later(15_000);
    expect(spoken(el)).to.equal('9 seconds left for this question');
    await later(10_000);
    expect(text(el, '[part~="question-timer"]')).to.equal(
      'Time is up for this question: an answer now earns no points.',
    );
    expect(spoken(el)).to.equal('Time is up for this question: an answer now earns no points.');
    expect(find(el, '[role="timer"]:not([part~="timer"] [role="timer"])'), 'the question countdown is gone').to.equal(
      null,
    );
    await expect(el).to.be.accessible();
    find<HTMLInputElement>(el, 'input[value="pro"]')!.click();
    await el.updateComplete;
    click(el, '[part~="question"] button[type="submit"]');
    await until(el, '[part~="verdict"]');
    expect(text(el, '[part~="verdict"] h3')).to.equal('Time was up for this question');
    expect(find(el, '[part~="question-timer"]'), 'answered: no countdown').to.equal(null);
  });

  it('keeps counting from the first reveal after a reload', async () => {
    const { el, later, mount } = await timedQuestion();
    await later(20_000);
    el.remove();
    const again = await mount();
    await start(again);
    expect(countdown(again)).to.equal('0:25');
  });

  it('has no countdown on a question without a limit', async () => {
    const { el } = await timedQuestion();
    find<HTMLInputElement>(el, 'input[value="pro"]')!.click();
    await el.updateComplete;
    click(el, '[part~="question"] button[type="submit"]');
    await until(el, '[part~="verdict"]');
    click(el, '[part~="verdict"] button');
    await until(el, '[part~="question"] input[value="enterprise"]');
    expect(find(el, '[part~="question-timer"]')).to.equal(null);
  });

  it('counts down in French', async () => {
    const { el, later } = await timedQuestion({ lang: 'fr' });
    expect(text(el, '[part~="question-timer"]')).to.contain('Répondez en moins de 45 secondes');
    await later(16_000);
    expect(spoken(el)).to.equal('Encore 29 secondes pour cette question');
  });
});
