import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MindshareApi } from '@mindshare/core';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia } from '../testing/media.js';
import './mastery-map.define.js';
import type { MindMasteryMap } from './mastery-map.element.js';
import type { InsightDirectory } from '../shared/insight/insight-directory.js';
import { sortMatrix, type MatrixRow } from './mastery-matrix.js';
import { addHostileCss, isShown } from '../testing/hostile-css.js';
import { expectFullDeviceThenRetry, withOutage } from '../testing/api-overrides.js';
import { renderOverStub } from '../testing/insight-stub.js';
import { masteryWorld } from '../testing/insight-world.js';
import { playSpringLaunch, scenarioDirectory, scenarioWorld } from '@mindshare/core/testing';
import {
  DECORATIONS,
  expectAccessibleAlert,
  find,
  findAll,
  render,
  root,
  settled,
  textOf,
} from '../testing/harness.js';

const directory = scenarioDirectory() as InsightDirectory;
/** Visible text without the decorative sort arrows, spaces normalised (French uses narrow spaces). */
const text = (node: Element) => textOf(node, { without: DECORATIONS });
const caption = (el: MindMasteryMap) => textOf(find(el, 'caption'), { without: DECORATIONS });
const columns = (el: MindMasteryMap) => [...root(el).querySelectorAll('thead th')];
const rowNames = (el: MindMasteryMap) => [...root(el).querySelectorAll('tbody th[scope="row"]')].map(text);
const cells = (el: MindMasteryMap, id: string) =>
  [...root(el).querySelectorAll(`tr[data-id="${id}"] td`)].map((cell) => text(cell));
const radios = (el: MindMasteryMap) => findAll<HTMLButtonElement>(el, '[role="radio"]');

async function map(api: MindshareApi, by = 'tier', lang?: string): Promise<MindMasteryMap> {
  const el = await render<MindMasteryMap>(
    html`<mind-mastery-map by=${by} .api=${api} .directory=${directory}></mind-mastery-map>`,
    { lang: lang ?? 'en' },
  );
  await settled(el);
  return el;
}

