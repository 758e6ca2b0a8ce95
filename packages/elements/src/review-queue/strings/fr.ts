import type { reviewQueueEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('fr');

/** Chaînes d'interface françaises de <mind-review-queue> : mêmes clés, mêmes arguments que l'anglais. */
const reviewQueueFr: typeof reviewQueueEn = {
  mindReviewQueueTitle: 'Pitchs à évaluer',
  mindReviewQueueCount: (shown: number, total: number) =>
    shown === total
      ? `${number(total)} ${plural(total, 'pitch en attente', 'pitchs en attente')}, le plus ancien d’abord`
      : `${number(shown)} pitchs affichés sur ${number(total)} en attente, le plus ancien d’abord`,
  mindReviewQueueFilters: 'Filtrer la file',
  mindReviewQueuePrompt: 'Exercice',
  mindReviewQueuePartner: 'Partenaire',
  mindReviewQueueAll: 'Tous',
  mindReviewQueueSeller: 'Vendeur',
  mindReviewQueueWaitingColumn: 'Attente',
  mindReviewQueueClaimColumn: 'Coach',
  mindReviewQueueActionColumn: 'Évaluation',
  mindReviewQueueWaiting: (duration: string) => `en attente depuis ${duration}`,
  mindReviewQueueJustNow: 'vient d’arriver',
  mindReviewQueueNobody: 'Personne pour l’instant',
  mindReviewQueueYou: 'Vous l’évaluez',
  mindReviewQueueHeldBy: (coach: string) => `${coach} l’évalue`,
  mindReviewQueueOpen: 'Ouvrir',
  mindReviewQueueOpenLabel: (seller: string, prompt: string) => `Ouvrir le pitch de ${seller}\u00a0: ${prompt}`,
  mindReviewQueueEmptyTitle: 'Aucun pitch en attente',
  mindReviewQueueEmpty: 'Quand un vendeur soumet un pitch, il apparaît ici.',
  mindReviewQueueNoMatch: 'Aucun pitch en attente ne correspond à ces filtres.',
  mindReviewQueueForbidden: 'La file d’évaluation est réservée aux coachs et aux managers.',
  mindReviewQueueError: 'Impossible de charger la file d’évaluation.',
  mindReviewQueueClaiming: 'Ouverture du pitch…',
  mindReviewQueueBack: 'Retour à la file',
  mindReviewQueueHeldTitle: (coach: string) => `${coach} évalue ce pitch`,
  mindReviewQueueHeld: (coach: string) =>
    `${coach} l’a ouvert en premier. Ne le reprenez que si vous en avez convenu avec ${coach}, ou choisissez un autre pitch.`,
  mindReviewQueueTakeOver: (coach: string) => `Reprendre à ${coach}`,
  mindReviewQueueGoneTitle: 'Ce pitch n’attend plus',
  mindReviewQueueGone: 'Il a été évalué ou retiré entre-temps. Choisissez un autre pitch.',
  mindReviewQueueClaimFailed: 'Impossible d’ouvrir le pitch.',
  mindReviewQueueLost: (coach: string) =>
    `${coach} a repris ce pitch. Si vous envoyez votre évaluation, elle sera refusée\u00a0: convenez-en d’abord avec ${coach}.`,
  mindReviewQueueOpened: (seller: string) =>
    `Vous évaluez le pitch de ${seller}. Les autres coachs voient que vous vous en occupez.`,
};

export default reviewQueueFr;
