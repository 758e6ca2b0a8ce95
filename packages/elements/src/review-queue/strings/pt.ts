import type { reviewQueueEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('pt');

/** Textos de interface em português de <mind-review-queue>: mesmas chaves e argumentos do inglês. */
const reviewQueuePt: typeof reviewQueueEn = {
  mindReviewQueueTitle: 'Pitches aguardando avaliação',
  mindReviewQueueCount: (shown, total) =>
    shown === total
      ? `${number(total)} ${plural(total, 'pitch aguardando', 'pitches aguardando')}, o mais antigo primeiro`
      : `${number(shown)} de ${number(total)} pitches aguardando exibidos, o mais antigo primeiro`,
  mindReviewQueueFilters: 'Filtrar a fila',
  mindReviewQueuePrompt: 'Exercício',
  mindReviewQueuePartner: 'Parceiro',
  mindReviewQueueAll: 'Todos',
  mindReviewQueueSeller: 'Vendedor',
  mindReviewQueueWaitingColumn: 'Aguardando',
  mindReviewQueueClaimColumn: 'Coach',
  mindReviewQueueActionColumn: 'Avaliação',
  mindReviewQueueWaiting: (duration) => `aguardando há ${duration}`,
  mindReviewQueueJustNow: 'acabou de chegar',
  mindReviewQueueNobody: 'Ninguém ainda',
  mindReviewQueueYou: 'Você está avaliando',
  mindReviewQueueHeldBy: (coach) => `${coach} está avaliando`,
  mindReviewQueueOpen: 'Abrir',
  mindReviewQueueOpenLabel: (seller, prompt) => `Abrir o pitch de ${seller}: ${prompt}`,
  mindReviewQueueEmptyTitle: 'Nenhum pitch aguardando',
  mindReviewQueueEmpty: 'Quando um vendedor enviar um pitch, ele aparecerá aqui.',
  mindReviewQueueNoMatch: 'Nenhum pitch aguardando corresponde a esses filtros.',
  mindReviewQueueForbidden: 'A fila de avaliação é para coaches e gerentes.',
  mindReviewQueueError: 'Não foi possível carregar a fila de avaliação.',
  mindReviewQueueClaiming: 'Abrindo o pitch…',
  mindReviewQueueBack: 'Voltar à fila',
  mindReviewQueueHeldTitle: (coach) => `${coach} está avaliando este pitch`,
  mindReviewQueueHeld: (coach) =>
    `${coach} abriu este pitch primeiro. Assuma a avaliação somente se tiver combinado com ${coach}, ou escolha outro pitch.`,
  mindReviewQueueTakeOver: (coach) => `Assumir no lugar de ${coach}`,
  mindReviewQueueGoneTitle: 'Este pitch não está mais aguardando',
  mindReviewQueueGone: 'Ele foi avaliado ou retirado nesse meio-tempo. Escolha outro pitch.',
  mindReviewQueueClaimFailed: 'Não foi possível abrir o pitch.',
  mindReviewQueueLost: (coach) =>
    `${coach} assumiu este pitch. Se você enviar sua avaliação, ela será recusada: combine antes com ${coach}.`,
  mindReviewQueueOpened: (seller) =>
    `Avaliando o pitch de ${seller}. Os outros coaches veem que você está cuidando dele.`,
};

export default reviewQueuePt;
