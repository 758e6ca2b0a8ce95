import type { reviewQueueEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('it');

/** Testi dell'interfaccia in italiano di <mind-review-queue>: stesse chiavi e stessi argomenti dell'inglese. */
const reviewQueueIt: typeof reviewQueueEn = {
  mindReviewQueueTitle: 'Pitch da valutare',
  mindReviewQueueCount: (shown: number, total: number) =>
    shown === total
      ? `${number(total)} pitch in attesa, dal più vecchio`
      : `${number(shown)} ${plural(shown, 'pitch mostrato', 'pitch mostrati')} su ${number(total)} in attesa, dal più vecchio`,
  mindReviewQueueFilters: 'Filtra la coda',
  mindReviewQueuePrompt: 'Esercizio',
  mindReviewQueuePartner: 'Partner',
  mindReviewQueueAll: 'Tutti',
  mindReviewQueueSeller: 'Venditore',
  mindReviewQueueWaitingColumn: 'Attesa',
  mindReviewQueueClaimColumn: 'Coach',
  mindReviewQueueActionColumn: 'Valutazione',
  mindReviewQueueWaiting: (duration: string) => `in attesa da ${duration}`,
  mindReviewQueueJustNow: 'appena arrivato',
  mindReviewQueueNobody: 'Ancora nessuno',
  mindReviewQueueYou: 'Lo sta valutando lei',
  mindReviewQueueHeldBy: (coach: string) => `Lo sta valutando ${coach}`,
  mindReviewQueueOpen: 'Apri',
  mindReviewQueueOpenLabel: (seller: string, prompt: string) => `Apri il pitch di ${seller}: ${prompt}`,
  mindReviewQueueEmptyTitle: 'Nessun pitch in attesa',
  mindReviewQueueEmpty: 'Quando un venditore invia un pitch, compare qui.',
  mindReviewQueueNoMatch: 'Nessun pitch in attesa corrisponde a questi filtri.',
  mindReviewQueueForbidden: 'La coda di valutazione è riservata ai coach e ai manager.',
  mindReviewQueueError: 'Impossibile caricare la coda di valutazione.',
  mindReviewQueueClaiming: 'Apertura del pitch…',
  mindReviewQueueBack: 'Torna alla coda',
  mindReviewQueueHeldTitle: (coach: string) => `${coach} sta valutando questo pitch`,
  mindReviewQueueHeld: (coach: string) =>
    `${coach} l’ha aperto per primo. Lo prenda in carico solo se l’ha concordato con ${coach}, oppure scelga un altro pitch.`,
  mindReviewQueueTakeOver: (coach: string) => `Subentra a ${coach}`,
  mindReviewQueueGoneTitle: 'Questo pitch non è più in attesa',
  mindReviewQueueGone: 'Nel frattempo è stato valutato o ritirato. Scelga un altro pitch.',
  mindReviewQueueClaimFailed: 'Impossibile aprire il pitch.',
  mindReviewQueueLost: (coach: string) =>
    `${coach} ha preso in carico questo pitch. Se invia la sua valutazione, verrà rifiutata: si accordi prima con ${coach}.`,
  mindReviewQueueOpened: (seller: string) =>
    `Sta valutando il pitch di ${seller}. Gli altri coach vedono che se ne sta occupando.`,
};

export default reviewQueueIt;
