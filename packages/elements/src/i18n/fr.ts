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
};

export default fr;
