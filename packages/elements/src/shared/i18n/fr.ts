import { leaderboardFr } from '../../leaderboard/leaderboard.fr.js';
import { nuggetFeedFr } from '../../nugget-feed/nugget-feed.fr.js';
import { pitchRecorderFr } from '../../pitch-recorder/pitch-recorder.fr.js';
import { pitchReviewFr } from '../../pitch-review/pitch-review.fr.js';
import { pitchGalleryFr } from '../../pitch-gallery/pitch-gallery.fr.js';
import { masteryMapFr } from '../../mastery-map/mastery-map.fr.js';
import { tierReportFr } from '../../tier-report/tier-report.fr.js';
import { providerFr } from '../../provider/provider.fr.js';
import { quizFr } from '../../quiz/quiz.fr.js';
import type { MindTranslation } from './en.js';

/** Chaînes d'interface en français. Chargées à la demande, jamais dans le paquet principal. */
const fr: MindTranslation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
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
  mindPoints: (points: number) =>
    new Intl.PluralRules('fr').select(points) === 'one' ? `${points} point` : `${points} points`,
  ...providerFr,
  ...quizFr,
  ...leaderboardFr,
  ...nuggetFeedFr,
  ...pitchRecorderFr,
  ...pitchReviewFr,
  ...pitchGalleryFr,
  ...masteryMapFr,
  ...tierReportFr,
};

export default fr;