describe('<mind-mastery-map>', () => {
  it('is accessible while loading, with data, empty, forbidden and failed', async () => {
    await expect(await renderOverStub('mind-mastery-map', 'loading')).to.be.accessible();

    const { manager } = await masteryWorld();
    for (const by of ['tier', 'partner', 'seller']) {
      const data = await map(manager, by);
      expect(root(data).querySelector('table')).not.to.equal(null);
      await expect(data).to.be.accessible();
    }

    const empty = await map(await scenarioWorld().as('mgr-marc'));
    expect(text(root(empty).querySelector('.state')!)).to.contain('No mastery measured yet');
    await expect(empty).to.be.accessible();

    const forbidden = await map(await scenarioWorld().as('s-anna'), 'partner');
    expect(text(root(forbidden).querySelector('.state')!)).to.equal('This view is for coaches and channel managers.');
    expect(radios(forbidden)).to.have.length(0);
    await expect(forbidden).to.be.accessible();

    await expectAccessibleAlert(await renderOverStub('mind-mastery-map', 'failed'), 'could not be loaded');
  });

  it('says a full device is full, fires one mind-error for it, and loads on retry (issue 14, item 5)', async () => {
    const { manager } = await masteryWorld();
    await expectFullDeviceThenRetry({
      render: (full) => map(withOutage(manager, 'mastery', full)),
      loaded: (el) => find(el, 'table'),
      what: 'the map',
    });
  });

  it('is a real table: caption, column and row headers, each cell in numbers and words', async () => {
    const { manager } = await masteryWorld();
    const el = await map(manager, 'seller');
    expect(caption(el)).to.equal('Mastery by topic · Sellers');
    expect(columns(el).map(text)).to.deep.equal(['Seller', 'Pricing', 'Security']);
    expect(columns(el).every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect(rowNames(el)).to.deep.equal(['Anna Martin', 'Bruno Leroy', 'Chloe Park', 'David Stone']);
    expect(cells(el, 's-anna')).to.deep.equal(['83% · strong', '75% · developing']);
    expect(cells(el, 's-bruno')).to.deep.equal(['33% · weak', '25% · weak']);
    expect(cells(el, 's-chloe')).to.deep.equal(['50% · weak', '67% · too few answers']);
    // Colour is never the only cue: every measured cell says its level in words.
    for (const cell of root(el).querySelectorAll('td[part~="cell"]')) {
      expect(text(cell)).to.match(/%\s·\s(weak|developing|strong|too few answers)$/);
    }
  });

  it('sorts by a topic column from the keyboard, with aria-sort on the header', async () => {
    const { manager } = await masteryWorld();
    const el = await map(manager, 'seller');
    const [name, pricing] = columns(el);
    expect(name!.getAttribute('aria-sort')).to.equal('ascending');
    expect(pricing!.getAttribute('aria-sort')).to.equal('none');

    pricing!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(columns(el)[1]!.getAttribute('aria-sort')).to.equal('descending');
    expect(columns(el)[0]!.getAttribute('aria-sort')).to.equal('none');
    expect(rowNames(el)).to.deep.equal(['Anna Martin', 'David Stone', 'Chloe Park', 'Bruno Leroy']);

    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(columns(el)[1]!.getAttribute('aria-sort')).to.equal('ascending');
    expect(rowNames(el)).to.deep.equal(['Bruno Leroy', 'Chloe Park', 'David Stone', 'Anna Martin']);
    expect(root(el).activeElement).to.equal(columns(el)[1]!.querySelector('button'));

    columns(el)[0]!.querySelector('button')!.click();
    await el.updateComplete;
    expect(columns(el)[0]!.getAttribute('aria-sort')).to.equal('ascending');
    columns(el)[0]!.querySelector('button')!.click();
    await el.updateComplete;
    expect(columns(el)[0]!.getAttribute('aria-sort')).to.equal('descending');
    expect(rowNames(el)).to.deep.equal(['David Stone', 'Chloe Park', 'Bruno Leroy', 'Anna Martin']);
  });

  it('drills down from a tier to its partners to their sellers, and back by the breadcrumb', async () => {
    const { manager } = await masteryWorld();
    const el = await map(manager);
    expect(rowNames(el)).to.deep.equal(['Gold', 'Platinum']);
    expect(cells(el, 'platinum')).to.deep.equal(['60% · developing', '50% · weak']);

    const toPartners = oneEvent(el, 'mind-drill');
    root(el).querySelector<HTMLButtonElement>('[data-drill="platinum"]')!.click();
    expect((await toPartners).detail).to.deep.equal({ by: 'partner', trail: [{ by: 'tier', id: 'platinum' }] });
    await settled(el);
    await waitUntil(() => rowNames(el).join() === 'Alpha Distribution', 'no partners of Platinum');
    expect(caption(el)).to.equal('Mastery by topic · Partners · Platinum');
    const trail = root(el).querySelector('[part="trail"]')!;
    expect(trail.getAttribute('aria-label')).to.equal('Drill-down path');
    expect([...trail.querySelectorAll('li')].map(text)).to.deep.equal(['All tiers', 'Platinum']);
    expect(root(el).activeElement).to.equal(trail.querySelector('[aria-current="location"]'));
    expect(el.by).to.equal('tier');

    const toSellers = oneEvent(el, 'mind-drill');
    root(el).querySelector<HTMLButtonElement>('[data-drill="p-alpha"]')!.click();
    expect((await toSellers).detail.by).to.equal('seller');
    await waitUntil(() => rowNames(el).join() === 'Anna Martin,Bruno Leroy', 'no sellers of Alpha');
    expect(caption(el)).to.equal('Mastery by topic · Sellers · Platinum · Alpha Distribution');
    expect(root(el).querySelector('[data-drill]'), 'sellers are the last level').to.equal(null);
    // The strengthen list follows the drill-down: only Alpha's sellers.
    const listed = [...root(el).querySelectorAll('[part="strengthen"] li')].map((li) => li.getAttribute('data-id'));
    expect(new Set(listed)).to.deep.equal(new Set(['s-anna', 's-bruno']));

    const up = oneEvent(el, 'mind-drill');
    root(el).querySelector<HTMLButtonElement>('[data-trail="1"]')!.click();
    expect((await up).detail).to.deep.equal({ by: 'partner', trail: [{ by: 'tier', id: 'platinum' }] });
    await waitUntil(() => rowNames(el).join() === 'Alpha Distribution');
    await waitUntil(() => root(el).activeElement === root(el).querySelector('[data-drill="p-alpha"]'));

    root(el).querySelector<HTMLButtonElement>('[data-trail="0"]')!.click();
    await waitUntil(() => rowNames(el).join() === 'Gold,Platinum');
    expect(root(el).querySelector('[part="trail"]')).to.equal(null);
    await waitUntil(() => root(el).activeElement === root(el).querySelector('[data-drill="platinum"]'));
  });

  it('lists who must strengthen which topic, worst first, with too-few-answers apart', async () => {
    const { manager } = await masteryWorld();
    const el = await map(manager, 'seller');
    const section = root(el).querySelector('[part="strengthen"]')!;
    expect(text(section.querySelector('h2')!)).to.equal('Who must strengthen which topic');
    const ranked = [...section.querySelectorAll('ol li')];
    expect(ranked.map((li) => `${li.getAttribute('data-id')} ${li.getAttribute('data-topic')}`)).to.deep.equal([
      's-bruno security',
      's-bruno pricing',
      's-chloe pricing',
      's-anna security',
      's-david pricing',
    ]);
    expect(text(ranked[0]!)).to.equal('Bruno Leroy — Security: 25% (weak)');
    const unknown = [...section.querySelectorAll('ul.unknown li')].map(text);
    expect(unknown).to.deep.equal(['Chloe Park — Security: 1 answer', 'David Stone — Security: 1 answer']);
    // The API's order, unchanged.
    const view = await manager.mastery({ by: 'seller' });
    expect(ranked.map((li) => li.getAttribute('data-id'))).to.deep.equal(
      view.needsStrengthening.rows.map((row) => row.id),
    );
  });

  it('switches between tiers, partners and sellers with the arrow keys', async () => {
    const { manager } = await masteryWorld();
    const el = await map(manager);
    expect(radios(el).map(text)).to.deep.equal(['Tiers', 'Partners', 'Sellers']);
    expect(root(el).querySelector('[role="radiogroup"]')!.getAttribute('aria-label')).to.equal('Show mastery of');
    radios(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => caption(el) === 'Mastery by topic · Partners');
    expect(el.getAttribute('by')).to.equal('partner');
    expect(rowNames(el)).to.deep.equal(['Alpha Distribution', 'Beta Solutions']);
    expect(cells(el, 'p-beta')).to.deep.equal(['67% · developing', '75% · developing']);
    expect(root(el).activeElement).to.equal(radios(el)[1]);
    await sendKeys({ press: 'End' });
    await waitUntil(() => caption(el) === 'Mastery by topic · Sellers');
    expect(rowNames(el)).to.have.length(4);
  });

  it('updates live when a seller answers in another tab', async () => {
    const world = scenarioWorld();
    const el = await map(await world.as('mgr-marc'), 'seller');
    expect(root(el).querySelector('table')).to.equal(null);
    await playSpringLaunch(await world.as('s-david'), 3);
    await waitUntil(() => rowNames(el).join() === 'David Stone', 'the new mastery was not shown');
    expect(cells(el, 's-david')).to.deep.equal(['75% · developing', '67% · too few answers']);
  });

  it('shows a seller only their own row, without the switcher', async () => {
    const { world } = await masteryWorld();
    const el = await map(await world.as('s-bruno'), 'seller');
    expect(rowNames(el)).to.deep.equal(['Bruno Leroy']);
    expect(radios(el)).to.have.length(0);
    expect(root(el).querySelector('[data-drill]')).to.equal(null);
  });

  it('speaks French under lang="fr"', async () => {
    const { manager } = await masteryWorld();
    const el = await map(manager, 'tier', 'fr');
    await waitUntil(() => caption(el) === 'Maîtrise par thème · Niveaux', 'no French');
    expect(columns(el).map(text)).to.deep.equal(['Niveau', 'Tarifs', 'Sécurité']);
    expect(rowNames(el)).to.deep.equal(['Gold', 'Platinium']);
    expect(cells(el, 'platinum')).to.deep.equal(['60 % · en progrès', '50 % · fragile']);
    expect(text(root(el).querySelector('[part="strengthen"] h2')!)).to.equal('Qui doit renforcer quel thème');
    expect(radios(el).map(text)).to.deep.equal(['Niveaux', 'Partenaires', 'Vendeurs']);
  });

  it('keeps AA contrast on every heat colour in the dark scheme too', async () => {
    const { manager } = await masteryWorld();
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await map(manager, 'seller');
      const levels = new Set(
        [...root(el).querySelectorAll('td[part~="cell"]')].map((td) => td.getAttribute('data-level')),
      );
      expect([...levels].sort()).to.deep.equal(['developing', 'strong', 'unknown', 'weak']);
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('stays visible and operable under hostile global CSS, and one token re-themes a level', async () => {
    const { manager } = await masteryWorld();
    const removeHostile = addHostileCss();
    try {
      const el = await map(manager);
      expect(isShown(root(el).querySelector('table')!)).to.equal(true);
      const drill = root(el).querySelector<HTMLButtonElement>('[data-drill="gold"]')!;
      expect(isShown(drill)).to.equal(true);
      drill.click();
      await waitUntil(() => rowNames(el).join() === 'Beta Solutions');
      el.style.setProperty('--mind-mastery-map-developing', 'rgb(255, 255, 255)');
      const cell = root(el).querySelector<HTMLElement>('td[data-level="developing"]')!;
      expect(getComputedStyle(cell).backgroundColor).to.equal('rgb(255, 255, 255)');
    } finally {
      removeHostile();
    }
  });

  it('sorts rows without a score on the topic last, whichever the direction', () => {
    const row = (id: string, score?: number): MatrixRow => ({
      id,
      cells: new Map(score === undefined ? [] : [['t', { score } as never]]),
    });
    const rows = [row('a', 0.5), row('b'), row('c', 0.9), row('d', 0.1)];
    const order = (direction: 'ascending' | 'descending') =>
      sortMatrix(rows, { key: { topicId: 't' }, direction }, (id) => id, 'en').map((r) => r.id);
    expect(order('ascending')).to.deep.equal(['d', 'a', 'c', 'b']);
    expect(order('descending')).to.deep.equal(['c', 'a', 'd', 'b']);
  });

  it('names partners and sellers from the API when the page gives no directory', async () => {
    const { manager } = await masteryWorld();
    const el = await render<MindMasteryMap>(html`<mind-mastery-map by="partner" .api=${manager}></mind-mastery-map>`);
    await settled(el);
    await waitUntil(() => rowNames(el).includes('Alpha Distribution'), 'partner names never came from the API');
    expect(rowNames(el)).to.include('Beta Solutions');
  });
});
