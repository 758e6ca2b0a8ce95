import { expect, waitUntil } from '@open-wc/testing';
import type { AnswerResponse, RedactedQuestion } from '@mindshare/core';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { mountTemplate, type TemplateHost } from '../../testing/template-host.js';
import { answerView } from './answer-view.js';
import { orderOf } from './ordering-question.js';
import { isComplete } from './question-context.js';

/** Choices or items from `{ id: English label }`, in that order. */
const labelled = (labels: Record<string, string>) => Object.entries(labels).map(([id, en]) => ({ id, label: { en } }));

const common = { prompt: { en: 'Which plan?' }, topics: ['pricing'], points: 10 };
const single: RedactedQuestion = {
  ...common,
  id: 'q-plan',
  kind: 'single',
  choices: labelled({ basic: 'Basic', pro: 'Pro', team: 'Team' }),
};
const multiple: RedactedQuestion = { ...single, id: 'q-plans', kind: 'multiple' };
const trueFalse: RedactedQuestion = { ...common, id: 'q-term', kind: 'true-false' };
const ordering: RedactedQuestion = {
  ...common,
  id: 'q-steps',
  kind: 'ordering',
  items: labelled({ train: 'Train the users', sign: 'Sign the contract', provision: 'Provision the tenant' }),
};

/** A question as the quiz and the feed show it: a title and prompt naming the answers, a draft kept by the host. */
interface Shown {
  readonly el: TemplateHost;
  readonly state: { draft: AnswerResponse | undefined; disabled: boolean; readonly announced: string[] };
  readonly $: <E extends Element = HTMLElement>(selector: string) => E | null;
  readonly $$: <E extends Element = HTMLElement>(selector: string) => E[];
}

async function show(question: RedactedQuestion, draft?: AnswerResponse, disabled = false): Promise<Shown> {
  const state = { draft, disabled, announced: [] as string[] };
  const el = await mountTemplate(
    (host) =>
      html`<h2 id="question-title">Question 1 of 3</h2>
        <p id="question-prompt">${question.prompt['en']}</p>
        ${answerView(question, {
          question,
          draft: state.draft,
          setDraft: (next) => {
            state.draft = next;
            host.requestUpdate();
          },
          text: (value) => value['en'] ?? '',
          localize: host.localize,
          labelledBy: 'question-title question-prompt',
          disabled: state.disabled,
          announce: (message) => state.announced.push(message),
          updated: () => host.updateComplete,
        })}`,
  );
  return {
    el,
    state,
    $: (selector) => el.shadowRoot!.querySelector(selector),
    $$: <E extends Element>(selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)],
  };
}

const words = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
const inputs = (shown: Shown) => shown.$$<HTMLInputElement>('input');
const labels = (shown: Shown) => shown.$$('[part="choice"]').map((choice) => words(choice));

