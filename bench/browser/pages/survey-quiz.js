// Runs the same 50 questions in SurveyJS and drives them as a user would, from inside the page:
// for each page the right choice, then Next (Complete on the last), until the score shows.
/* global Survey */
const { when, nextPaint, settled } = window.benchHarness;
const container = document.getElementById('survey');
const find = (selector) => container.querySelector(selector);

const json = await (await fetch('/bench/data/survey.json')).json();
const survey = new Survey.Model(json);
survey.render(container);

const firstQuestion = when(() => find('.sd-question__title')?.textContent.includes('Question 1:'));

async function answerAll(key) {
  const started = performance.now();
  for (const [index, [questionId, choiceId]] of key.entries()) {
    const radio = `.sd-question[data-name="${questionId}"] input[value="${choiceId}"]`;
    await when(() => find(radio));
    find(radio).click();
    const button = index === key.length - 1 ? '.sd-navigation__complete-btn' : '.sd-navigation__next-btn';
    await when(() => survey.getValue(questionId) === choiceId && find(button));
    find(button).click();
  }
  await when(() => find('.bench-score'));
  const painted = await nextPaint();
  return { ms: painted - started, score: find('.bench-score').textContent.trim() };
}

window.bench = { firstQuestion, fullPaint: () => firstQuestion.then(() => settled()), answerAll };
