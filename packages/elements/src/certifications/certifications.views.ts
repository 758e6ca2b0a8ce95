import {
  pickLocalized,
  type CertificationsView,
  type CertifiedSeller,
  type CertifiedSellersView,
  type SellerCertification,
} from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import { dataTableView } from '../shared/styles/data-table.js';
import type { MindLocalizeController } from '../shared/i18n/localize.js';
import type { certificationsEn } from './strings/en.js';

/** What the views of `<mind-certifications>` read from the element. */
export interface CertificationsViewContext {
  readonly localize: MindLocalizeController<typeof certificationsEn>;
  readonly lang: string;
  /** A day in the element's language and the viewer's time zone. */
  date(at: number): string;
  /** Whether the manager view lists only the certifications expiring soon. */
  readonly onlyExpiring: boolean;
  setOnlyExpiring(value: boolean): void;
  download(): void;
}

const text = (context: CertificationsViewContext, value: Record<string, string> | undefined, fallback: string) =>
  value ? pickLocalized(value, context.lang) : fallback;

/** Validity in words: until when it holds, or since when it lapsed. */
function validity(context: CertificationsViewContext, entry: SellerCertification): string {
  const { localize } = context;
  const date = (at: number | undefined) => (at === undefined ? '' : context.date(at));
  switch (entry.status) {
    case 'held':
      return localize.term('mindCertificationsHeld', date(entry.expiresAt));
    case 'expiring':
      return localize.term('mindCertificationsExpiring', date(entry.expiresAt));
    case 'grace':
      return localize.term('mindCertificationsGrace', date(entry.expiresAt), date(entry.graceEndsAt));
    case 'expired':
      return localize.term('mindCertificationsExpired', date(entry.expiresAt));
    default:
      return localize.term('mindCertificationsNotEarned');
  }
}

function certificationCard(context: CertificationsViewContext, entry: SellerCertification): TemplateResult {
  const { localize } = context;
  const title = pickLocalized(entry.title, context.lang);
  const earning = entry.status === 'not-earned' || entry.status === 'expired';
  const id = `certification-${entry.certificationId}`;
  return html`<li part="certification" data-certification=${entry.certificationId} data-status=${entry.status}>
    <h3 id=${id}>${title}</h3>
    ${entry.description ? html`<p class="muted">${pickLocalized(entry.description, context.lang)}</p>` : nothing}
    <p part="validity" class="validity ${entry.status}">${validity(context, entry)}</p>
    <p>
      ${
        earning
          ? localize.term(
              'mindCertificationsLeft',
              entry.remaining,
              entry.required,
              entry.challenges.length,
              entry.minScore,
            )
          : localize.term('mindCertificationsRenew', entry.minScore)
      }
    </p>
    <ul part="requirements" aria-label=${localize.term('mindCertificationsChallengesLabel', title)}>
      ${entry.challenges.map(
        (challenge) =>
          html`<li data-challenge=${challenge.challengeId} class=${challenge.passed ? 'passed' : 'open'}>
            ${localize.term(
              'mindCertificationsRequirement',
              text(context, challenge.title, challenge.challengeId),
              challenge.best === undefined
                ? localize.term('mindCertificationsNotTried', entry.minScore)
                : challenge.passed
                  ? localize.term('mindCertificationsPassed', challenge.best)
                  : localize.term('mindCertificationsBest', challenge.best, entry.minScore),
            )}
          </li>`,
      )}
    </ul>
  </li>`;
}

/** A seller's certifications: validity, and what is left to earn or what renews each. */
export function renderSeller(
  context: CertificationsViewContext,
  view: CertificationsView,
  heading: string,
): TemplateResult {
  const { localize } = context;
  return html`<section aria-labelledby="certifications-title">
    <h2 id="certifications-title">${heading}</h2>
    ${
      view.certifications.length === 0
        ? html`<p class="state" role="status">${localize.term('mindCertificationsEmpty')}</p>`
        : html`<ul class="certifications">
            ${view.certifications.map((entry) => certificationCard(context, entry))}
          </ul>`
    }
  </section>`;
}

