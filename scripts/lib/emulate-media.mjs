// A web-test-runner command that emulates `prefers-color-scheme`, `prefers-reduced-motion` and a
// touch screen's `pointer: coarse` in Chromium and Firefox alike. The runner's own `emulate-media` needs the DevTools protocol, which
// Firefox does not speak, and WebDriver BiDi has no such emulation yet: Firefox gets the two
// preferences its settings page would set, written from its privileged (chrome) scope.

/** The command's name, as the page's `executeServerCommand` sends it (packages/elements/src/testing/media.ts). */
export const EMULATE_MEDIA = 'mind-emulate-media';

const COLOR_SCHEMES = ['light', 'dark', 'no-preference'];
const MOTIONS = ['reduce', 'no-preference'];
const POINTERS = ['coarse', 'fine'];

function check(payload) {
  const { colorScheme, reducedMotion, pointer, ...rest } = payload ?? {};
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw new Error(`${EMULATE_MEDIA}: unknown option ${unknown.join(', ')}.`);
  if (colorScheme !== undefined && !COLOR_SCHEMES.includes(colorScheme))
    throw new Error(`${EMULATE_MEDIA}: colorScheme must be one of ${COLOR_SCHEMES.join(', ')}, not ${colorScheme}.`);
  if (reducedMotion !== undefined && !MOTIONS.includes(reducedMotion))
    throw new Error(`${EMULATE_MEDIA}: reducedMotion must be one of ${MOTIONS.join(', ')}, not ${reducedMotion}.`);
  if (pointer !== undefined && !POINTERS.includes(pointer))
    throw new Error(`${EMULATE_MEDIA}: pointer must be one of ${POINTERS.join(', ')}, not ${pointer}.`);
  return { colorScheme, reducedMotion, pointer };
}

/** Media queries that hold once the emulation applies: the page's own view of it. */
function expectedQueries({ colorScheme, reducedMotion, pointer }) {
  const queries = [];
  // Headless Chromium without touch says `pointer: none`, not fine: a mouse is "not coarse".
  if (pointer) queries.push(pointer === 'coarse' ? '(pointer: coarse)' : 'not all and (pointer: coarse)');
  if (colorScheme === 'dark' || colorScheme === 'light') queries.push(`(prefers-color-scheme: ${colorScheme})`);
  if (reducedMotion) queries.push(`(prefers-reduced-motion: ${reducedMotion})`);
  return queries;
}

/**
 * Firefox's preferences for the options: `layout.css.prefers-color-scheme.content-override`
 * (0 dark, 1 light; cleared, the system's), `ui.prefersReducedMotion` (1 reduce, 0 not) and
 * `ui.primaryPointerCapabilities` (1 coarse; fine is cleared, the system's mouse).
 */
function firefoxPreferenceScript({ colorScheme, reducedMotion, pointer }) {
  const lines = [];
  const scheme = 'layout.css.prefers-color-scheme.content-override';
  if (colorScheme === 'dark' || colorScheme === 'light')
    lines.push(`Services.prefs.setIntPref('${scheme}', ${colorScheme === 'dark' ? 0 : 1});`);
  else if (colorScheme === 'no-preference') lines.push(`Services.prefs.clearUserPref('${scheme}');`);
  if (reducedMotion)
    lines.push(`Services.prefs.setIntPref('ui.prefersReducedMotion', ${reducedMotion === 'reduce' ? 1 : 0});`);
  const pointers = 'ui.primaryPointerCapabilities';
  if (pointer === 'coarse') lines.push(`Services.prefs.setIntPref('${pointers}', 1);`);
  else if (pointer === 'fine') lines.push(`Services.prefs.clearUserPref('${pointers}');`);
  return `${lines.join('\n')} true`;
}

async function setFirefoxPreferences(browser, options) {
  const connection = browser.connection;
  // `moz:scope: chrome` lists the browser's own windows, whose realm holds `Services`; the
  // browser must run with `--remote-allow-system-access` (scripts/lib/browsers.mjs).
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts[0]?.context;
  if (!context) throw new Error(`${EMULATE_MEDIA}: Firefox shows no privileged window to set preferences from.`);
  const reply = await connection.send('script.evaluate', {
    expression: firefoxPreferenceScript(options),
    target: { context },
    awaitPromise: false,
  });
  if (reply.result.type === 'exception')
    throw new Error(`${EMULATE_MEDIA}: Firefox refused the preferences: ${reply.result.exceptionDetails.text}`);
}

/**
 * The web-test-runner plugin that answers {@link EMULATE_MEDIA}. In both browsers a call changes
 * only what it names; the rest stays as an earlier call set it (Chromium's protocol replaces the
 * whole set on each call, so the page's emulation so far is kept here and sent whole), and
 * `colorScheme: 'no-preference'` gives the scheme back to the system.
 */
export function emulateMediaPlugin() {
  const emulated = new WeakMap();
  // Chromium's touch emulation (which makes `pointer: coarse` match) lasts as long as its session.
  const touch = new WeakMap();
  return {
    name: EMULATE_MEDIA,
    async executeCommand({ command, payload, session }) {
      if (command !== EMULATE_MEDIA) return undefined;
      const options = check(payload);
      const page = session.browser.getPage(session.id);
      if (session.browser.name === 'Firefox') {
        await setFirefoxPreferences(page.browser(), options);
      } else {
        const state = {
          ...emulated.get(page),
          ...Object.fromEntries(Object.entries(options).filter(([, value]) => value)),
        };
        emulated.set(page, state);
        const features = [];
        // An empty value ends Chromium's emulation of that feature.
        if (state.colorScheme)
          features.push({
            name: 'prefers-color-scheme',
            value: state.colorScheme === 'no-preference' ? '' : state.colorScheme,
          });
        if (state.reducedMotion) features.push({ name: 'prefers-reduced-motion', value: state.reducedMotion });
        await page.emulateMediaFeatures(features);
        if (options.pointer) {
          if (!touch.has(page)) touch.set(page, await page.createCDPSession());
          await touch.get(page).send('Emulation.setTouchEmulationEnabled', {
            enabled: options.pointer === 'coarse',
            maxTouchPoints: 1,
          });
        }
      }
      // Firefox applies a preference on its next style refresh, not at once: the command returns
      // when the page itself sees what was asked, so the test after it measures the new styles.
      // (Within the test's own timeout, so this message, not the timeout's, says what failed.)
      const queries = expectedQueries(options);
      if (queries.length > 0)
        await page
          .waitForFunction(
            (all) => all.every((query) => globalThis.matchMedia(query).matches),
            { timeout: 7_000 },
            queries,
          )
          .catch(() => {
            throw new Error(`${EMULATE_MEDIA}: the page did not come to match ${queries.join(' and ')}.`);
          });
      return true;
    },
  };
}
