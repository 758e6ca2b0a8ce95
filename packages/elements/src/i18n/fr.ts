import { leaderboardFr } from '../leaderboard/leaderboard.fr.js';
import { providerFr } from '../provider/provider.fr.js';
import { quizFr } from '../quiz/quiz.fr.js';
import type { MindTranslation } from './en.js';

/** Chaînes d'interface en français. Chargées à la demande, jamais dans le paquet principal. */
const fr: MindTranslation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  mindLoading: 'Chargement…',
  mindRetry: 'Réessayer',
  mindErrorTitle: 'Une erreur est survenue',
  mindPoints: (points: number) =>
    new Intl.PluralRules('fr').select(points) === 'one' ? `${points} point` : `${points} points`,
  ...providerFr,
  ...quizFr,
  ...leaderboardFr,
};

export default fr;