/** The status of a certification in the manager's table. */
export function statusText(context: CertificationsViewContext, status: CertifiedSeller['status']): string {
  const terms = {
    held: 'mindCertificationsStatusHeld',
    expiring: 'mindCertificationsStatusExpiring',
    grace: 'mindCertificationsStatusGrace',
    expired: 'mindCertificationsStatusExpired',
  } as const;
  return context.localize.term(terms[status]);
}

/** The rows the manager's table shows: every certification, or those expiring soon (or in grace). */
export function shownSellers(
  context: CertificationsViewContext,
  view: CertifiedSellersView,
): readonly CertifiedSeller[] {
  return context.onlyExpiring
    ? view.sellers.filter((row) => row.status === 'expiring' || row.status === 'grace')
    : view.sellers;
}

/** Who is certified per partner and tier, and who expires soon, with a CSV of the sellers' table. */
export function renderManager(context: CertificationsViewContext, view: CertifiedSellersView): TemplateResult {
  const { localize } = context;
  const rows = shownSellers(context, view);
  return html`<section aria-labelledby="certified-title">
    <h2 id="certified-title">${localize.term('mindCertificationsManagerTitle')}</h2>
    ${dataTableView({
      part: 'table partners',
      caption: localize.term('mindCertificationsPartnersCaption'),
      scrollCaptionId: 'partners-caption',
      headings: [
        localize.term('mindCertificationsTier'),
        localize.term('mindCertificationsPartner'),
        { number: localize.term('mindCertificationsCertified') },
        { number: localize.term('mindCertificationsExpiringSoon') },
      ],
      rows: view.partners.map(
        (partner) =>
          html`<tr part="row" data-partner=${partner.partnerId}>
            <td>${pickLocalized(partner.tierName, context.lang)}</td>
            <th scope="row">${partner.partnerName}</th>
            <td class="number certified">${localize.number(partner.certified)}</td>
            <td class="number expiring">${localize.number(partner.expiringSoon)}</td>
          </tr>`,
      ),
    })}
    <div class="tools">
      <label
        ><input
          type="checkbox"
          .checked=${context.onlyExpiring}
          @change=${(event: Event) => context.setOnlyExpiring((event.target as HTMLInputElement).checked)}
        />
        ${localize.term('mindCertificationsOnlyExpiring')}</label
      >
      <button part="export" type="button" ?disabled=${rows.length === 0} @click=${() => context.download()}>
        ${localize.term('mindCertificationsExport')}
      </button>
    </div>
    ${
      view.sellers.length === 0
        ? html`<p class="state" role="status">${localize.term('mindCertificationsNoneAwarded')}</p>`
        : dataTableView({
            part: 'table sellers',
            caption: localize.term('mindCertificationsSellersCaption', rows.length),
            scrollCaptionId: 'sellers-caption',
            liveCaption: true,
            headings: [
              localize.term('mindCertificationsSeller'),
              localize.term('mindCertificationsPartner'),
              localize.term('mindCertificationsTier'),
              localize.term('mindCertificationsCertification'),
              localize.term('mindCertificationsStatus'),
              localize.term('mindCertificationsExpires'),
            ],
            rows: rows.map(
              (row) =>
                html`<tr part="row" data-seller=${row.sellerId} data-certification=${row.certificationId}>
                  <th scope="row">${row.sellerName}</th>
                  <td>${row.partnerName}</td>
                  <td>${text(context, row.tierName, row.tierId ?? '')}</td>
                  <td>${pickLocalized(row.certificationTitle, context.lang)}</td>
                  <td class="status ${row.status}">${statusText(context, row.status)}</td>
                  <td>${context.date(row.expiresAt)}</td>
                </tr>`,
            ),
          })
    }
  </section>`;
}
