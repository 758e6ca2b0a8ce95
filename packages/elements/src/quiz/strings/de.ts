import type { quizEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { plural } = termFormats('de');

/** Deutsche UI-Texte des Elements quiz: dieselben Schlüssel und Argumente wie im Englischen. */
const quizDe: typeof quizEn = {
  mindQuizLabel: 'Challenge',
  mindQuizStart: 'Challenge starten',
  mindQuizResume: 'Meinen Versuch fortsetzen',
  mindQuizRules: 'Regeln',
  mindQuizQuestionCount: (count) => plural(count, `${count} Frage`, `${count} Fragen`),
  mindQuizTimeLimit: (duration) => `Zeitlimit: ${duration}`,
  mindQuizNoTimeLimit: 'Ohne Zeitlimit',
  mindQuizAttemptsLeft: (left, max) => `Noch ${left} von ${max} ${plural(max, 'Versuch', 'Versuchen')}`,
  mindQuizAttemptsCount: (counts) => (counts === 'best' ? 'Ihr bester Versuch zählt.' : 'Ihr letzter Versuch zählt.'),
  mindQuizNoAttemptsLeft: 'Sie haben alle Ihre Versuche aufgebraucht.',
  mindQuizRewards: 'Prämien',
  mindQuizReward: (upToRank, label) => (upToRank === 1 ? `Platz 1: ${label}` : `Top ${upToRank}: ${label}`),
  mindQuizClosesAt: (date) => `Offen bis ${date}`,
  mindQuizQuestionOf: (index, count) => `Frage ${index} von ${count}`,
  mindQuizQuestionTimeLeft: (duration) => `Noch ${duration} für diese Frage`,
  mindQuizQuestionTimeUp: 'Die Zeit für diese Frage ist abgelaufen: Eine Antwort bringt jetzt keine Punkte mehr.',
  mindQuizQuestionTimeLimit: (duration) =>
    `Antworten Sie innerhalb von ${duration}; eine spätere Antwort bringt keine Punkte.`,
  mindQuizNext: 'Nächste Frage',
  mindQuizSeeResults: 'Meine Ergebnisse ansehen',
  mindQuizTimedOut: 'Die Zeit für diese Frage war abgelaufen',
  mindQuizPointsEarned: (points, formatted) => plural(points, `${formatted} Punkt`, `${formatted} Punkte`),
  mindQuizSaved: 'Antwort gespeichert. Sie wird bewertet, sobald Sie wieder online sind.',
  mindQuizTimer: 'Verbleibende Zeit',
  mindQuizTimeLeft: (duration) => `Verbleibende Zeit: ${duration}`,
  mindQuizResults: 'Ihre Ergebnisse',
  mindQuizScore: (score, max) => `Punktzahl: ${score} von ${max}`,
  mindQuizCorrectCount: (correct, count) => `${correct} von ${count} ${plural(count, 'Antwort', 'Antworten')} richtig`,
  mindQuizRank: (rank) => `Platz: ${rank}`,
  mindQuizRankUp: (places) => `Seit dem letzten Mal ${plural(places, `${places} Platz`, `${places} Plätze`)} nach oben`,
  mindQuizRankDown: (places) =>
    `Seit dem letzten Mal ${plural(places, `${places} Platz`, `${places} Plätze`)} nach unten`,
  mindQuizRankSame: 'Gleicher Platz wie beim letzten Mal',
  mindQuizRankNew: 'Sie stehen jetzt in der Rangliste',
  mindQuizNotCounted: 'Ein früherer Versuch zählt weiterhin: Er hatte eine höhere Punktzahl.',
  mindQuizWeakTopics: 'Themen zum Vertiefen',
  mindQuizTopicTally: (topic, correct, count) => `${topic}: ${correct} von ${count} richtig`,
  mindQuizRetry: 'Noch einmal versuchen',
  mindQuizUpcomingTitle: 'Noch nicht geöffnet',
  mindQuizUpcoming: (date) => `Diese Challenge startet am ${date}.`,
  mindQuizClosedTitle: 'Challenge beendet',
  mindQuizClosed: (date) => `Diese Challenge wurde am ${date} beendet. Vielen Dank für Ihr Interesse.`,
  mindQuizNotTargetedTitle: 'Für Sie nicht verfügbar',
  mindQuizNotTargeted:
    'Diese Challenge ist anderen Partnerprogrammen vorbehalten. Ihre eigenen Challenges erscheinen hier, sobald sie starten.',
  mindQuizDeadlineTitle: 'Zeit abgelaufen',
  mindQuizDeadline: 'Die Zeit für diesen Versuch ist abgelaufen. Die rechtzeitig gegebenen Antworten zählen weiterhin.',
  mindQuizPendingTitle: 'Gespeichert, Synchronisierung ausstehend',
  mindQuizPending:
    'Ihre Antworten sind auf diesem Gerät gespeichert und werden gesendet, sobald die Verbindung wieder besteht. Dann erscheint auch Ihre Punktzahl.',
  mindQuizRefusedTitle: 'Versuch nicht angenommen',
  mindQuizRefused:
    'Ihre Antworten haben den Server erst nach dem Ende der Challenge erreicht und konnten daher nicht gewertet werden. Das tut uns leid.',
  mindQuizExpired: 'Die Zeit ist abgelaufen.',
  mindQuizStaleAnswerKept:
    'Mindshare wurde in einem anderen Tab aktualisiert. Laden Sie diese Seite neu: Ihre Antwort wird dann gesendet.',
};

export default quizDe;
