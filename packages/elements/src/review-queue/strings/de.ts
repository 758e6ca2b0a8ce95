import type { reviewQueueEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('de');

/** Deutsche UI-Texte von <mind-review-queue>: dieselben Schlüssel und Argumente wie im Englischen. */
const reviewQueueDe: typeof reviewQueueEn = {
  mindReviewQueueTitle: 'Pitches zur Bewertung',
  mindReviewQueueCount: (shown: number, total: number) =>
    shown === total
      ? `${number(total)} ${plural(total, 'wartender Pitch', 'wartende Pitches')}, der älteste zuerst`
      : `${number(shown)} von ${number(total)} wartenden Pitches angezeigt, der älteste zuerst`,
  mindReviewQueueFilters: 'Warteschlange filtern',
  mindReviewQueuePrompt: 'Übung',
  mindReviewQueuePartner: 'Partner',
  mindReviewQueueAll: 'Alle',
  mindReviewQueueSeller: 'Verkäufer',
  mindReviewQueueWaitingColumn: 'Wartezeit',
  mindReviewQueueClaimColumn: 'Coach',
  mindReviewQueueActionColumn: 'Bewertung',
  mindReviewQueueWaiting: (duration: string) => `wartet seit ${duration}`,
  mindReviewQueueJustNow: 'gerade eingegangen',
  mindReviewQueueNobody: 'Noch niemand',
  mindReviewQueueYou: 'Sie bewerten',
  mindReviewQueueHeldBy: (coach: string) => `${coach} bewertet`,
  mindReviewQueueOpen: 'Öffnen',
  mindReviewQueueOpenLabel: (seller: string, prompt: string) => `Pitch von ${seller} öffnen: ${prompt}`,
  mindReviewQueueEmptyTitle: 'Kein Pitch wartet',
  mindReviewQueueEmpty: 'Wenn ein Verkäufer einen Pitch sendet, erscheint er hier.',
  mindReviewQueueNoMatch: 'Kein wartender Pitch entspricht diesen Filtern.',
  mindReviewQueueForbidden: 'Die Bewertungswarteschlange ist Coaches und Managern vorbehalten.',
  mindReviewQueueError: 'Die Bewertungswarteschlange konnte nicht geladen werden.',
  mindReviewQueueClaiming: 'Pitch wird geöffnet…',
  mindReviewQueueBack: 'Zurück zur Warteschlange',
  mindReviewQueueHeldTitle: (coach: string) => `${coach} bewertet diesen Pitch`,
  mindReviewQueueHeld: (coach: string) =>
    `${coach} hat ihn zuerst geöffnet. Übernehmen Sie ihn nur nach Absprache mit ${coach}, oder wählen Sie einen anderen Pitch.`,
  mindReviewQueueTakeOver: (coach: string) => `Von ${coach} übernehmen`,
  mindReviewQueueGoneTitle: 'Dieser Pitch wartet nicht mehr',
  mindReviewQueueGone: 'Er wurde inzwischen bewertet oder zurückgezogen. Wählen Sie einen anderen Pitch.',
  mindReviewQueueClaimFailed: 'Der Pitch konnte nicht geöffnet werden.',
  mindReviewQueueLost: (coach: string) =>
    `${coach} hat diesen Pitch übernommen. Wenn Sie Ihre Bewertung senden, wird sie abgelehnt: Sprechen Sie sich zuerst mit ${coach} ab.`,
  mindReviewQueueOpened: (seller: string) =>
    `Sie bewerten den Pitch von ${seller}. Andere Coaches sehen, dass Sie daran arbeiten.`,
};

export default reviewQueueDe;
