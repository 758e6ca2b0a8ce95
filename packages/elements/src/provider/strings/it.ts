import type { providerEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { plural } = termFormats('it');

/** Testi dell'interfaccia in italiano dell'elemento provider: stesse chiavi e stessi argomenti dell'inglese. */
const providerIt: typeof providerEn = {
  mindProviderLoading: 'Caricamento di Mindshare…',
  mindProviderBlocked:
    'Mindshare è stato aggiornato, ma un’altra scheda di questo portale usa ancora la versione precedente. Chiuda le altre schede di questo portale: questa pagina proseguirà da sola.',
  mindProviderFailed: 'Impossibile avviare Mindshare.',
  mindProviderInvalidPack: 'Il pacchetto di contenuti non è valido',
  mindProviderInvalidDirectory: 'L’elenco delle persone non è valido',
  mindProviderProblems: (count: number) => `${count} ${plural(count, 'problema trovato', 'problemi trovati')}:`,
  mindProviderNetwork: (url: string) => `Impossibile scaricare ${url}. Controlli l’indirizzo e la connessione.`,
  mindProviderNotJson: 'Il file non è un JSON valido.',
  mindProviderUnknownViewer: (viewer) =>
    `Nessuno nell’elenco ha l’identificativo «${viewer}»: controlli l’attributo viewer o aggiunga questa persona all’elenco.`,
};

export default providerIt;
