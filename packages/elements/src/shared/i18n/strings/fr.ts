import type { SharedTerms } from './en.js';

/** Chaînes d'interface partagées en français. Chargées à la demande, jamais dans le paquet principal. */
const sharedFr: SharedTerms = {
  mindLoading: 'Chargement…',
  mindRetry: 'Réessayer',
  mindErrorTitle: 'Une erreur est survenue',
  mindErrorStorageFullTitle: 'L’espace de stockage de cet appareil est plein',
  mindErrorStorageFull:
    'Votre navigateur n’a plus de place pour enregistrer Mindshare. Libérez de l’espace (supprimez des fichiers ou des téléchargements inutiles, ou effacez les données d’autres sites), puis réessayez. Rien de ce que vous avez déjà enregistré n’est perdu.',
  mindErrorStaleTitle: 'Cette page n’est plus à jour',
  mindErrorStale: 'Mindshare a été mis à jour dans un autre onglet. Rechargez cette page pour continuer.',
  mindReload: 'Recharger la page',
  mindErrorNetworkTitle: 'Mindshare est injoignable',
  mindErrorNetwork: 'Vérifiez votre connexion, puis réessayez. Ce que vous avez déjà répondu est conservé.',
  mindErrorNetworkRetrying: 'Vérifiez votre connexion. Nouvel essai…',
  mindErrorUnavailableTitle: 'Mindshare ne répond pas',
  mindErrorUnavailable: 'Réessayez dans un instant.',
  mindErrorUnknownChallengeTitle: 'Challenge introuvable',
  mindErrorUnknownChallenge: (id: string) => `Ce contenu n’a pas de challenge «\u00a0${id}\u00a0».`,
  mindPoints: (points: number) =>
    new Intl.PluralRules('fr').select(points) === 'one' ? `${points} point` : `${points} points`,
  mindQuizSubmit: 'Valider',
  mindQuizTrue: 'Vrai',
  mindQuizFalse: 'Faux',
  mindQuizChooseOne: 'Choisissez une réponse.',
  mindQuizChooseSeveral: 'Choisissez toutes les bonnes réponses.',
  mindQuizChoiceRight: 'Bonne réponse',
  mindQuizChoiceWrong: 'Votre choix\u00a0: erroné',
  mindQuizOrderHint:
    'Remettez les éléments dans l’ordre, le premier en haut. Alt + flèches déplacent l’élément sélectionné.',
  mindQuizMoveUp: (item) => `Monter «\u00a0${item}\u00a0»`,
  mindQuizMoveDown: (item) => `Descendre «\u00a0${item}\u00a0»`,
  mindQuizMoved: (item, position, count) => `«\u00a0${item}\u00a0» déplacé en position ${position} sur ${count}`,
  mindQuizNumberLabel: 'Votre réponse',
  mindQuizNumberInvalid: 'Saisissez un nombre.',
  mindQuizConfidence: 'Êtes-vous sûr de vous\u202f?',
  mindQuizSure: 'Sûr',
  mindQuizNotSure: 'Pas sûr',
  mindQuizCorrect: 'Bonne réponse',
  mindQuizIncorrect: 'Mauvaise réponse',
  mindQuizPartlyCorrect: 'Réponse partiellement juste',
  mindQuizResources: 'Pour aller plus loin',
};

export default sharedFr;
