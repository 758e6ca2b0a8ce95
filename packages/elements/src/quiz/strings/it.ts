import type { quizEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { plural } = termFormats('it');

/** Testi dell'interfaccia in italiano dell'elemento quiz: stesse chiavi e stessi argomenti dell'inglese. */
const quizIt: typeof quizEn = {
  mindQuizLabel: 'Sfida',
  mindQuizStart: 'Inizia la sfida',
  mindQuizResume: 'Riprendi il mio tentativo',
  mindQuizRules: 'Regole',
  mindQuizQuestionCount: (count) => plural(count, `${count} domanda`, `${count} domande`),
  mindQuizTimeLimit: (duration) => `Tempo massimo: ${duration}`,
  mindQuizNoTimeLimit: 'Senza limite di tempo',
  mindQuizAttemptsLeft: (left, max) =>
    `${plural(left, `${left} tentativo rimasto`, `${left} tentativi rimasti`)} su ${max}`,
  mindQuizAttemptsCount: (counts) =>
    counts === 'best' ? 'Conta il suo tentativo migliore.' : 'Conta il suo ultimo tentativo.',
  mindQuizNoAttemptsLeft: 'Ha esaurito tutti i tentativi.',
  mindQuizRewards: 'Premi',
  mindQuizReward: (upToRank, label) => (upToRank === 1 ? `1º posto: ${label}` : `Primi ${upToRank}: ${label}`),
  mindQuizClosesAt: (date) => `Aperta fino al ${date}`,
  mindQuizQuestionOf: (index, count) => `Domanda ${index} di ${count}`,
  mindQuizQuestionTimeLeft: (duration) => `Ancora ${duration} per questa domanda`,
  mindQuizQuestionTimeUp: 'Il tempo per questa domanda è scaduto: una risposta ora non vale punti.',
  mindQuizQuestionTimeLimit: (duration) => `Risponda entro ${duration}; una risposta successiva non vale punti.`,
  mindQuizNext: 'Domanda successiva',
  mindQuizSeeResults: 'Vedi i miei risultati',
  mindQuizTimedOut: 'Il tempo per questa domanda era scaduto',
  mindQuizPointsEarned: (points, formatted) => plural(points, `${formatted} punto`, `${formatted} punti`),
  mindQuizSaved: 'Risposta salvata. Verrà valutata quando sarà di nuovo online.',
  mindQuizTimer: 'Tempo rimasto',
  mindQuizTimeLeft: (duration) => `Tempo rimasto: ${duration}`,
  mindQuizResults: 'I suoi risultati',
  mindQuizScore: (score, max) => `Punteggio: ${score} su ${max}`,
  mindQuizCorrectCount: (correct, count) =>
    `${plural(correct, `${correct} risposta esatta`, `${correct} risposte esatte`)} su ${count}`,
  mindQuizRank: (rank) => `Posizione: ${rank}`,
  mindQuizRankUp: (places) =>
    `In salita di ${plural(places, `${places} posizione`, `${places} posizioni`)} rispetto all’ultima volta`,
  mindQuizRankDown: (places) =>
    `In discesa di ${plural(places, `${places} posizione`, `${places} posizioni`)} rispetto all’ultima volta`,
  mindQuizRankSame: 'Stessa posizione dell’ultima volta',
  mindQuizRankNew: 'Ora è in classifica',
  mindQuizNotCounted: 'Conta ancora un tentativo precedente: aveva un punteggio più alto.',
  mindQuizWeakTopics: 'Argomenti da rafforzare',
  mindQuizTopicTally: (topic, correct, count) => `${topic}: ${correct} su ${count} esatte`,
  mindQuizRetry: 'Riprova',
  mindQuizUpcomingTitle: 'Non ancora aperta',
  mindQuizUpcoming: (date) => `Questa sfida si apre il ${date}.`,
  mindQuizClosedTitle: 'Sfida chiusa',
  mindQuizClosed: (date) => `Questa sfida si è chiusa il ${date}. Grazie per l’interesse.`,
  mindQuizNotTargetedTitle: 'Non disponibile per lei',
  mindQuizNotTargeted:
    'Questa sfida è riservata ad altri programmi partner. Le sue sfide appariranno qui non appena si apriranno.',
  mindQuizDeadlineTitle: 'Tempo scaduto',
  mindQuizDeadline: 'Il tempo per questo tentativo è scaduto. Le risposte date in tempo restano valide.',
  mindQuizPendingTitle: 'Salvato, in attesa di sincronizzazione',
  mindQuizPending:
    'Le sue risposte sono salvate su questo dispositivo e verranno inviate al ritorno della connessione. Allora comparirà il suo punteggio.',
  mindQuizRefusedTitle: 'Tentativo non accettato',
  mindQuizRefused:
    'Le sue risposte sono arrivate al server dopo la chiusura della sfida, quindi non è stato possibile conteggiarle. Ci scusiamo.',
  mindQuizExpired: 'Tempo scaduto.',
  mindQuizStaleAnswerKept:
    'Mindshare è stato aggiornato in un’altra scheda. Ricarichi questa pagina: la sua risposta verrà inviata in quel momento.',
};

export default quizIt;
