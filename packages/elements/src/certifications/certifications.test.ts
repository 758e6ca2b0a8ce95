import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MindshareApi } from '@mindshare/core';
import { certifiedPack, playSpringLaunch, scenarioWorld, type ScenarioWorld } from '@mindshare/core/testing';
import './certifications.define.js';
import type { MindCertifications } from './certifications.element.js';
import { withOverrides } from '../testing/api-overrides.js';
import { downloadedText } from '../testing/csv-download.js';
import { find, findAll, isLoading, render, root, settled, text, textOf } from '../testing/harness.js';

const DAY = 86_400_000;
const world = () => scenarioWorld({ pack: certifiedPack() });

async function show(api: MindshareApi, options: { view?: string; lang?: string } = {}): Promise<MindCertifications> {
  const el = await render<MindCertifications>(
    html`<mind-certifications view=${options.view ?? 'seller'} .api=${api}></mind-certifications>`,
    { lang: options.lang ?? 'en' },
  );
  await settled(el);
  return el;
}

const card = (el: MindCertifications, id: string) => find(el, `[part="certification"][data-certification="${id}"]`)!;

/** Anna certified on day 0, Chloe one day later; then `days` pass. */
async function certified(days = 0): Promise<ScenarioWorld> {
  const scenario = world();
  await playSpringLaunch(await scenario.as('s-anna'), 3);
  scenario.clock.advance(DAY);
  await playSpringLaunch(await scenario.as('s-chloe'), 2);
  scenario.clock.advance(days * DAY);
  return scenario;
}

