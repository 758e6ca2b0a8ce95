import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MindshareApi, ResponseQuery } from '@mindshare/core';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia } from '../testing/media.js';
import { scenarioWorld, SCENARIO_TIME, type ScenarioWorld } from '@mindshare/core/testing';
import './responses.define.js';
import type { MindResponses } from './responses.element.js';
import { listenForMindErrors, withOverrides } from '../testing/api-overrides.js';
import { downloadedText } from '../testing/csv-download.js';
import { find, findAll, isLoading, render, settled, text, textOf } from '../testing/harness.js';

/** The scenario with answers: Anna (in French), then Chloe, answer the manager's open question. */
async function answered(): Promise<ScenarioWorld> {
  const world = scenarioWorld();
  world.clock.set(SCENARIO_TIME.secondPlatinumRelease);
  await (await world.as('s-anna')).respond('n-objections', 'Trop cher pour une équipe de 5 « petites » PME.');
  world.clock.advance(60_000);
  await (await world.as('s-chloe')).respond('n-objections', 'They already use "Contoso", sadly.');
  await (await world.as('s-bruno')).vote('n-platinum-poll', ['pro']);
  await (await world.as('s-anna')).vote('n-platinum-poll', ['pro']);
  return world;
}

async function show(api: MindshareApi, lang = 'en'): Promise<MindResponses> {
  const el = await render<MindResponses>(html`<mind-responses .api=${api}></mind-responses>`, { lang });
  await settled(el);
  return el;
}

const rows = (el: MindResponses) => findAll(el, 'tr[part~="row"]');
const sellers = (el: MindResponses) => rows(el).map((row) => textOf(row.querySelector('th')));

