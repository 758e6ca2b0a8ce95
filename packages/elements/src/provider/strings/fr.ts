import type { providerEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { plural } = termFormats('fr');

/** Chaînes d'interface françaises de l'élément provider : mêmes clés, mêmes arguments que l'anglais. */
const providerFr: typeof providerEn = {
  mindProviderLoading: 'Chargement de Mindshare…',
  mindProviderBlocked:
    'Mindshare a été mis à jour, mais un autre onglet de ce portail utilise encore la version précédente. Fermez les autres onglets de ce portail\u00a0: cette page continuera d’elle-même.',
  mindProviderFailed: 'Mindshare n’a pas pu démarrer.',
  mindProviderInvalidPack: 'Le pack de contenu est invalide',
  mindProviderInvalidDirectory: 'L’annuaire est invalide',
  mindProviderProblems: (count: number) => `${count} ${plural(count, 'problème trouvé', 'problèmes trouvés')}\u00a0:`,
  mindProviderNetwork: (url: string) => `Impossible de télécharger ${url}. Vérifiez l’adresse et votre connexion.`,
  mindProviderNotJson: 'Le fichier n’est pas du JSON valide.',
  mindProviderUnknownViewer: (viewer) =>
    `Personne dans l’annuaire n’a l’identifiant «\u00a0${viewer}\u00a0»\u00a0: vérifiez l’attribut viewer, ou ajoutez cette personne à l’annuaire.`,
};

export default providerFr;
