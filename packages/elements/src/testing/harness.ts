// The one harness every element test uses: render an element (alone, in a `lang` wrapper, or under
// a <mind-provider>), read its shadow root as a person sees it, and wait for it to settle.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MindshareApi } from '@mindshare/core';
import { nothing, type ReactiveElement, type TemplateResult } from 'lit';

/**
 * How long a wait for the page may take. Generous on purpose: the test machines are small and
 * shared, and a test asserts what a person sees, not how fast (speed is measured in benchmarks).
 */
export const WAIT_MS = 5000;

/** The `mindLoading` term in every locale the elements ship: what a loading view says. */
const LOADING_WORDS = new Set(['Loading…', 'Chargement…', 'Wird geladen…', 'Cargando…', 'Caricamento…']);
// Portuguese and Arabic, each on its own line so languages added beside them merge cleanly.
LOADING_WORDS.add('Carregando…');
LOADING_WORDS.add('جارٍ التحميل…');

/** Nodes a person does not read: marks hidden from assistive technology (sort arrows, icons). */
export const DECORATIONS = '[aria-hidden="true"]';

/** Options of {@link render}. */
export interface RenderOptions {
  /** Renders inside `<div lang=…>`, as a portal page in that language. */
  readonly lang?: string;
  /**
   * Renders under a `<mind-provider>` that gives this API (a scenario world's engine, over the
   * in-memory store) to the element, which then needs no `.api` of its own.
   */
  readonly provider?: MindshareApi;
}

/**
 * Renders `template` (one element, e.g. html`<mind-quiz .api=${api}></mind-quiz>`) on the test
 * page, inside the wrappers `options` ask for, and returns the element as `fixture()` does (the
 * outermost node has rendered once; wait for more with {@link until} or {@link settled}).
 */
export async function render<E extends Element = HTMLElement>(
  template: TemplateResult,
  options: RenderOptions = {},
): Promise<E> {
  let wrapped = template;
  let depth = 0;
  if (options.provider) {
    await import('../provider/provider.define.js');
    wrapped = html`<mind-provider .api=${options.provider}>${wrapped}</mind-provider>`;
    depth++;
  }
  if (options.lang !== undefined) {
    wrapped = html`<div lang=${options.lang}>${wrapped}</div>`;
    depth++;
  }
  // No wait past fixture()'s: a test listening for an event the first load fires (mind-ready,
  // mind-error) must be able to start listening before that load ends.
  let el: Element | null = await fixture<Element>(wrapped);
  for (let level = 0; level < depth; level++) el = el!.firstElementChild;
  if (!el) throw new Error('render: the template holds no element');
  return el as E;
}

/**
 * Renders a `<mind-provider>` giving `api`, around `content` (none by default: a test then appends
 * an element itself, as a portal that adds widgets later does).
 */
export async function renderProvider(
  api: MindshareApi,
  content: TemplateResult | typeof nothing = nothing,
): Promise<HTMLElement> {
  await import('../provider/provider.define.js');
  return fixture<HTMLElement>(html`<mind-provider .api=${api}>${content}</mind-provider>`);
}

/** The shadow root of an element rendered by Lit (it always has one). */
export function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no open shadow root`);
  return el.shadowRoot;
}

/** The first node matching `selector` in the shadow root of `el`, or `null`. */
export function find<E extends Element = HTMLElement>(el: Element, selector: string): E | null {
  return root(el).querySelector<E>(selector);
}

/** Every node matching `selector` in the shadow root of `el`, in document order. */
export function findAll<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return [...root(el).querySelectorAll<E>(selector)];
}

/** Options of {@link textOf} and {@link text}. */
export interface TextOptions {
  /** Leaves out the nodes matching this selector, e.g. {@link DECORATIONS}. */
  readonly without?: string;
}

/**
 * The text of `node` as one line: runs of white space (French narrow spaces included) become one
 * space, ends trimmed; `''` for no node, so a missing node fails an equality rather than throwing.
 */
export function textOf(node: Element | null | undefined, options: TextOptions = {}): string {
  if (!node) return '';
  let source = node;
  if (options.without) {
    source = node.cloneNode(true) as Element;
    source.querySelectorAll(options.without).forEach((mark) => mark.remove());
  }
  return (source.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text ({@link textOf}) of the first node matching `selector` in the shadow root of `el`. */
export function text(el: Element, selector = '[part~="base"]', options: TextOptions = {}): string {
  return textOf(find(el, selector), options);
}

/**
 * Waits until `selector` matches in the shadow root of `el` and `el` has finished updating;
 * resolves to the node.
 */
export async function until<E extends Element = HTMLElement>(
  el: ReactiveElement,
  selector: string,
  message = `never showed ${selector}`,
): Promise<E> {
  await waitUntil(() => find(el, selector) !== null, message, { timeout: WAIT_MS });
  await el.updateComplete;
  return find<E>(el, selector)!;
}

/**
 * Whether `el` shows a loading state: a `.loading` view, or a status that says "Loading…" in
 * one of the shipped languages.
 */
export function isLoading(el: Element): boolean {
  if (find(el, '.loading')) return true;
  return findAll(el, '[role="status"]').some((status) => LOADING_WORDS.has(textOf(status)));
}

/**
 * Waits until `el` has rendered its base, shows no loading state (it shows its data, an empty,
 * forbidden or error view) and has finished updating.
 */
export async function settled(el: ReactiveElement, message = `<${el.localName}> never loaded`): Promise<void> {
  const done = () => find(el, '[part~="base"]') !== null && !isLoading(el);
  do {
    await waitUntil(done, message, { timeout: WAIT_MS });
    await el.updateComplete;
  } while (!done());
}

/**
 * Clicks the control matching `selector` in the shadow root of `el` as a person would, failing
 * the test if it is missing or disabled (a person could not click it).
 */
export function click(el: Element, selector: string): void {
  const control = find<HTMLElement & { disabled?: boolean }>(el, selector);
  expect(control, `no ${selector}`).to.not.equal(null);
  expect(control!.disabled ?? false, `${selector} is disabled`).to.equal(false);
  control!.click();
}

/**
 * Expects `el` to show its error alert (`[role="alert"]`), saying `words` when given, and to be
 * accessible with it.
 */
export async function expectAccessibleAlert(el: Element, words?: string): Promise<void> {
  const alert = find(el, '[role="alert"]');
  expect(alert, `<${el.localName}> shows no error alert`).not.to.equal(null);
  if (words !== undefined) expect(textOf(alert)).to.contain(words);
  await expect(el).to.be.accessible();
}

/**
 * Expects `el` to show its error view (the alert) saying `words`, then clicks its button as a person
 * would and waits until `loaded` matches: trying again worked.
 */
export async function expectErrorThenRetry(el: ReactiveElement, words: string, loaded: string): Promise<void> {
  await until(el, '[role="alert"]');
  expect(text(el, '[role="alert"]')).to.contain(words);
  click(el, '[role="alert"] button');
  await until(el, loaded);
}
