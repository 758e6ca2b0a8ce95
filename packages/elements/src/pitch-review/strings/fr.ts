import type { pitchReviewEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('fr');

/** Chaînes d'interface françaises de <mind-pitch-review> : mêmes clés, mêmes arguments que l'anglais. */
const pitchReviewFr: typeof pitchReviewEn = {
  mindPitchReviewTitle: (prompt: string) => `Évaluation\u00a0: ${prompt}`,
  mindPitchReviewBy: (seller: string, take: number, duration: string) =>
    `${seller} · prise ${number(take)} · ${duration}`,
  mindPitchReviewVideoLabel: (seller: string) => `Pitch de ${seller}`,
  mindPitchReviewMediaFailed: 'Impossible de charger la vidéo. Vous pouvez tout de même noter le pitch.',
  mindPitchReviewComments: 'Commentaires horodatés',
  mindPitchReviewNoComments: 'Aucun commentaire. Mettez la vidéo en pause là où vous voulez commenter.',
  mindPitchReviewCommentLabel: 'Commentaire au moment actuel de la vidéo',
  mindPitchReviewAddComment: 'Ajouter le commentaire',
  mindPitchReviewRemoveComment: (time: string) => `Supprimer le commentaire à ${time}`,
  mindPitchReviewCommentAdded: (time: string) => `Commentaire ajouté à ${time}.`,
  mindPitchReviewSeek: 'Aller à',
  mindPitchReviewRubric: 'Grille d’évaluation',
  mindPitchReviewWeight: (weight: number, share: number) =>
    `Poids ${number(weight)} · ${new Intl.NumberFormat('fr', { style: 'percent' }).format(share)} du total`,
  mindPitchReviewLevel: (score: number) => `${number(score)} ${plural(score, 'point', 'points')}`,
  mindPitchReviewFeedback: 'Retour global',
  mindPitchReviewFeedbackHint: 'Ce que le vendeur doit continuer à faire, et la première chose à changer.',
  mindPitchReviewTotal: 'Total pondéré',
  mindPitchReviewOutOf: (total: number, max: number) => `${number(total)} / ${number(max)}`,
  mindPitchReviewUnscored: (count: number) =>
    `${number(count)} ${plural(count, 'critère non noté', 'critères non notés')}`,
  mindPitchReviewSubmit: 'Envoyer l’évaluation',
  mindPitchReviewSubmitting: 'Enregistrement de votre évaluation…',
  mindPitchReviewIncomplete: 'Notez chaque critère avant d’envoyer l’évaluation.',
  mindPitchReviewSubmitFailed:
    'Impossible d’enregistrer votre évaluation. Vos notes et commentaires sont conservés\u00a0: réessayez.',
  mindPitchReviewConflict: 'Ce pitch a été évalué entre-temps\u202f; voici cette évaluation.',
  mindPitchReviewHeld: (coach: string) =>
    `${coach} évalue ce pitch\u00a0: votre évaluation n’a pas été enregistrée. Vos notes et commentaires sont conservés.`,
  mindPitchReviewClaimedBy: (coach: string) => `${coach} évalue ce pitch.`,
  mindPitchReviewReviewedTitle: 'Évaluation',
  mindPitchReviewReviewedOn: (date: string) => `Évalué le ${date}.`,
  mindPitchReviewNoFeedback: 'Aucun retour global.',
  mindPitchReviewPublish: 'Publier comme bonne pratique',
  mindPitchReviewPublishing: 'Publication…',
  mindPitchReviewPublished: (date: string) => `Publié comme bonne pratique le ${date}.`,
  mindPitchReviewNeedsConsent: (seller: string) =>
    `${seller} n’a pas accepté de partager ce pitch avec les autres vendeurs. Vous pourrez le publier dès qu’il ou elle aura donné son accord.`,
  mindPitchReviewCanPublish: (seller: string) => `${seller} a accepté de partager ce pitch avec les autres vendeurs.`,
  mindPitchReviewPublishFailed: 'Impossible de publier le pitch. Réessayez.',
  mindPitchReviewConsentWithdrawn: 'Le vendeur a retiré son accord\u00a0: le pitch ne peut pas être publié.',
  mindPitchReviewForbiddenTitle: 'Cette page est réservée aux coachs',
  mindPitchReviewForbidden:
    'Les évaluations de pitch sont rédigées par les coachs. Les retours de votre coach sur vos pitchs apparaissent avec vos enregistrements.',
  mindPitchReviewNotFoundTitle: 'Pitch introuvable',
  mindPitchReviewNotFound: (id: string) =>
    `Aucun pitch ne porte l’identifiant «\u00a0${id}\u00a0». Vérifiez le lien suivi.`,
  mindPitchReviewNoneTitle: 'Aucun pitch sélectionné',
  mindPitchReviewNone: 'Choisissez un pitch à évaluer\u00a0: cette vue en montre un à la fois.',
  mindPitchReviewNotSubmittedTitle: 'Pas encore envoyé',
  mindPitchReviewNotSubmitted: 'Le vendeur enregistre encore ce pitch. Il pourra être évalué une fois envoyé.',
  mindPitchReviewError: 'Impossible de charger le pitch.',
};

export default pitchReviewFr;
