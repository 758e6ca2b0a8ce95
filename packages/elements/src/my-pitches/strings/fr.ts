import type { myPitchesEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('fr');

/** Chaînes d'interface françaises de <mind-my-pitches> : mêmes clés, mêmes arguments que l'anglais. */
const myPitchesFr: typeof myPitchesEn = {
  mindMyPitchesTitle: 'Mes pitchs',
  mindMyPitchesMeta: (take: number, date: string, length: string) =>
    `Prise ${number(take)} · envoyée le ${date} · durée ${length}`,
  mindMyPitchesStateSent: 'Envoyé\u00a0: en attente d’un coach',
  mindMyPitchesStateInReview: (coach: string) => `En cours d’évaluation par ${coach}`,
  mindMyPitchesStateReviewed: 'Évalué',
  mindMyPitchesStatePublished: 'Publié comme bonne pratique',
  mindMyPitchesScore: (total: number, max: number) => `Note\u00a0: ${number(total)} / ${number(max)}`,
  mindMyPitchesShow: 'Voir la vidéo et l’évaluation',
  mindMyPitchesShowSent: 'Voir mon pitch',
  mindMyPitchesVideoLabel: (prompt: string) => `Votre pitch\u00a0: ${prompt}`,
  mindMyPitchesMediaFailed: 'Impossible de charger la vidéo.',
  mindMyPitchesWaiting: 'Aucun coach n’a encore évalué ce pitch. Ses notes et commentaires apparaîtront ici.',
  mindMyPitchesReviewing: (coach: string) => `${coach} évalue ce pitch en ce moment.`,
  mindMyPitchesReviewTitle: 'L’évaluation de votre coach',
  mindMyPitchesReviewedOn: (date: string) => `Évalué le ${date}.`,
  mindMyPitchesTotal: 'Total pondéré',
  mindMyPitchesOutOf: (total: number, max: number) => `${number(total)} / ${number(max)}`,
  mindMyPitchesLevel: (score: number) => `${number(score)} ${plural(score, 'point', 'points')}`,
  mindMyPitchesWeight: (weight: number, share: number) =>
    `poids ${number(weight)} (${new Intl.NumberFormat('fr', { style: 'percent' }).format(share)})`,
  mindMyPitchesFeedback: 'Retour global',
  mindMyPitchesNoFeedback: 'Aucun retour global.',
  mindMyPitchesComments: 'Commentaires horodatés',
  mindMyPitchesNoComments: 'Aucun commentaire horodaté.',
  mindMyPitchesSeek: 'Aller à',
  mindMyPitchesConsent: 'Montrer dans la galerie des bonnes pratiques',
  mindMyPitchesConsentHint:
    'Les coachs pourront alors publier ce pitch pour que les autres vendeurs s’en inspirent. Décochez pour le retirer aussitôt.',
  mindMyPitchesPublishedOn: (date: string) => `Publié le ${date}.`,
  mindMyPitchesPublishedHint:
    'Les autres vendeurs peuvent le voir dans la galerie des bonnes pratiques. Décochez pour le retirer aussitôt.',
  mindMyPitchesConsentSaving: 'Enregistrement de votre choix…',
  mindMyPitchesConsentFailed: 'Impossible d’enregistrer votre choix. Réessayez.',
  mindMyPitchesEmptyTitle: 'Aucun pitch envoyé',
  mindMyPitchesEmpty: 'Quand vous envoyez un pitch, il apparaît ici avec ce qu’en dit votre coach.',
  mindMyPitchesError: 'Impossible de charger vos pitchs.',
};

export default myPitchesFr;
