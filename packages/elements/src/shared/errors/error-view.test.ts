import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MindError } from '@mindshare/core';
import en from '../i18n/strings/en.js';
import { loadTranslation } from '../i18n/localize.js';
import { mountTemplate, type TemplateHost } from '../../testing/template-host.js';
import { errorView, type ErrorViewOptions } from './error-view.js';
import { errorText } from './error-text.js';

const words = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
const full = () => new MindError('MIND_STORAGE_FULL', 'quota exceeded');
const offline = () => new MindError('MIND_NETWORK', 'fetch failed');
const stale = () => new MindError('MIND_STALE', 'schema 3 is newer than 2');

/** Mounts the error view for `error`; `retries` counts the calls of its retry. */
async function show(error: unknown, options: Partial<ErrorViewOptions> = {}) {
  const retries = { count: 0 };
  const el = await mountTemplate((host) =>
    errorView(host.localize, error, { retry: () => retries.count++, ...options }),
  );
  const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
  return { el, alert, retries, button: alert.querySelector<HTMLButtonElement>('button')! };
}

/** The element names the alert by `aria-labelledby`; this is that name. */
function alertName(el: TemplateHost, alert: Element): string | undefined {
  const id = alert.getAttribute('aria-labelledby');
  return id ? words(el.shadowRoot!.getElementById(id)) : undefined;
}

describe('errorText', () => {
  it('names a full device, a network failure and a page out of date, and only a stale page needs a reload', async () => {
    const { localize } = await mountTemplate(() => html``);
    expect(errorText(localize, full())).to.deep.equal({
      title: en.mindErrorStorageFullTitle,
      advice: en.mindErrorStorageFull,
      reload: false,
    });
    expect(errorText(localize, offline())).to.deep.equal({
      title: en.mindErrorNetworkTitle,
      advice: en.mindErrorNetwork,
      reload: false,
      withContext: true,
    });
    expect(errorText(localize, stale())).to.deep.equal({
      title: en.mindErrorStaleTitle,
      advice: en.mindErrorStale,
      reload: true,
    });
  });

  it('says storage out of reach and an unknown challenge (named), and that a view out of reach retries by itself', async () => {
    const { localize } = await mountTemplate(() => html``);
    expect(errorText(localize, new MindError('MIND_STORAGE_UNAVAILABLE', 'blocked'))).to.deep.equal({
      title: en.mindErrorUnavailableTitle,
      advice: en.mindErrorUnavailable,
      reload: false,
      withContext: true,
    });
    expect(errorText(localize, offline(), { retrying: true }).advice).to.equal(en.mindErrorNetworkRetrying);
    expect(errorText(localize, new MindError('MIND_NOT_FOUND', 'No challenge'), { challengeId: 'q4' })).to.deep.equal({
      title: en.mindErrorUnknownChallengeTitle,
      advice: en.mindErrorUnknownChallenge('q4'),
      reload: false,
    });
    // Without a challenge to name, a missing attempt or nugget stays generic.
    expect(errorText(localize, new MindError('MIND_NOT_FOUND', 'No attempt')).title).to.equal(en.mindErrorTitle);
  });

  it('stays generic for any other failure, whose message is for developers', async () => {
    const { localize } = await mountTemplate(() => html``);
    const generic = { title: 'Something went wrong', advice: undefined, reload: false };
    expect(errorText(localize, new MindError('MIND_FORBIDDEN', 'no'))).to.deep.equal(generic);
    expect(errorText(localize, new Error('MIND_STORAGE_FULL'))).to.deep.equal(generic);
    expect(errorText(localize, 'offline')).to.deep.equal(generic);
    expect(errorText(localize, undefined)).to.deep.equal(generic);
  });

  it('recognises the error of another copy of the library on the page by its shape', async () => {
    const { localize } = await mountTemplate(() => html``);
    const foreign = Object.assign(new Error('quota'), { name: 'MindError', code: 'MIND_STORAGE_FULL' });
    expect(errorText(localize, foreign).title).to.equal(en.mindErrorStorageFullTitle);
  });
});

