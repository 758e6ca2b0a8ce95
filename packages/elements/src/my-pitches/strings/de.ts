import type { myPitchesEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('de');

/** Deutsche UI-Texte von <mind-my-pitches>: dieselben Schlüssel und Argumente wie im Englischen. */
const myPitchesDe: typeof myPitchesEn = {
  mindMyPitchesTitle: 'Meine Pitches',
  mindMyPitchesMeta: (take: number, date: string, length: string) =>
    `Aufnahme ${number(take)} · gesendet am ${date} · Dauer ${length}`,
  mindMyPitchesStateSent: 'Gesendet: wartet auf einen Coach',
  mindMyPitchesStateInReview: (coach: string) => `Wird von ${coach} bewertet`,
  mindMyPitchesStateReviewed: 'Bewertet',
  mindMyPitchesStatePublished: 'Als Best Practice veröffentlicht',
  mindMyPitchesScore: (total: number, max: number) => `Bewertung: ${number(total)} / ${number(max)}`,
  mindMyPitchesShow: 'Video und Bewertung ansehen',
  mindMyPitchesShowSent: 'Meinen Pitch ansehen',
  mindMyPitchesVideoLabel: (prompt: string) => `Ihr Pitch: ${prompt}`,
  mindMyPitchesMediaFailed: 'Das Video konnte nicht geladen werden.',
  mindMyPitchesWaiting: 'Noch hat kein Coach diesen Pitch bewertet. Bewertungen und Kommentare erscheinen hier.',
  mindMyPitchesReviewing: (coach: string) => `${coach} bewertet diesen Pitch gerade.`,
  mindMyPitchesReviewTitle: 'Die Bewertung Ihres Coaches',
  mindMyPitchesReviewedOn: (date: string) => `Bewertet am ${date}.`,
  mindMyPitchesTotal: 'Gewichtete Summe',
  mindMyPitchesOutOf: (total: number, max: number) => `${number(total)} / ${number(max)}`,
  mindMyPitchesLevel: (score: number) => `${number(score)} ${plural(score, 'Punkt', 'Punkte')}`,
  mindMyPitchesWeight: (weight: number, share: number) =>
    `Gewicht ${number(weight)} (${new Intl.NumberFormat('de', { style: 'percent' }).format(share)})`,
  mindMyPitchesFeedback: 'Gesamtfeedback',
  mindMyPitchesNoFeedback: 'Kein Gesamtfeedback.',
  mindMyPitchesComments: 'Kommentare mit Zeitmarke',
  mindMyPitchesNoComments: 'Keine Kommentare mit Zeitmarke.',
  mindMyPitchesSeek: 'Gehe zu',
  mindMyPitchesConsent: 'In der Best-Practice-Galerie zeigen',
  mindMyPitchesConsentHint:
    'Coaches können diesen Pitch dann veröffentlichen, damit andere Verkäufer davon lernen. Deaktivieren Sie das Häkchen, um ihn sofort zurückzuziehen.',
  mindMyPitchesPublishedOn: (date: string) => `Veröffentlicht am ${date}.`,
  mindMyPitchesPublishedHint:
    'Andere Verkäufer können ihn in der Best-Practice-Galerie ansehen. Deaktivieren Sie das Häkchen, um ihn sofort zurückzuziehen.',
  mindMyPitchesConsentSaving: 'Ihre Auswahl wird gespeichert…',
  mindMyPitchesConsentFailed: 'Ihre Auswahl konnte nicht gespeichert werden. Versuchen Sie es erneut.',
  mindMyPitchesEmptyTitle: 'Noch kein Pitch gesendet',
  mindMyPitchesEmpty: 'Wenn Sie einen Pitch senden, erscheint er hier zusammen mit dem Feedback Ihres Coaches.',
  mindMyPitchesError: 'Ihre Pitches konnten nicht geladen werden.',
};

export default myPitchesDe;
