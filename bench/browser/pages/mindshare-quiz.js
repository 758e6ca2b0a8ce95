// Drives <mind-quiz> as a seller would, from inside the page so no protocol round trip is timed:
// clicks Start as soon as it is enabled, then for each question the right choice, Submit and Next.
// A classic script right after the harness, so it watches from before the CDN entry runs.
(() => {
  const { when, nextPaint, settled, ignoreChanges } = window.benchHarness;
  const find = (selector) => document.querySelector('mind-quiz')?.shadowRoot?.querySelector(selector) ?? null;
  const enabled = (selector) => {
    const element = find(selector);
    return element && !element.disabled ? element : null;
  };
  const START = 'section.start button.primary';

  // The challenge closes in 2099, so the quiz shows a countdown to it: its ticks are not rendering work.
  const element = (node) => (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
  ignoreChanges((record) => element(record.target)?.closest('[part~="timer"]'));

  // Every IndexedDB transaction the page opens, by mode: over IndexedDB each storage call is one.
  const transactions = { readonly: 0, readwrite: 0 };
  const open = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
    transactions[mode === 'readwrite' ? 'readwrite' : 'readonly']++;
    return open.call(this, stores, mode, ...rest);
  };

  const quizDefined = customElements.whenDefined('mind-quiz').then(() => performance.now());
  const engineReady = new Promise((resolve) =>
    document.addEventListener('mind-ready', () => resolve(performance.now()), { once: true }),
  );
  const startView = when(() => enabled(START));
  startView.then(() => enabled(START).click());
  const firstQuestion = when(() => find('#question-prompt')?.textContent.includes('Question 1:'));

  /**
   * Answers every question with its key, then waits for the score: ms from the first click to the
   * score painted, and where that time went (sums over the 50 questions).
   */
  async function answerAll(key) {
    const started = performance.now();
    const before = { ...transactions };
    const phases = { question: 0, choice: 0, verdict: 0, results: 0 };
    let mark = started;
    const lap = (phase) => {
      const now = performance.now();
      phases[phase] += now - mark;
      mark = now;
    };
    for (const [questionId, choiceId] of key) {
      const choice = `input[name="${questionId}-choice"][value="${choiceId}"]`;
      await when(() => enabled(choice));
      lap('question');
      find(choice).click();
      await when(() => enabled('[part~="question"] button[type="submit"]'));
      lap('choice');
      find('[part~="question"] button[type="submit"]').click();
      await when(() => enabled('[part~="verdict"] button.primary'));
      lap('verdict');
      find('[part~="verdict"] button.primary').click();
    }
    await when(() => find('[part~="results"] .score'));
    lap('results');
    const painted = await nextPaint();
    const used = {
      readonly: transactions.readonly - before.readonly,
      readwrite: transactions.readwrite - before.readwrite,
    };
    return {
      ms: painted - started,
      phases,
      transactions: used,
      score: find('[part~="results"] .score').textContent.trim(),
    };
  }

  window.bench = {
    quizDefined,
    engineReady,
    startView,
    firstQuestion,
    fullPaint: () => firstQuestion.then(() => settled()),
    answerAll,
  };
})();
