import type { reviewQueueEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('es');

/** Textos de interfaz en español de <mind-review-queue>: mismas claves y mismos argumentos que en inglés. */
const reviewQueueEs: typeof reviewQueueEn = {
  mindReviewQueueTitle: 'Pitches pendientes de evaluación',
  mindReviewQueueCount: (shown: number, total: number) =>
    shown === total
      ? `${number(total)} ${plural(total, 'pitch pendiente', 'pitches pendientes')}, el más antiguo primero`
      : `${number(shown)} de ${number(total)} pitches pendientes mostrados, el más antiguo primero`,
  mindReviewQueueFilters: 'Filtrar la cola',
  mindReviewQueuePrompt: 'Ejercicio',
  mindReviewQueuePartner: 'Partner',
  mindReviewQueueAll: 'Todos',
  mindReviewQueueSeller: 'Vendedor',
  mindReviewQueueWaitingColumn: 'Espera',
  mindReviewQueueClaimColumn: 'Coach',
  mindReviewQueueActionColumn: 'Evaluación',
  mindReviewQueueWaiting: (duration: string) => `esperando desde hace ${duration}`,
  mindReviewQueueJustNow: 'recién llegado',
  mindReviewQueueNobody: 'Nadie todavía',
  mindReviewQueueYou: 'Lo está evaluando usted',
  mindReviewQueueHeldBy: (coach: string) => `Lo está evaluando ${coach}`,
  mindReviewQueueOpen: 'Abrir',
  mindReviewQueueOpenLabel: (seller: string, prompt: string) => `Abrir el pitch de ${seller}: ${prompt}`,
  mindReviewQueueEmptyTitle: 'No hay ningún pitch pendiente',
  mindReviewQueueEmpty: 'Cuando un vendedor envíe un pitch, aparecerá aquí.',
  mindReviewQueueNoMatch: 'Ningún pitch pendiente coincide con estos filtros.',
  mindReviewQueueForbidden: 'La cola de evaluación está reservada a coaches y managers.',
  mindReviewQueueError: 'No se ha podido cargar la cola de evaluación.',
  mindReviewQueueClaiming: 'Abriendo el pitch…',
  mindReviewQueueBack: 'Volver a la cola',
  mindReviewQueueHeldTitle: (coach: string) => `${coach} está evaluando este pitch`,
  mindReviewQueueHeld: (coach: string) =>
    `${coach} lo abrió primero. Hágase cargo solo si lo ha acordado con ${coach}, o elija otro pitch.`,
  mindReviewQueueTakeOver: (coach: string) => `Relevar a ${coach}`,
  mindReviewQueueGoneTitle: 'Este pitch ya no está pendiente',
  mindReviewQueueGone: 'Se ha evaluado o retirado mientras tanto. Elija otro pitch.',
  mindReviewQueueClaimFailed: 'No se ha podido abrir el pitch.',
  mindReviewQueueLost: (coach: string) =>
    `${coach} se ha hecho cargo de este pitch. Si envía su evaluación, se rechazará: acuérdelo antes con ${coach}.`,
  mindReviewQueueOpened: (seller: string) =>
    `Está evaluando el pitch de ${seller}. Los demás coaches ven que se está ocupando de él.`,
};

export default reviewQueueEs;
