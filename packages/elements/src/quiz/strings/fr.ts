import type { quizEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { plural } = termFormats('fr');

/** Chaînes d'interface françaises de l'élément quiz : mêmes clés, mêmes arguments que l'anglais. */
const quizFr: typeof quizEn = {
  mindQuizLabel: 'Challenge',
  mindQuizStart: 'Commencer le challenge',
  mindQuizResume: 'Reprendre ma tentative',
  mindQuizRules: 'Règles',
  mindQuizQuestionCount: (count) => plural(count, `${count} question`, `${count} questions`),
  mindQuizTimeLimit: (duration) => `Durée limite\u00a0: ${duration}`,
  mindQuizNoTimeLimit: 'Sans limite de temps',
  mindQuizAttemptsLeft: (left, max) =>
    `${plural(left, `${left} tentative restante`, `${left} tentatives restantes`)} sur ${max}`,
  mindQuizAttemptsCount: (counts) =>
    counts === 'best' ? 'Votre meilleure tentative est retenue.' : 'Votre dernière tentative est retenue.',
  mindQuizNoAttemptsLeft: 'Vous avez utilisé toutes vos tentatives.',
  mindQuizRewards: 'Récompenses',
  mindQuizReward: (upToRank, label) =>
    upToRank === 1 ? `1re place\u00a0: ${label}` : `Top ${upToRank}\u00a0: ${label}`,
  mindQuizClosesAt: (date) => `Ouvert jusqu’au ${date}`,
  mindQuizQuestionOf: (index, count) => `Question ${index} sur ${count}`,
  mindQuizQuestionTimeLeft: (duration) => `Encore ${duration} pour cette question`,
  mindQuizQuestionTimeUp: 'Temps écoulé pour cette question\u00a0: une réponse ne rapporte plus de points.',
  mindQuizQuestionTimeLimit: (duration) =>
    `Répondez en moins de ${duration}\u00a0: au-delà, la réponse ne rapporte aucun point.`,
  mindQuizNext: 'Question suivante',
  mindQuizSeeResults: 'Voir mes résultats',
  mindQuizTimedOut: 'Le temps était écoulé pour cette question',
  mindQuizPointsEarned: (points, formatted) => plural(points, `${formatted} point`, `${formatted} points`),
  mindQuizSaved: 'Réponse enregistrée. Elle sera notée dès votre retour en ligne.',
  mindQuizTimer: 'Temps restant',
  mindQuizTimeLeft: (duration) => `Temps restant\u00a0: ${duration}`,
  mindQuizResults: 'Vos résultats',
  mindQuizScore: (score, max) => `Score\u00a0: ${score} sur ${max}`,
  mindQuizCorrectCount: (correct, count) =>
    `${plural(correct, `${correct} bonne réponse`, `${correct} bonnes réponses`)} sur ${count}`,
  mindQuizRank: (rank) => `Classement\u00a0: ${rank === 1 ? '1er' : `${rank}e`}`,
  mindQuizRankUp: (places) =>
    `En hausse de ${plural(places, `${places} place`, `${places} places`)} depuis la dernière fois`,
  mindQuizRankDown: (places) =>
    `En baisse de ${plural(places, `${places} place`, `${places} places`)} depuis la dernière fois`,
  mindQuizRankSame: 'Même classement que la dernière fois',
  mindQuizRankNew: 'Vous entrez au classement',
  mindQuizNotCounted: 'Une tentative précédente reste retenue\u00a0: son score était plus élevé.',
  mindQuizWeakTopics: 'Thèmes à renforcer',
  mindQuizTopicTally: (topic, correct, count) => `${topic}\u00a0: ${correct} sur ${count}`,
  mindQuizRetry: 'Retenter ma chance',
  mindQuizUpcomingTitle: 'Pas encore ouvert',
  mindQuizUpcoming: (date) => `Ce challenge ouvre le ${date}.`,
  mindQuizClosedTitle: 'Challenge terminé',
  mindQuizClosed: (date) => `Ce challenge s’est terminé le ${date}. Merci de votre intérêt.`,
  mindQuizNotTargetedTitle: 'Challenge non disponible pour vous',
  mindQuizNotTargeted:
    'Ce challenge est réservé à d’autres programmes partenaires. Vos propres challenges apparaîtront ici dès leur ouverture.',
  mindQuizDeadlineTitle: 'Temps écoulé',
  mindQuizDeadline: 'Le temps imparti pour cette tentative est écoulé. Les réponses données à temps restent comptées.',
  mindQuizPendingTitle: 'Enregistré, en attente de synchronisation',
  mindQuizPending:
    'Vos réponses sont enregistrées sur cet appareil et seront envoyées dès le retour de la connexion. Votre score s’affichera alors.',
  mindQuizRefusedTitle: 'Tentative non acceptée',
  mindQuizRefused:
    'Vos réponses sont arrivées sur le serveur après la clôture du challenge\u00a0: elles n’ont pas pu être comptées. Nous en sommes désolés.',
  mindQuizStaleAnswerKept:
    'Mindshare a été mis à jour dans un autre onglet. Rechargez cette page\u00a0: votre réponse sera envoyée à ce moment-là.',
  mindQuizExpired: 'Temps écoulé.',
};

export default quizFr;
