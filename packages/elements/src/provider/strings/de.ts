import type { providerEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { plural } = termFormats('de');

/** Deutsche UI-Texte des Elements provider: dieselben Schlüssel und Argumente wie im Englischen. */
const providerDe: typeof providerEn = {
  mindProviderLoading: 'Mindshare wird geladen…',
  mindProviderBlocked:
    'Mindshare wurde aktualisiert, aber ein anderer Tab dieses Portals verwendet noch die vorherige Version. Schließen Sie die anderen Tabs dieses Portals: Diese Seite läuft dann von selbst weiter.',
  mindProviderFailed: 'Mindshare konnte nicht gestartet werden.',
  mindProviderInvalidPack: 'Das Content-Paket ist ungültig',
  mindProviderInvalidDirectory: 'Das Verzeichnis ist ungültig',
  mindProviderProblems: (count: number) => `${count} ${plural(count, 'Problem', 'Probleme')} gefunden:`,
  mindProviderNetwork: (url: string) =>
    `${url} konnte nicht heruntergeladen werden. Prüfen Sie die Adresse und Ihre Verbindung.`,
  mindProviderNotJson: 'Die Datei ist kein gültiges JSON.',
  mindProviderUnknownViewer: (viewer) =>
    `Niemand im Verzeichnis hat die ID „${viewer}“: Prüfen Sie das Attribut viewer oder nehmen Sie diese Person ins Verzeichnis auf.`,
};

export default providerDe;
