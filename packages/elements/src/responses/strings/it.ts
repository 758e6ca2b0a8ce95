import type { responsesEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const percent = (share: number) =>
  new Intl.NumberFormat('it', { style: 'percent', maximumFractionDigits: 0 }).format(share);
const { number, plural } = termFormats('it');

/** Testi dell'interfaccia in italiano di <mind-responses>: stesse chiavi e stessi argomenti dell'inglese. */
const responsesIt: typeof responsesEn = {
  mindResponsesTitle: 'Risposte alle domande aperte',
  mindResponsesQuestion: 'Domanda',
  mindResponsesAllQuestions: 'Tutte le domande',
  mindResponsesShowHandled: 'Mostra le risposte gestite',
  mindResponsesCount: (count: number) => `${number(count)} ${plural(count, 'risposta', 'risposte')}`,
  mindResponsesDate: 'Data',
  mindResponsesSeller: 'Venditore',
  mindResponsesPartner: 'Partner',
  mindResponsesTier: 'Livello',
  mindResponsesPrompt: 'Testo della domanda',
  mindResponsesAnswer: 'Risposta',
  mindResponsesStatus: 'Stato',
  mindResponsesHandled: 'Gestita',
  mindResponsesHandledBy: 'Gestita da',
  mindResponsesHandledAt: 'Gestita il',
  mindResponsesYes: 'Sì',
  mindResponsesNo: 'No',
  mindResponsesOpen: 'Da gestire',
  mindResponsesHandledByName: (name: string, date: string) => `Gestita da ${name}, ${date}`,
  mindResponsesMark: 'Segna come gestita',
  mindResponsesReopen: 'Riapri',
  mindResponsesMarkLabel: (seller: string, question: string) => `Segna come gestita: ${seller}, ${question}`,
  mindResponsesReopenLabel: (seller: string, question: string) => `Riapri: ${seller}, ${question}`,
  mindResponsesMarked: (seller: string) => `La risposta di ${seller} è segnata come gestita.`,
  mindResponsesReopened: (seller: string) => `La risposta di ${seller} è di nuovo da gestire.`,
  mindResponsesMarkFailed: 'Impossibile aggiornare la risposta.',
  mindResponsesExport: 'Scarica le risposte (CSV)',
  mindResponsesEmpty:
    'Ancora nessuna risposta: compariranno qui quando i venditori risponderanno alle sue domande aperte.',
  mindResponsesAllHandled: 'Tutte le risposte qui sono gestite. Mostri le risposte gestite per vederle.',
  mindResponsesMore: 'Mostra altre (risposte meno recenti)',
  mindResponsesForbidden:
    'Le risposte alle domande aperte sono riservate ai responsabili di canale e al referente di ogni domanda; nessuna domanda aperta la indica come referente.',
  mindResponsesError: 'Impossibile caricare le risposte.',
  mindResponsesPollsTitle: 'Risultati dei sondaggi',
  mindResponsesVoters: (count: number) => `${number(count)} ${plural(count, 'votante', 'votanti')}`,
  mindResponsesVotes: (count: number, share: number) =>
    `${number(count)} ${plural(count, 'voto', 'voti')} (${percent(share)})`,
  mindResponsesPollsError: 'Impossibile caricare i risultati dei sondaggi.',
};

export default responsesIt;