describe('errorView', () => {
  it('says a device is full and what to do, as an alert titled by it, and tries again', async () => {
    const { el, alert, button, retries } = await show(full(), { fallback: 'Could not load the gallery.' });
    await expect(el).to.be.accessible();
    expect(alertName(el, alert)).to.equal('This device is out of space');
    expect(words(alert.querySelector('h2'))).to.equal('This device is out of space');
    expect(words(alert.querySelector('p'))).to.equal(en.mindErrorStorageFull);
    expect(words(alert), 'the element’s own words add nothing to a full device').not.to.contain('gallery');
    expect(words(button)).to.equal('Try again');
    button.click();
    expect(retries.count).to.equal(1);
  });

  it('says the server cannot be reached after what could not be done, and tries again', async () => {
    const { el, alert, button, retries } = await show(offline(), { fallback: 'Could not load the gallery.' });
    await expect(el).to.be.accessible();
    expect(alertName(el, alert)).to.equal('Mindshare cannot be reached');
    expect(words(alert.querySelector('p'))).to.equal(`Could not load the gallery. ${en.mindErrorNetwork}`);
    expect(words(button)).to.equal('Try again');
    button.click();
    expect(retries.count).to.equal(1);

    const bare = await show(offline());
    expect(words(bare.alert.querySelector('p'))).to.equal(en.mindErrorNetwork);
  });

  it('offers a reload instead of a retry for a page out of date, since trying again cannot help', async () => {
    const { el, alert, button } = await show(stale(), { fallback: 'Could not save your answer.' });
    await expect(el).to.be.accessible();
    expect(alertName(el, alert)).to.equal('This page is out of date');
    expect(words(alert.querySelector('p'))).to.equal(en.mindErrorStale);
    expect(words(button)).to.equal('Reload the page');
    expect(alert.querySelectorAll('button')).to.have.length(1);
    // Not clicked: it would reload the test page.
  });

  it('shows a generic failure in the element’s own words, with a retry', async () => {
    const { el, alert, button, retries } = await show(new Error('boom'), { fallback: 'Could not load the gallery.' });
    await expect(el).to.be.accessible();
    expect(alertName(el, alert)).to.equal('Something went wrong');
    expect(words(alert.querySelector('p'))).to.equal('Could not load the gallery.');
    expect(words(alert), 'a developer’s message reached the person').not.to.contain('boom');
    button.click();
    button.click();
    expect(retries.count).to.equal(2);

    const silent = await show(new Error('boom'));
    expect(silent.alert.querySelector('p'), 'an empty paragraph under a generic title').to.equal(null);
    expect(words(silent.button)).to.equal('Try again');
  });

  it('prefers the element’s own advice to the shared one', async () => {
    const { el, alert } = await show(full(), { advice: 'Delete a recording to make room.' });
    expect(words(alert.querySelector('p'))).to.equal('Delete a recording to make room.');
    expect(alertName(el, alert)).to.equal('This device is out of space');
  });

  it('exposes its part, and a title at the level asked that focus can move to when asked', async () => {
    const plain = await show(full());
    expect(plain.alert.hasAttribute('part')).to.equal(false);
    const title = plain.alert.querySelector('h2')!;
    expect(title.hasAttribute('tabindex'), 'a title takes focus no one moves to it').to.equal(false);
    expect(title.hasAttribute('data-focus')).to.equal(false);

    const focusable = await show(full(), { part: 'status', focusable: true, level: 3 });
    expect(focusable.alert.getAttribute('part')).to.equal('status');
    expect(focusable.alert.querySelector('h2')).to.equal(null);
    const h3 = focusable.alert.querySelector<HTMLElement>('h3')!;
    expect(h3.getAttribute('tabindex')).to.equal('-1');
    expect(h3.hasAttribute('data-focus')).to.equal(true);
    h3.focus();
    expect(focusable.el.shadowRoot!.activeElement).to.equal(h3);
    expect(alertName(focusable.el, focusable.alert)).to.equal('This device is out of space');
    await expect(focusable.el).to.be.accessible();
  });

  it('fits on one line inside a view that keeps its frame (compact)', async () => {
    const generic = await show(new Error('boom'), { compact: true, fallback: 'Could not load the board.' });
    await expect(generic.el).to.be.accessible();
    expect(generic.alert.querySelector('h2, h3')).to.equal(null);
    expect(words(generic.alert.querySelector('p'))).to.equal('Could not load the board.');
    generic.button.click();
    expect(generic.retries.count).to.equal(1);

    const device = await show(full(), { compact: true, fallback: 'Could not load the board.' });
    expect(words(device.alert.querySelector('p strong'))).to.equal('This device is out of space');
    expect(words(device.alert.querySelector('p'))).to.equal(`This device is out of space ${en.mindErrorStorageFull}`);

    const network = await show(offline(), { compact: true, fallback: 'Could not load the board.' });
    expect(words(network.alert.querySelector('p'))).to.equal(
      `Mindshare cannot be reached Could not load the board. ${en.mindErrorNetwork}`,
    );
    expect(words(network.button)).to.equal('Try again');

    const old = await show(stale(), { compact: true });
    expect(words(old.button)).to.equal('Reload the page');
  });

  it('speaks French under lang="fr"', async () => {
    await loadTranslation('fr');
    const retries = { count: 0 };
    const wrapper = await fixture(html`<div lang="fr"><mind-test-template-host></mind-test-template-host></div>`);
    const el = wrapper.querySelector<TemplateHost>('mind-test-template-host')!;
    el.view = (host) => errorView(host.localize, full(), { retry: () => retries.count++ });
    el.requestUpdate();
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    await waitUntil(() => words(alert.querySelector('h2'))?.startsWith('L’espace'), 'no French title');
    expect(words(alert.querySelector('h2'))).to.equal('L’espace de stockage de cet appareil est plein');
    expect(words(alert.querySelector('button'))).to.equal('Réessayer');
  });
});
