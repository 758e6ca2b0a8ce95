/* global deepAll, deepText -- installed in the page by installDeepQuery() below */
// What the end-to-end tests do in a portal page. Everything below the portal is in shadow roots,
// so queries walk them: install `installDeepQuery` with `page.evaluateOnNewDocument` first.

/** Installed in the page: `deepAll(root, selector)` and `deepText(element)`, shadow roots included. */
export function installDeepQuery() {
  globalThis.deepAll = (root, selector) => {
    const found = [];
    const walk = (node) => {
      for (const element of node.querySelectorAll('*')) {
        if (element.matches(selector)) found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    if (root.shadowRoot) walk(root.shadowRoot);
    walk(root);
    return found;
  };
  /** The text of `element` including its shadow tree. */
  globalThis.deepText = (element) => {
    const parts = [];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent);
        else if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.shadowRoot) walk(child.shadowRoot);
          walk(child);
        }
      }
    };
    walk(element.shadowRoot ?? element);
    return parts.join(' ').replace(/\s+/g, ' ');
  };
}

/**
 * Clicks `handle` (a radio, a checkbox, a button) in the page. Not a mouse click at coordinates:
 * between finding an element and the mouse press, a slow machine lets the layout move (the coach's
 * queue shrinking above the review once a review is saved), and the press lands beside it.
 */
export async function activate(handle) {
  await handle.evaluate((element) => element.click());
}

/**
 * Waits for an enabled, visible button whose text starts with `text` inside `host` (a CSS selector)
 * and clicks it, both in one step in the page, so no re-render or layout shift comes in between.
 */
export async function clickButton(page, host, text, { within } = {}) {
  await page.waitForFunction(
    (hostSelector, label, scope) => {
      const root = document.querySelector(hostSelector);
      if (!root) return undefined;
      const containers = scope ? deepAll(root, scope.selector).filter((c) => deepText(c).includes(scope.text)) : [root];
      for (const container of containers) {
        const button = deepAll(container, 'button').find(
          (candidate) =>
            !candidate.disabled && candidate.checkVisibility() && candidate.textContent.trim().startsWith(label),
        );
        if (button) {
          button.click();
          return true;
        }
      }
      return false;
    },
    {},
    host,
    text,
    within,
  );
}

/** Waits until `host`'s deep text includes `text`; failing, says what the host showed instead. */
export async function waitForText(page, host, text) {
  try {
    await page.waitForFunction(
      (hostSelector, expected) => {
        const root = document.querySelector(hostSelector);
        return root !== null && deepText(root).includes(expected);
      },
      {},
      host,
      text,
    );
  } catch (error) {
    const shown = await page.evaluate((hostSelector) => {
      const root = document.querySelector(hostSelector);
      return root ? deepText(root) : 'no such element';
    }, host);
    throw new Error(`${host} never showed "${text}"; it shows: ${shown}`, { cause: error });
  }
}

/** Answers the five questions of the open challenge (the first choice, or 2 for a number) to the results. */
export async function answerChallenge(page) {
  await clickButton(page, 'mind-quiz', 'Start the challenge');
  for (let index = 0; index < 5; index++) {
    // The question shown is this one once its title says so: the next question shows only after the
    // engine revealed it, and until then the one answered stays on screen with its verdict.
    await page.waitForFunction(
      (title) =>
        deepAll(document.querySelector('mind-quiz'), '[part~="question"] h2').some((h2) =>
          deepText(h2).includes(title),
        ),
      {},
      `Question ${index + 1} of`,
    );
    const field = await page.evaluateHandle(() => {
      const question = deepAll(document.querySelector('mind-quiz'), '[part~="question"]')[0];
      return deepAll(question, 'input[inputmode="decimal"]')[0] ?? deepAll(question, 'input')[0];
    });
    const kind = await field.evaluate((input) => input.type);
    if (kind === 'text') await field.type('2');
    else await activate(field);
    await clickButton(page, 'mind-quiz', 'Submit');
    await page.waitForFunction(() => deepAll(document.querySelector('mind-quiz'), '[part~="verdict"]').length > 0);
    await clickButton(page, 'mind-quiz', index < 4 ? 'Next question' : 'See my results');
  }
  await waitForText(page, 'mind-quiz', 'Your results');
  await waitForText(page, 'mind-quiz', 'Rank:');
}

