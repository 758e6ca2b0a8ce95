import type { pitchReviewEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('de');

/** Deutsche UI-Texte von <mind-pitch-review>: dieselben Schlüssel und Argumente wie im Englischen. */
const pitchReviewDe: typeof pitchReviewEn = {
  mindPitchReviewTitle: (prompt: string) => `Bewertung: ${prompt}`,
  mindPitchReviewBy: (seller: string, take: number, duration: string) =>
    `${seller} · Aufnahme ${number(take)} · ${duration}`,
  mindPitchReviewVideoLabel: (seller: string) => `Pitch von ${seller}`,
  mindPitchReviewMediaFailed: 'Das Video konnte nicht geladen werden. Sie können den Pitch trotzdem bewerten.',
  mindPitchReviewComments: 'Kommentare mit Zeitmarke',
  mindPitchReviewNoComments:
    'Noch keine Kommentare. Halten Sie das Video an der Stelle an, die Sie kommentieren möchten.',
  mindPitchReviewCommentLabel: 'Kommentar zur aktuellen Stelle im Video',
  mindPitchReviewAddComment: 'Kommentar hinzufügen',
  mindPitchReviewRemoveComment: (time: string) => `Kommentar bei ${time} entfernen`,
  mindPitchReviewCommentAdded: (time: string) => `Kommentar bei ${time} hinzugefügt.`,
  mindPitchReviewSeek: 'Gehe zu',
  mindPitchReviewRubric: 'Bewertungsraster',
  mindPitchReviewWeight: (weight: number, share: number) =>
    `Gewicht ${number(weight)} · ${new Intl.NumberFormat('de', { style: 'percent' }).format(share)} der Summe`,
  mindPitchReviewLevel: (score: number) => `${number(score)} ${plural(score, 'Punkt', 'Punkte')}`,
  mindPitchReviewFeedback: 'Gesamtfeedback',
  mindPitchReviewFeedbackHint: 'Was der Verkäufer beibehalten sollte, und das Erste, was er ändern sollte.',
  mindPitchReviewTotal: 'Gewichtete Summe',
  mindPitchReviewOutOf: (total: number, max: number) => `${number(total)} / ${number(max)}`,
  mindPitchReviewUnscored: (count: number) =>
    `${number(count)} ${plural(count, 'Kriterium', 'Kriterien')} noch nicht bewertet`,
  mindPitchReviewSubmit: 'Bewertung senden',
  mindPitchReviewSubmitting: 'Ihre Bewertung wird gespeichert…',
  mindPitchReviewIncomplete: 'Bewerten Sie jedes Kriterium, bevor Sie die Bewertung senden.',
  mindPitchReviewSubmitFailed:
    'Ihre Bewertung konnte nicht gespeichert werden. Ihre Punkte und Kommentare bleiben erhalten: Versuchen Sie es erneut.',
  mindPitchReviewConflict: 'Dieser Pitch wurde inzwischen bewertet; hier ist diese Bewertung.',
  mindPitchReviewHeld: (coach: string) =>
    `${coach} bewertet diesen Pitch, daher wurde Ihre Bewertung nicht gespeichert. Ihre Punkte und Kommentare bleiben erhalten.`,
  mindPitchReviewClaimedBy: (coach: string) => `${coach} bewertet diesen Pitch.`,
  mindPitchReviewReviewedTitle: 'Bewertung',
  mindPitchReviewReviewedOn: (date: string) => `Bewertet am ${date}.`,
  mindPitchReviewNoFeedback: 'Kein Gesamtfeedback.',
  mindPitchReviewPublish: 'Als Best Practice veröffentlichen',
  mindPitchReviewPublishing: 'Wird veröffentlicht…',
  mindPitchReviewPublished: (date: string) => `Am ${date} als Best Practice veröffentlicht.`,
  mindPitchReviewNeedsConsent: (seller: string) =>
    `${seller} hat der Weitergabe dieses Pitches an andere Verkäufer nicht zugestimmt. Sie können ihn veröffentlichen, sobald die Zustimmung vorliegt.`,
  mindPitchReviewCanPublish: (seller: string) =>
    `${seller} hat zugestimmt, diesen Pitch mit anderen Verkäufern zu teilen.`,
  mindPitchReviewPublishFailed: 'Der Pitch konnte nicht veröffentlicht werden. Versuchen Sie es erneut.',
  mindPitchReviewConsentWithdrawn:
    'Der Verkäufer hat seine Zustimmung zurückgezogen, daher kann der Pitch nicht veröffentlicht werden.',
  mindPitchReviewForbiddenTitle: 'Diese Seite ist für Coaches',
  mindPitchReviewForbidden:
    'Pitch-Bewertungen werden von Coaches geschrieben. Das Feedback Ihres Coaches zu Ihren eigenen Pitches finden Sie bei Ihren Aufnahmen.',
  mindPitchReviewNotFoundTitle: 'Pitch nicht gefunden',
  mindPitchReviewNotFound: (id: string) =>
    `Kein Pitch hat die ID „${id}“. Prüfen Sie den Link, der Sie hierher geführt hat.`,
  mindPitchReviewNoneTitle: 'Kein Pitch ausgewählt',
  mindPitchReviewNone: 'Wählen Sie einen Pitch zur Bewertung aus: Diese Ansicht zeigt jeweils einen Pitch.',
  mindPitchReviewNotSubmittedTitle: 'Noch nicht gesendet',
  mindPitchReviewNotSubmitted:
    'Der Verkäufer nimmt diesen Pitch noch auf. Er kann bewertet werden, sobald er gesendet wurde.',
  mindPitchReviewError: 'Der Pitch konnte nicht geladen werden.',
};

export default pitchReviewDe;