describe('answerView: single and multiple choice', () => {
  it('shows a single choice as a radio group named by the question, with its hint', async () => {
    const shown = await show(single);
    await expect(shown.el).to.be.accessible();
    const group = shown.$('fieldset')!;
    expect(group.getAttribute('aria-labelledby')).to.equal('question-title question-prompt');
    expect(words(shown.el.shadowRoot!.getElementById(group.getAttribute('aria-describedby')!))).to.equal(
      'Choose one answer.',
    );
    expect(labels(shown)).to.deep.equal(['Basic', 'Pro', 'Team']);
    expect(inputs(shown).map((input) => input.type)).to.deep.equal(['radio', 'radio', 'radio']);
    expect(new Set(inputs(shown).map((input) => input.name)).size, 'one radio group').to.equal(1);
    expect(inputs(shown).some((input) => input.checked)).to.equal(false);
    expect(isComplete(shown.state.draft)).to.equal(false);
  });

  it('keeps the one choice clicked as the draft, and shows it checked', async () => {
    const shown = await show(single);
    shown.$$<HTMLLabelElement>('[part="choice"]')[1]!.click();
    await shown.el.updateComplete;
    expect(shown.state.draft).to.deep.equal({ kind: 'single', choiceId: 'pro' });
    expect(isComplete(shown.state.draft)).to.equal(true);
    inputs(shown)[2]!.click();
    await shown.el.updateComplete;
    expect(shown.state.draft).to.deep.equal({ kind: 'single', choiceId: 'team' });
    expect(inputs(shown).map((input) => input.checked)).to.deep.equal([false, false, true]);
  });

  it('moves the single choice with the arrow keys, as a native radio group', async () => {
    const shown = await show(single, { kind: 'single', choiceId: 'basic' });
    inputs(shown)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await shown.el.updateComplete;
    expect(shown.state.draft).to.deep.equal({ kind: 'single', choiceId: 'pro' });
  });

  it('shows a multiple choice as checkboxes and keeps every box ticked, in the order shown', async () => {
    const shown = await show(multiple);
    await expect(shown.el).to.be.accessible();
    expect(words(shown.$('.hint'))).to.equal('Choose every answer that applies.');
    expect(inputs(shown).map((input) => input.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox']);
    inputs(shown)[2]!.click();
    await shown.el.updateComplete;
    inputs(shown)[0]!.click();
    await shown.el.updateComplete;
    expect(shown.state.draft).to.deep.equal({ kind: 'multiple', choiceIds: ['basic', 'team'] });
    inputs(shown)[2]!.click();
    await shown.el.updateComplete;
    expect(shown.state.draft).to.deep.equal({ kind: 'multiple', choiceIds: ['basic'] });
    inputs(shown)[0]!.click();
    await shown.el.updateComplete;
    expect(shown.state.draft).to.deep.equal({ kind: 'multiple', choiceIds: [] });
    expect(isComplete(shown.state.draft), 'no box ticked is not an answer').to.equal(false);
  });

  it('shows the draft it is given, and cannot change once answered', async () => {
    const shown = await show(multiple, { kind: 'multiple', choiceIds: ['pro', 'team'] }, true);
    expect(inputs(shown).map((input) => input.checked)).to.deep.equal([false, true, true]);
    expect(inputs(shown).every((input) => input.disabled)).to.equal(true);
    inputs(shown)[0]!.click();
    await shown.el.updateComplete;
    expect(shown.state.draft).to.deep.equal({ kind: 'multiple', choiceIds: ['pro', 'team'] });
    await expect(shown.el).to.be.accessible();
  });
});

describe('answerView: true or false', () => {
  it('is a radio group of True and False named by the question', async () => {
    const shown = await show(trueFalse);
    await expect(shown.el).to.be.accessible();
    expect(shown.$('fieldset')!.getAttribute('aria-labelledby')).to.equal('question-title question-prompt');
    expect(labels(shown)).to.deep.equal(['True', 'False']);
    expect(inputs(shown).map((input) => input.type)).to.deep.equal(['radio', 'radio']);
    expect(inputs(shown).some((input) => input.checked)).to.equal(false);
  });

  it('keeps False as a complete answer, and True when chosen next', async () => {
    const shown = await show(trueFalse);
    shown.$$<HTMLLabelElement>('[part="choice"]')[1]!.click();
    await shown.el.updateComplete;
    expect(shown.state.draft).to.deep.equal({ kind: 'true-false', value: false });
    expect(isComplete(shown.state.draft)).to.equal(true);
    expect(inputs(shown).map((input) => input.checked)).to.deep.equal([false, true]);
    inputs(shown)[0]!.click();
    await shown.el.updateComplete;
    expect(shown.state.draft).to.deep.equal({ kind: 'true-false', value: true });
  });

  it('shows the answer given and cannot change once answered', async () => {
    const shown = await show(trueFalse, { kind: 'true-false', value: true }, true);
    expect(inputs(shown).map((input) => input.checked)).to.deep.equal([true, false]);
    expect(inputs(shown).every((input) => input.disabled)).to.equal(true);
  });
});

describe('answerView: ordering', () => {
  const order = (shown: Shown) => shown.$$('[data-item]').map((item) => item.dataset['item']);
  const button = (shown: Shown, id: string, move: 'up' | 'down') =>
    shown.$<HTMLButtonElement>(`[data-item="${id}"] button[data-move="${move}"]`)!;

  it('starts from the order shown, a list named by the question with its hint and labelled buttons', async () => {
    const shown = await show(ordering);
    await expect(shown.el).to.be.accessible();
    expect(order(shown)).to.deep.equal(['train', 'sign', 'provision']);
    const list = shown.$('ol')!;
    expect(list.getAttribute('aria-labelledby')).to.equal('question-title question-prompt');
    expect(words(shown.el.shadowRoot!.getElementById(list.getAttribute('aria-describedby')!))).to.equal(
      'Put the items in order, first at the top. Alt + arrow keys move the focused item.',
    );
    expect(shown.$$('[data-item] .item-label').map((label) => words(label))).to.deep.equal([
      'Train the users',
      'Sign the contract',
      'Provision the tenant',
    ]);
    expect(button(shown, 'sign', 'up').getAttribute('aria-label')).to.equal('Move “Sign the contract” up');
    expect(button(shown, 'sign', 'down').getAttribute('aria-label')).to.equal('Move “Sign the contract” down');
    expect(button(shown, 'train', 'up').disabled, 'the first item moves up').to.equal(true);
    expect(button(shown, 'provision', 'down').disabled, 'the last item moves down').to.equal(true);
    expect(shown.$$('[data-item]').every((item) => item.tabIndex === 0)).to.equal(true);
  });

  it('shows the order of the draft rather than the one the question arrived in', async () => {
    const shown = await show(ordering, { kind: 'ordering', itemIds: ['sign', 'provision', 'train'] });
    expect(order(shown)).to.deep.equal(['sign', 'provision', 'train']);
    expect(shown.$$('[data-item] .position').map((position) => words(position))).to.deep.equal(['1', '2', '3']);
    expect(orderOf(ordering as Extract<RedactedQuestion, { kind: 'ordering' }>, undefined)).to.deep.equal([
      'train',
      'sign',
      'provision',
    ]);
  });

  it('moves an item with its buttons, announces each move, and keeps focus on the button pressed', async () => {
    const shown = await show(ordering);
    button(shown, 'train', 'down').click();
    await waitUntil(() => order(shown)[1] === 'train', 'the item did not move down');
    expect(order(shown)).to.deep.equal(['sign', 'train', 'provision']);
    expect(shown.state.draft).to.deep.equal({ kind: 'ordering', itemIds: ['sign', 'train', 'provision'] });
    expect(shown.state.announced).to.deep.equal(['“Train the users” moved to position 2 of 3']);
    expect(shown.el.shadowRoot!.activeElement).to.equal(button(shown, 'train', 'down'));

    button(shown, 'train', 'down').click();
    await waitUntil(() => order(shown)[2] === 'train', 'the item did not move to the end');
    // Its down button is now disabled: focus stays on the item rather than falling to the page.
    expect(shown.el.shadowRoot!.activeElement).to.equal(shown.$('[data-item="train"]'));
    expect(shown.state.announced.at(-1)).to.equal('“Train the users” moved to position 3 of 3');

    button(shown, 'provision', 'up').click();
    await waitUntil(() => order(shown)[0] === 'provision', 'the item did not move up');
    expect(order(shown)).to.deep.equal(['provision', 'sign', 'train']);
    expect(shown.el.shadowRoot!.activeElement).to.equal(shown.$('[data-item="provision"]'));
  });

  it('moves the focused item with Alt + arrows only, keeping focus on it, and not past the ends', async () => {
    const shown = await show(ordering);
    shown.$<HTMLElement>('[data-item="sign"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await shown.el.updateComplete;
    expect(order(shown), 'a plain arrow moved the item').to.deep.equal(['train', 'sign', 'provision']);
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await waitUntil(() => order(shown)[2] === 'sign', 'Alt + ArrowDown did not move the item');
    expect(shown.el.shadowRoot!.activeElement).to.equal(shown.$('[data-item="sign"]'));
    expect(shown.state.announced).to.deep.equal(['“Sign the contract” moved to position 3 of 3']);
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await shown.el.updateComplete;
    expect(order(shown), 'the last item moved past the end').to.deep.equal(['train', 'provision', 'sign']);
    expect(shown.state.announced, 'a move that did not happen was announced').to.have.length(1);
  });

  it('cannot be reordered once answered', async () => {
    const shown = await show(ordering, { kind: 'ordering', itemIds: ['sign', 'provision', 'train'] }, true);
    await expect(shown.el).to.be.accessible();
    expect(shown.$$<HTMLButtonElement>('button').every((button) => button.disabled)).to.equal(true);
    expect(shown.$$('[data-item]').every((item) => item.tabIndex === -1)).to.equal(true);
    const item = shown.$<HTMLElement>('[data-item="provision"]')!;
    item.focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    await shown.el.updateComplete;
    expect(order(shown)).to.deep.equal(['sign', 'provision', 'train']);
    expect(shown.state.announced).to.deep.equal([]);
  });
});