/** Records a pitch of `ms` milliseconds with the fake camera, consent given, and submits it. */
export async function recordPitch(page, ms = 2_000) {
  await clickButton(page, 'mind-pitch-recorder', 'Turn on camera');
  const consent = await page.waitForFunction(
    () => deepAll(document.querySelector('mind-pitch-recorder'), '[part~="consent"] input')[0],
  );
  await activate(consent);
  await clickButton(page, 'mind-pitch-recorder', 'Start recording');
  await waitForText(page, 'mind-pitch-recorder', 'Stop recording');
  await new Promise((resolve) => setTimeout(resolve, ms)); // the take's length, not a wait for the page
  await clickButton(page, 'mind-pitch-recorder', 'Stop recording');
  await clickButton(page, 'mind-pitch-recorder', 'Submit my pitch');
  await waitForText(page, 'mind-pitch-recorder', 'Pitch submitted');
}

/**
 * In the coach's view: takes `seller`'s pitch from `<mind-review-queue>` (its Open button claims it
 * and shows `<mind-pitch-review>` in the queue); resolves with its recording id. Found and clicked
 * in one step: the queue re-reads every few seconds, and a row found a moment earlier may be new.
 */
export async function openPitchOf(page, seller) {
  const opened = await page.waitForFunction(
    (name) => {
      const queue = document.querySelector('mind-review-queue');
      if (!queue) return undefined;
      const review = deepAll(queue, 'mind-pitch-review')[0];
      if (review?.recording) return review.recording;
      const row = deepAll(queue, '[part~="row"]').find((candidate) => deepText(candidate).includes(name));
      const open = row && deepAll(row, '[part~="open"]')[0];
      if (open && !open.disabled) open.click();
      return undefined;
    },
    {},
    seller,
  );
  return opened.jsonValue();
}

/** The review open in the coach's queue, for `clickButton` and `waitForText`. */
export const OPEN_REVIEW = 'mind-review-queue';

/** In the open review: the top level of every criterion, then "Submit review". */
export async function submitTopReview(page) {
  await page.waitForFunction(
    () => deepAll(document.querySelector('mind-review-queue'), 'input[type="radio"]').length > 0,
  );
  const names = await page.evaluate(() => [
    ...new Set(deepAll(document.querySelector('mind-review-queue'), 'input[type="radio"]').map((input) => input.name)),
  ]);
  for (const name of names) {
    const radio = await page.evaluateHandle(
      (group) => deepAll(document.querySelector('mind-review-queue'), `input[type="radio"][name="${group}"]`).at(-1),
      name,
    );
    await activate(radio);
  }
  await clickButton(page, OPEN_REVIEW, 'Submit review');
}

/**
 * In the seller's view: opens the newest take in `<mind-my-pitches>` and waits for the coach's
 * review (its total and feedback) to show.
 */
export async function readMyReview(page) {
  await waitForText(page, 'mind-my-pitches', 'Score:');
  await clickButton(page, 'mind-my-pitches', 'Watch and read the review');
  await waitForText(page, 'mind-my-pitches', 'Your coach’s review');
  await waitForText(page, 'mind-my-pitches', 'Weighted total');
}

/** The CDN chunks `page` has downloaded, by name without their hash (`load-mindshare`, `http`, `quiz.fr`). */
export async function loadedChunks(page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.includes('/chunks/'))
      .map((path) => path.slice(path.lastIndexOf('/') + 1).replace(/-[\w-]{8}\.min\.js$/, '')),
  );
}
