import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './leaderboard.define.js';
import type { MindLeaderboard } from './leaderboard.element.js';
import { contentPack, rankedSpringLaunch, scenarioPack, scenarioWorld } from '@mindshare/core/testing';
import type { MindshareApi } from '@mindshare/core';
import { findAll, render, root, settled, text } from '../testing/harness.js';

// Issue 17: `<mind-leaderboard entity="partner|team">`. The scenario's ranked spring challenge:
// Anna 3/3 and Bruno 2/3 (Alpha, team north), Chloe 2/3 and David 1/3 (Beta, David hidden by the
// directory); Gamma's sellers are not targeted.

async function worldWithBoards() {
  const spring = scenarioPack().challenges![0]!;
  const pack = contentPack()
    .withChallenge({
      ...spring,
      leaderboard: {
        entities: [
          {
            entity: 'partner',
            aggregate: 'best-k',
            k: 2,
            rewards: [{ upToRank: 1, label: { en: 'Partner trophy', fr: 'Trophée partenaire' } }],
          },
          { entity: 'team', aggregate: 'participation', k: 3 },
        ],
      },
    })
    .build();
  return (await rankedSpringLaunch(scenarioWorld({ pack }))).tabs;
}

const lines = (el: MindLeaderboard) =>
  findAll<HTMLTableRowElement>(el, 'tbody tr').map((row) =>
    [...row.cells].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()).join(' | '),
  );

async function entityBoard(api: MindshareApi, entity: 'partner' | 'team', lang?: string) {
  const el = await render<MindLeaderboard>(
    html`<mind-leaderboard challenge="spring-launch" entity=${entity} .api=${api}></mind-leaderboard>`,
    lang === undefined ? {} : { lang },
  );
  await settled(el);
  return el;
}

describe('<mind-leaderboard entity>', () => {
  it('is accessible and shows partners with their score, participants and the viewer’s own company', async () => {
    const tabs = await worldWithBoards();
    const el = await entityBoard(tabs['s-chloe']!, 'partner');
    await expect(el).to.be.accessible();
    expect(root(el).querySelector('caption')!.textContent!.trim()).to.equal('Company leaderboard');
    expect([...root(el).querySelectorAll('th')].map((th) => th.textContent!.trim())).to.deep.equal([
      'Rank',
      'Company',
      'Score',
      'Took part',
    ]);
    const [alpha, beta] = lines(el);
    // Alpha: the mean of 30 and 20; Beta: of 20 and 10, David's hidden score included.
    expect(alpha).to.equal('1 | Alpha DistributionReward: Partner trophy | 25 | 2 of 2');
    expect(beta).to.equal('2 | Beta Solutions(your company) | 15 | 2 of 2');
    const mine = root(el).querySelector('tr[aria-current="true"]')!;
    expect(mine.textContent).to.contain('Beta Solutions');
    expect(root(el).querySelectorAll('tr[aria-current]')).to.have.length(1);
    expect(text(el)).to.contain('Your company: rank 2 of 2');
    expect(text(el)).to.contain('the mean of each company’s best 2 scores');
    expect(text(el), 'no seller is named').not.to.match(/Chloe|David|Anna|Bruno/);
    expect(root(el).querySelector('[role="radio"]'), 'no scope switcher').to.equal(null);
    expect(root(el).querySelector('[part~="visibility"]'), 'the visibility choice is the sellers’ board’s').to.equal(
      null,
    );
  });

  it('flags a team with fewer than k participants, ranked with what it has', async () => {
    const tabs = await worldWithBoards();
    const el = await entityBoard(tabs['s-anna']!, 'team');
    await expect(el).to.be.accessible();
    expect(lines(el)).to.have.length(1);
    expect(lines(el)[0]).to.equal('1 | north(your team)Fewer than 3 took part | 25 | 2 of 2');
    expect(root(el).querySelector('[part~="incomplete"]')!.textContent).to.equal('Fewer than 3 took part');
  });

  it('speaks French under lang="fr"', async () => {
    const tabs = await worldWithBoards();
    const el = await entityBoard(tabs['s-chloe']!, 'partner', 'fr');
    await waitUntil(() => root(el).querySelector('caption')?.textContent?.trim() === 'Classement des entreprises');
    expect(lines(el)[1]).to.equal('2 | Beta Solutions(votre entreprise) | 15 | 2 sur 2');
    expect(text(el)).to.contain('Votre entreprise : rang 2 sur 2');
    expect(root(el).querySelector('[part~="reward"]')!.textContent).to.contain('Trophée partenaire');
    await expect(el).to.be.accessible();
  });

  it('says so when no company is ranked yet', async () => {
    const spring = scenarioPack().challenges![0]!;
    const pack = contentPack()
      .withChallenge({ ...spring, leaderboard: { entities: [{ entity: 'partner', aggregate: 'best-k', k: 1 }] } })
      .build();
    const el = await entityBoard(await scenarioWorld({ pack }).as('s-anna'), 'partner');
    expect(text(el)).to.contain('No company is ranked yet.');
    await expect(el).to.be.accessible();
  });

  it('keyboard: Tab passes the board without a dead stop; back on sellers, the scope switcher works again', async () => {
    const tabs = await worldWithBoards();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button id="before">Before</button>
        <mind-leaderboard challenge="spring-launch" entity="partner" .api=${tabs['s-anna']}></mind-leaderboard>
        <button id="after">After</button>
      </div>`,
    );
    const el = wrapper.querySelector('mind-leaderboard')!;
    await settled(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');

    el.entity = 'seller';
    await waitUntil(() => root(el).querySelector('[role="radio"]'), 'no scope switcher on the sellers’ board');
    await settled(el);
    root(el).querySelector<HTMLElement>('[role="radio"][aria-checked="true"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => el.scope === 'tier', 'the arrow keys do not move the scope');
    await settled(el);
    expect(root(el).querySelector('caption')!.textContent).to.contain('My tier');
  });
});
