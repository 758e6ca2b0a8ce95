import type { nuggetFeedEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('de');

const kinds: Record<string, string> = {
  info: 'Info',
  video: 'Video',
  poll: 'Umfrage',
  'open-question': 'Offene Frage',
  'mini-quiz': 'Quiz',
};

/** Deutsche UI-Texte von <mind-nugget-feed>: dieselben Schlüssel und Argumente wie im Englischen. */
const nuggetFeedDe: typeof nuggetFeedEn = {
  mindNuggetFeedTitle: 'Ihr Feed',
  mindNuggetFeedUnread: (count) =>
    plural(count, `${number(count)} ungelesener Beitrag`, `${number(count)} ungelesene Beiträge`),
  mindNuggetFeedKind: (kind) => kinds[kind] ?? kind,
  mindNuggetFeedNew: 'Neu',
  mindNuggetFeedReleased: (date) => `Veröffentlicht am ${date}`,
  mindNuggetFeedCaughtUp: 'Sie sind auf dem neuesten Stand.',
  mindNuggetFeedNextRelease: (date) => `Der nächste Beitrag erscheint am ${date}.`,
  mindNuggetFeedNoMore: 'Derzeit sind keine weiteren Beiträge geplant.',
  mindNuggetFeedEmptyTitle: 'Noch keine Beiträge',
  mindNuggetFeedEmpty: 'Neuigkeiten, Videos, Umfragen und Kurzquiz Ihres Herstellers erscheinen hier.',
  mindNuggetFeedError: 'Ihr Feed konnte nicht geladen werden.',
  mindNuggetFeedPending: (count) =>
    plural(
      count,
      'Eine Antwort ist auf diesem Gerät gespeichert und wird gesendet, sobald Sie wieder online sind.',
      `${number(count)} Antworten sind auf diesem Gerät gespeichert und werden gesendet, sobald Sie wieder online sind.`,
    ),
  mindNuggetFeedDueTitle: 'Zur Wiederholung',
  mindNuggetFeedDueHint:
    'Fragen, die Sie schon beantwortet haben, kommen zum richtigen Zeitpunkt wieder, damit sie hängen bleiben.',
  mindNuggetFeedRemindersTitle: 'Zu erneuernde Zertifizierungen',
  mindNuggetFeedReminderExpiring: (title, date) => `Ihre Zertifizierung „${title}“ läuft am ${date} ab.`,
  mindNuggetFeedReminderGrace: (title, date) =>
    `Ihre Zertifizierung „${title}“ ist am ${date} abgelaufen; sie zählt nur noch kurze Zeit.`,
  mindNuggetFeedReminderRenew: (challenges, minScore) =>
    `Um sie zu erneuern, bestehen Sie ${challenges} mit mindestens ${new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 1 }).format(minScore / 100)}.`,
  mindNuggetFeedVideo: (duration) => `Video, ${duration}, mit Untertiteln.`,
  mindNuggetFeedVoters: (count) =>
    plural(count, `${number(count)} Stimme insgesamt`, `${number(count)} Stimmen insgesamt`),
  mindNuggetFeedVotes: (count, percent) =>
    `${plural(count, `${number(count)} Stimme`, `${number(count)} Stimmen`)} (${percent})`,
  mindNuggetFeedMyVote: 'Ihre Stimme',
  mindNuggetFeedChooseUpTo: (max) => `Wählen Sie bis zu ${number(max)} Antworten.`,
  mindNuggetFeedVote: 'Abstimmen',
  mindNuggetFeedVotePending: 'Stimme gespeichert. Die Ergebnisse erscheinen, sobald Sie wieder online sind.',
  mindNuggetFeedFailed: 'Das konnte nicht gesendet werden. Bitte versuchen Sie es erneut.',
  mindNuggetFeedYourAnswer: 'Ihre Antwort',
  mindNuggetFeedCounter: (length, max) => `${number(length)} von ${number(max)} Zeichen`,
  mindNuggetFeedCharactersLeft: (left) => `Noch ${number(left)} Zeichen`,
  mindNuggetFeedSend: 'Senden',
  mindNuggetFeedResponded: 'Vielen Dank: Ihre Antwort wurde gesendet.',
  mindNuggetFeedRespondPending: 'Antwort gespeichert. Sie wird gesendet, sobald Sie wieder online sind.',
  mindNuggetFeedAnswerPending: 'Antwort gespeichert. Sie wird geprüft, sobald Sie wieder online sind.',
  mindNuggetFeedQuizDone: 'Sie haben dieses Quiz beantwortet.',
};

export default nuggetFeedDe;