describe('<mind-certifications>', () => {
  it('is accessible while loading, for a seller, for a manager and when refused', async () => {
    const scenario = await certified(45);
    const loading = await render<MindCertifications>(
      html`<mind-certifications
        .api=${withOverrides(await scenario.as('s-anna'), { certifications: () => new Promise(() => {}) })}
      ></mind-certifications>`,
    );
    await waitUntil(() => isLoading(loading));
    await expect(loading).to.be.accessible();
    await expect(await show(await scenario.as('s-anna'))).to.be.accessible();
    await expect(await show(await scenario.as('s-emma'))).to.be.accessible();
    await expect(await show(await scenario.as('mgr-marc'), { view: 'manager' })).to.be.accessible();
    const refused = await show(await scenario.as('s-anna'), { view: 'manager' });
    expect(text(refused, '.state')).to.equal('Who is certified is for coaches and channel managers.');
    await expect(refused).to.be.accessible();
  });

  it('shows a seller what is left to earn, then the validity once they pass, live', async () => {
    const scenario = world();
    const el = await show(await scenario.as('s-anna'));
    expect(textOf(find(el, 'h2'))).to.equal('Your certifications');
    const expert = () => card(el, 'spring-expert');
    expect(textOf(expert().querySelector('[part="validity"]'))).to.equal('Not earned yet');
    expect(textOf(expert())).to.contain('Pass the challenge below with at least 80%.');
    expect(textOf(expert().querySelector('[data-challenge="spring-launch"]'))).to.equal(
      'Spring launch challenge: not taken yet, needs 80%',
    );
    const pro = card(el, 'spring-pro');
    expect(textOf(pro)).to.contain('Pass 1 more of these challenges (any 1 of the 2) with at least 50% each.');

    // Another tab of Anna's finishes the challenge with every answer right.
    await playSpringLaunch(await scenario.as('s-anna'), 3);
    await waitUntil(() => expert().dataset['status'] === 'held', 'the award did not show');
    const until = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
      scenario.clock.now() + 60 * DAY,
    );
    expect(textOf(expert().querySelector('[part="validity"]'))).to.equal(`Certified until ${until}`);
    expect(textOf(expert())).to.contain('Pass one of these again with at least 80% to renew it.');
    expect(textOf(expert().querySelector('[data-challenge="spring-launch"]'))).to.equal(
      'Spring launch challenge: passed (100%)',
    );
  });

  it('says a certification expires soon, then that it is in grace, then expired', async () => {
    const scenario = await certified(45);
    const anna = await scenario.as('s-anna');
    const el = await show(anna);
    expect(card(el, 'spring-expert').dataset['status']).to.equal('expiring');
    expect(textOf(card(el, 'spring-expert').querySelector('[part="validity"]'))).to.match(
      /^Expires on .+: renew it now$/,
    );
    scenario.clock.advance(20 * DAY);
    expect(textOf(card(await show(anna), 'spring-expert').querySelector('[part="validity"]'))).to.match(
      /^Expired on .+; still counted until .+: renew it$/,
    );
    scenario.clock.advance(10 * DAY);
    expect(card(await show(anna), 'spring-expert').dataset['status']).to.equal('expired');
  });

  it('shows managers who is certified per partner and tier, filters those expiring soon by keyboard, and exports CSV', async () => {
    const el = await show(await (await certified(45)).as('mgr-marc'), { view: 'manager' });
    const partner = (id: string) => find(el, `tr[data-partner="${id}"]`)!;
    expect(
      ['p-alpha', 'p-beta', 'p-gamma'].map((id) => [
        textOf(partner(id).querySelector('td')),
        textOf(partner(id).querySelector('.certified')),
        textOf(partner(id).querySelector('.expiring')),
      ]),
    ).to.deep.equal([
      ['Platinum', '1', '1'],
      ['Gold', '1', '0'],
      ['Silver', '0', '0'],
    ]);
    const sellerRows = () =>
      findAll(el, 'tr[data-seller]').map((row) => `${row.dataset['seller']} ${row.dataset['certification']}`);
    expect(sellerRows()).to.deep.equal(['s-anna spring-expert', 's-anna spring-pro', 's-chloe spring-pro']);

    const checkbox = find<HTMLInputElement>(el, 'input[type="checkbox"]')!;
    checkbox.focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => sellerRows().length === 1, 'the filter did not apply');
    expect(sellerRows()).to.deep.equal(['s-anna spring-expert']);
    expect(textOf(find(el, '#sellers-caption'))).to.equal('1 certification awarded, soonest to expire first');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('part')).to.equal('export');

    const file = await downloadedText(() => void sendKeys({ press: 'Enter' }));
    expect(file.name).to.equal('certified-sellers.csv');
    const lines = file.text.split('\r\n');
    expect(lines[0]).to.equal('\uFEFFSeller,Seller id,Partner,Partner id,Tier,Certification,Status,Awarded,Expires');
    expect(lines[1]).to.match(
      /^Anna Martin,s-anna,Alpha Distribution,p-alpha,Platinum,Spring expert,Expiring soon,2027-03-26,2027-05-2\d$/,
    );
    expect(lines).to.have.length(3); // the shown row and the closing line break
  });

  it('speaks French under lang="fr"', async () => {
    const scenario = await certified(45);
    const seller = await show(await scenario.as('s-anna'), { lang: 'fr' });
    await waitUntil(() => textOf(find(seller, 'h2')) === 'Vos certifications', 'no French');
    expect(textOf(card(seller, 'spring-expert').querySelector('[part="validity"]'))).to.match(
      /^Expire le .+ : renouvelez-la dès maintenant$/,
    );
    // The challenge and where Anna stands on it, joined by the language's own separator: in French,
    // a no-break space before the colon, so the colon never starts a line (a view once wrote ": ").
    const requirement = card(seller, 'spring-expert').querySelector('[data-challenge="spring-launch"]')!;
    expect(requirement.textContent!.replace(/[ \n]+/g, ' ').trim()).to.match(/^\S.*\S\u00a0: réussi \(100\u00a0%\)$/);
    const manager = await show(await scenario.as('mgr-marc'), { view: 'manager', lang: 'fr' });
    await waitUntil(
      () => textOf(find(manager, 'h2')) === 'Vendeurs certifiés par partenaire et par niveau',
      'no French',
    );
    expect(textOf(find(manager, 'tr[data-partner="p-alpha"] td'))).to.equal('Platinium');
    expect(textOf(find(manager, 'tr[data-seller="s-anna"] .status'))).to.equal('Expire bientôt');
  });
});
