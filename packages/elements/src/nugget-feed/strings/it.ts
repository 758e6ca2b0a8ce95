import type { nuggetFeedEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('it');

const kinds: Record<string, string> = {
  info: 'Info',
  video: 'Video',
  poll: 'Sondaggio',
  'open-question': 'Domanda aperta',
  'mini-quiz': 'Quiz',
};

/** Testi dell'interfaccia in italiano di <mind-nugget-feed>: stesse chiavi e stessi argomenti dell'inglese. */
const nuggetFeedIt: typeof nuggetFeedEn = {
  mindNuggetFeedTitle: 'Le sue novità',
  mindNuggetFeedUnread: (count) =>
    plural(count, `${number(count)} elemento non letto`, `${number(count)} elementi non letti`),
  mindNuggetFeedKind: (kind) => kinds[kind] ?? kind,
  mindNuggetFeedNew: 'Nuovo',
  mindNuggetFeedReleased: (date) => `Pubblicato il ${date}`,
  mindNuggetFeedCaughtUp: 'Ha visto tutto.',
  mindNuggetFeedNextRelease: (date) => `Il prossimo elemento arriva il ${date}.`,
  mindNuggetFeedNoMore: 'Per ora non sono previsti altri elementi.',
  mindNuggetFeedEmptyTitle: 'Ancora nessun contenuto',
  mindNuggetFeedEmpty: 'Qui compariranno notizie, video, sondaggi e quiz lampo del suo fornitore.',
  mindNuggetFeedError: 'Impossibile caricare le sue novità.',
  mindNuggetFeedPending: (count) =>
    plural(
      count,
      'Una risposta è salvata su questo dispositivo e verrà inviata quando sarà di nuovo online.',
      `${number(count)} risposte sono salvate su questo dispositivo e verranno inviate quando sarà di nuovo online.`,
    ),
  mindNuggetFeedDueTitle: 'Da ripassare',
  mindNuggetFeedDueHint: 'Le domande a cui ha già risposto tornano al momento giusto, per fissarle meglio.',
  mindNuggetFeedRemindersTitle: 'Certificazioni da rinnovare',
  mindNuggetFeedReminderExpiring: (title, date) => `La sua certificazione «${title}» scade il ${date}.`,
  mindNuggetFeedReminderGrace: (title, date) =>
    `La sua certificazione «${title}» è scaduta il ${date}; vale ancora per poco tempo.`,
  mindNuggetFeedReminderRenew: (challenges, minScore) =>
    `Per rinnovarla, superi ${challenges} con almeno il ${new Intl.NumberFormat('it', { style: 'percent', maximumFractionDigits: 1 }).format(minScore / 100)}.`,
  mindNuggetFeedVideo: (duration) => `Video, ${duration}, con sottotitoli.`,
  mindNuggetFeedVoters: (count) => plural(count, `${number(count)} voto in totale`, `${number(count)} voti in totale`),
  mindNuggetFeedVotes: (count, percent) =>
    `${plural(count, `${number(count)} voto`, `${number(count)} voti`)} (${percent})`,
  mindNuggetFeedMyVote: 'il suo voto',
  mindNuggetFeedChooseUpTo: (max) => `Scelga fino a ${number(max)} risposte.`,
  mindNuggetFeedVote: 'Vota',
  mindNuggetFeedVotePending: 'Voto salvato. I risultati compariranno quando sarà di nuovo online.',
  mindNuggetFeedFailed: 'Invio non riuscito. Riprovi.',
  mindNuggetFeedYourAnswer: 'La sua risposta',
  mindNuggetFeedCounter: (length, max) => `${number(length)} caratteri su ${number(max)}`,
  mindNuggetFeedCharactersLeft: (left) =>
    plural(left, `${number(left)} carattere rimasto`, `${number(left)} caratteri rimasti`),
  mindNuggetFeedSend: 'Invia',
  mindNuggetFeedResponded: 'Grazie: la sua risposta è stata inviata.',
  mindNuggetFeedRespondPending: 'Risposta salvata. Verrà inviata quando sarà di nuovo online.',
  mindNuggetFeedAnswerPending: 'Risposta salvata. Verrà corretta quando sarà di nuovo online.',
  mindNuggetFeedQuizDone: 'Ha già risposto a questo quiz.',
};

export default nuggetFeedIt;