describe('<mind-responses>', () => {
  it('is accessible while loading, listing, empty, forbidden and failed', async () => {
    const world = await answered();
    const manager = await world.as('mgr-marc');

    const loading = await render<MindResponses>(
      html`<mind-responses
        .api=${withOverrides(manager, { responses: () => new Promise(() => {}) })}
      ></mind-responses>`,
    );
    await waitUntil(() => isLoading(loading));
    await expect(loading).to.be.accessible();

    const list = await show(manager);
    expect(rows(list)).to.have.length(2);
    await expect(list).to.be.accessible();

    const empty = await show(await scenarioWorld().as('mgr-marc'));
    expect(text(empty, '.state')).to.contain('No answers yet');
    await expect(empty).to.be.accessible();

    const forbidden = await show(await world.as('s-emma'));
    expect(text(forbidden, '.state')).to.equal(
      'Answers to open questions are for channel managers and the owner of each question; no open question names you as its owner.',
    );
    expect(find(forbidden, 'table, select, [part~="polls"]')).to.equal(null);
    await expect(forbidden).to.be.accessible();

    const heard = listenForMindErrors();
    try {
      const failed = await render<MindResponses>(
        html`<mind-responses
          .api=${withOverrides(manager, { responses: () => Promise.reject(new Error('down')) })}
        ></mind-responses>`,
      );
      await waitUntil(() => find(failed, '[role="alert"]'), 'no error view');
      expect(text(failed, '[role="alert"]')).to.contain('The answers could not be loaded.');
      await expect(failed).to.be.accessible();
      expect(heard.details.length).to.equal(1);
    } finally {
      heard.stop();
    }
  });

  it('lists answers newest first with seller, partner, tier, date, question and the text as text', async () => {
    const el = await show(await (await answered()).as('mgr-marc'));
    expect(sellers(el)).to.deep.equal(['Chloe Park', 'Anna Martin']);
    const cells = [...rows(el)[1]!.querySelectorAll('td')].map((cell) => textOf(cell));
    const date = new Intl.DateTimeFormat('en', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Paris',
    }).format(SCENARIO_TIME.secondPlatinumRelease);
    expect(cells.slice(0, 5)).to.deep.equal([
      date,
      'Alpha Distribution',
      'Platinum',
      'Which objection did you hear this week?',
      'Trop cher pour une équipe de 5 « petites » PME.',
    ]);
    // Typed text stays text: quotes and angle brackets are never markup.
    expect(find(el, '[part~="text"] *')).to.equal(null);
    expect(text(el, 'caption')).to.equal('2 answers');
  });

  it('filters by question and shows handled answers only when asked', async () => {
    const world = await answered();
    const marc = await world.as('mgr-marc');
    await marc.markResponseHandled('n-objections~s-chloe', true);
    const el = await show(marc);
    expect(sellers(el)).to.deep.equal(['Anna Martin']);
    const options = findAll<HTMLOptionElement>(el, 'select option');
    expect(options.map((option) => textOf(option))).to.deep.equal(['All questions', 'Objections']);

    const toggle = find<HTMLInputElement>(el, 'input[type="checkbox"]')!;
    toggle.click();
    await settled(el);
    expect(sellers(el)).to.deep.equal(['Chloe Park', 'Anna Martin']);
    expect(textOf(rows(el)[0]!.querySelector('.status'))).to.match(/^Handled by Marc Manager, /);

    el.question = 'n-elsewhere';
    await settled(el);
    expect(rows(el)).to.have.length(0);
    expect(text(el, '.state')).to.contain('No answers yet');
  });

  it('marks an answer handled, says so, fires mind-response-handled, and it stays handled after a reload', async () => {
    const world = await answered();
    const marc = await world.as('mgr-marc');
    const el = await show(marc);
    const button = find(el, 'tr[data-response="n-objections~s-anna"] [part~="handle"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Mark as handled: Anna Martin, Objections');
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'mind-response-handled');
    expect(event.detail).to.deep.equal({
      responseId: 'n-objections~s-anna',
      nuggetId: 'n-objections',
      sellerId: 's-anna',
      handled: true,
    });
    await waitUntil(() => sellers(el).length === 1, 'the handled answer stayed in the list');
    expect(sellers(el)).to.deep.equal(['Chloe Park']);
    expect(text(el, '.visually-hidden[role="status"]')).to.equal('Anna Martin’s answer is marked as handled.');

    // A new element over a new engine on the same store: the mark was written, not kept in the view.
    el.remove();
    const again = await show(await world.as('mgr-marc'));
    expect(sellers(again)).to.deep.equal(['Chloe Park']);
    again.showHandled = true;
    await settled(again);
    const reopen = find(again, 'tr[data-response="n-objections~s-anna"] [part~="handle"]')!;
    expect(textOf(reopen)).to.equal('Reopen');
    reopen.click();
    await waitUntil(
      () => textOf(find(again, 'tr[data-response="n-objections~s-anna"] [part~="handle"]')) === 'Mark as handled',
    );
  });

  it('keeps the button busy while the engine works, and says when it refuses', async () => {
    const world = await answered();
    const marc = await world.as('mgr-marc');
    let release: () => void = () => {};
    const api = withOverrides(marc, {
      markResponseHandled: () => new Promise((_, reject) => (release = () => reject(new Error('the server said no')))),
    });
    const el = await show(api);
    const button = find(el, '[part~="handle"]')!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-busy')).to.equal('true');
    release();
    await waitUntil(() => find(el, 'p.error[role="alert"]'), 'no refusal shown');
    expect(text(el, 'p.error')).to.equal('The answer could not be updated.');
    expect(find(el, '[part~="handle"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(rows(el)).to.have.length(2);
  });

  it('reaches the filter and a handle button by keyboard, and moves focus on when a row leaves', async () => {
    const el = await show(await (await answered()).as('mgr-marc'));
    const select = find<HTMLSelectElement>(el, 'select')!;
    select.focus();
    expect(el.shadowRoot!.activeElement).to.equal(select);
    await sendKeys({ press: 'Tab' }); // the "show handled" checkbox
    await sendKeys({ press: 'Tab' }); // the export button
    await sendKeys({ press: 'Tab' }); // the first row's handle button
    const first = el.shadowRoot!.activeElement as HTMLElement;
    expect(first.getAttribute('part')).to.equal('handle');
    expect(first.closest('tr')!.dataset['response']).to.equal('n-objections~s-chloe');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sellers(el).length === 1, 'the row stayed');
    await waitUntil(() => el.shadowRoot!.activeElement?.closest('tr')?.dataset['response'] === 'n-objections~s-anna');
  });

  it('downloads the shown answers as CSV with a byte order mark, French column names and accents intact', async () => {
    const el = await show(await (await answered()).as('mgr-marc', 'fr'), 'fr');
    await waitUntil(() => text(el, 'h2') === 'Réponses aux questions ouvertes', 'no French');
    const file = await downloadedText(() => find(el, '[part~="export"]')!.click());
    expect(file.name).to.equal('answers.csv');
    expect(file.text.startsWith('\uFEFF'), 'a byte order mark, for Excel').to.equal(true);
    const lines = file.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal(
      'Date,Vendeur,Partenaire,Niveau,Question,Texte de la question,Réponse,Traitée,Traitée par,Traitée le',
    );
    expect(lines[1]).to.contain(',Chloe Park,Beta Solutions,Gold,Objections,Quelle objection avez-vous entendue ?,');
    expect(lines[1]).to.contain('"They already use ""Contoso"", sadly.",Non,,');
    expect(lines[2]).to.contain('Trop cher pour une équipe de 5 « petites » PME.');
    expect(lines[2]!.startsWith(new Date(SCENARIO_TIME.secondPlatinumRelease).toISOString())).to.equal(true);
    expect(lines).to.have.length(4); // header, two answers, the final CRLF
  });

  it('asks the API for the filter, lists older answers a page at a time on (at, id), and exports every match', async () => {
    const marc = await (await answered()).as('mgr-marc');
    const [sample] = await marc.responses({ limit: 1 });
    // 130 answers, three to a millisecond, in the API's order: newest first, then by id.
    const all = Array.from({ length: 130 }, (_, index) => ({
      ...sample!,
      id: `n-objections~s-${String(index).padStart(3, '0')}`,
      sellerName: `Seller ${index}`,
      at: sample!.at - Math.floor(index / 3),
    }));
    const calls: ResponseQuery[] = [];
    const api = withOverrides(marc, {
      responses: async (query = {}) => {
        calls.push(query);
        const { before, beforeId } = query;
        const after = all.filter(
          (entry) =>
            before === undefined ||
            entry.at < before ||
            (entry.at === before && beforeId !== undefined && entry.id > beforeId),
        );
        return after.slice(0, query.limit ?? 100);
      },
    });
    const el = await show(api);
    expect(calls[0]).to.deep.equal({ handled: false, limit: 100 });
    expect(rows(el)).to.have.length(100);
    const more = find(el, '[part~="more"]')!;
    expect(textOf(more)).to.equal('Show more (older answers)');
    await expect(el).to.be.accessible();
    more.click();
    await waitUntil(() => rows(el).length === 130, 'the older answers were not listed');
    expect(new Set(sellers(el)).size).to.equal(130);
    expect(find(el, '[part~="more"]')).to.equal(null);

    const file = await downloadedText(() => find(el, '[part~="export"]')!.click());
    const lines = file.text.split('\r\n');
    expect(lines).to.have.length(132); // header, 130 answers, the final CRLF
    expect(calls.at(-1)!.limit).to.equal(500);

    find<HTMLInputElement>(el, 'input[type="checkbox"]')!.click();
    await settled(el);
    expect(calls.at(-1)).to.deep.equal({ limit: 100 });
    const select = find<HTMLSelectElement>(el, 'select')!;
    select.value = 'n-objections';
    select.dispatchEvent(new Event('change'));
    await settled(el);
    expect(calls.at(-1)).to.deep.equal({ nuggetId: 'n-objections', limit: 100 });
    expect(rows(el)).to.have.length(100);
  });

  it("offers the pack's open questions the viewer reads in the filter, answered or not", async () => {
    const marc = await scenarioWorld().as('mgr-marc');
    const el = await show(marc);
    await waitUntil(() => findAll(el, 'select option').length > 1, 'no question to filter by');
    expect(findAll<HTMLOptionElement>(el, 'select option').map((option) => textOf(option))).to.deep.equal([
      'All questions',
      'Objections',
    ]);
  });

  it('shows released polls to a manager as bars with counts and shares, without voting', async () => {
    const el = await show(await (await answered()).as('mgr-marc'));
    await waitUntil(() => find(el, '[part~="poll"]'), 'no poll results');
    const poll = find(el, '[part~="poll"]')!;
    expect(textOf(poll.querySelector('h3'))).to.equal('Your pipeline');
    expect(textOf(poll.querySelector('.question'))).to.equal('Which plan do your customers ask for?');
    expect(textOf(poll.querySelector('.voters'))).to.equal('2 voters');
    const values = [...poll.querySelectorAll('li')].map((item) => [
      textOf(item.querySelector('.label')),
      textOf(item.querySelector('.value')),
    ]);
    expect(values).to.deep.equal([
      ['Basic', '0 votes (0%)'],
      ['Pro', '2 votes (100%)'],
    ]);
    const bar = (option: string) => poll.querySelector(`li[data-option="${option}"] [part~="bar"]`)!;
    expect([bar('basic').getAttribute('width'), bar('pro').getAttribute('width')]).to.deep.equal(['0%', '100%']);
    await expect(el).to.be.accessible();
  });

  it('speaks French, numbers and plurals included', async () => {
    const el = await show(await (await answered()).as('mgr-marc', 'fr'), 'fr');
    await waitUntil(() => text(el, 'caption') === '2 réponses', 'no French caption');
    expect(textOf(find(el, '[part~="handle"]'))).to.equal('Marquer comme traitée');
    await waitUntil(() => find(el, '[part~="poll"] .voters'));
    expect(text(el, '[part~="poll"] .voters')).to.equal('2 votants');
  });

  it('passes axe in the dark scheme, handled rows and poll bars included', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const world = await answered();
      const marc = await world.as('mgr-marc');
      await marc.markResponseHandled('n-objections~s-anna', true);
      const el = await render<MindResponses>(html`<mind-responses show-handled .api=${marc}></mind-responses>`);
      await settled(el);
      await waitUntil(() => find(el, '[part~="poll"]'), 'no poll results');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
