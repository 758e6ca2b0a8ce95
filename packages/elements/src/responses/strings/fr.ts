import type { responsesEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const percent = (share: number) =>
  new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 0 }).format(share);
const { number, plural } = termFormats('fr');

/** Chaînes d'interface françaises de <mind-responses> : mêmes clés, mêmes arguments que l'anglais. */
const responsesFr: typeof responsesEn = {
  mindResponsesTitle: 'Réponses aux questions ouvertes',
  mindResponsesQuestion: 'Question',
  mindResponsesAllQuestions: 'Toutes les questions',
  mindResponsesShowHandled: 'Afficher les réponses traitées',
  mindResponsesCount: (count: number) => `${number(count)} ${plural(count, 'réponse', 'réponses')}`,
  mindResponsesDate: 'Date',
  mindResponsesSeller: 'Vendeur',
  mindResponsesPartner: 'Partenaire',
  mindResponsesTier: 'Niveau',
  mindResponsesPrompt: 'Texte de la question',
  mindResponsesAnswer: 'Réponse',
  mindResponsesStatus: 'Statut',
  mindResponsesHandled: 'Traitée',
  mindResponsesHandledBy: 'Traitée par',
  mindResponsesHandledAt: 'Traitée le',
  mindResponsesYes: 'Oui',
  mindResponsesNo: 'Non',
  mindResponsesOpen: 'À traiter',
  mindResponsesHandledByName: (name: string, date: string) => `Traitée par ${name}, ${date}`,
  mindResponsesMark: 'Marquer comme traitée',
  mindResponsesReopen: 'Rouvrir',
  mindResponsesMarkLabel: (seller: string, question: string) => `Marquer comme traitée\u00a0: ${seller}, ${question}`,
  mindResponsesReopenLabel: (seller: string, question: string) => `Rouvrir\u00a0: ${seller}, ${question}`,
  mindResponsesMarked: (seller: string) => `La réponse de ${seller} est marquée comme traitée.`,
  mindResponsesReopened: (seller: string) => `La réponse de ${seller} est de nouveau à traiter.`,
  mindResponsesMarkFailed: 'Impossible de mettre à jour la réponse.',
  mindResponsesExport: 'Télécharger les réponses (CSV)',
  mindResponsesEmpty:
    'Pas encore de réponses\u00a0: elles apparaissent ici quand les vendeurs répondent à vos questions ouvertes.',
  mindResponsesAllHandled: 'Toutes les réponses ici sont traitées. Affichez les réponses traitées pour les voir.',
  mindResponsesMore: 'Afficher plus (réponses plus anciennes)',
  mindResponsesForbidden:
    'Les réponses aux questions ouvertes sont réservées aux responsables de canal et au destinataire de chaque question\u202f; aucune question ouverte ne vous est adressée.',
  mindResponsesError: 'Impossible de charger les réponses.',
  mindResponsesPollsTitle: 'Résultats des sondages',
  mindResponsesVoters: (count: number) => `${number(count)} ${plural(count, 'votant', 'votants')}`,
  mindResponsesVotes: (count: number, share: number) =>
    `${number(count)} ${plural(count, 'vote', 'votes')} (${percent(share)})`,
  mindResponsesPollsError: 'Impossible de charger les résultats des sondages.',
};

export default responsesFr;
