import type { SharedTerms } from './en.js';

/** Testi dell'interfaccia condivisi in italiano. Caricati su richiesta, mai nel pacchetto principale. */
const sharedIt: SharedTerms = {
  mindLoading: 'Caricamento…',
  mindRetry: 'Riprova',
  mindErrorTitle: 'Si è verificato un errore',
  mindErrorStorageFullTitle: 'La memoria di questo dispositivo è piena',
  mindErrorStorageFull:
    'Il browser non ha più spazio per salvare Mindshare. Liberi spazio (elimini file o download che non servono più, o cancelli i dati di altri siti), poi riprovi. Nulla di ciò che ha già salvato va perso.',
  mindErrorStaleTitle: 'Questa pagina non è aggiornata',
  mindErrorStale: 'Mindshare è stato aggiornato in un’altra scheda. Ricarichi questa pagina per continuare.',
  mindReload: 'Ricarica la pagina',
  mindErrorNetworkTitle: 'Mindshare non è raggiungibile',
  mindErrorNetwork: 'Controlli la connessione, poi riprovi. Le risposte già date sono conservate.',
  mindErrorNetworkRetrying: 'Controlli la connessione. Nuovo tentativo…',
  mindErrorUnavailableTitle: 'Mindshare non risponde',
  mindErrorUnavailable: 'Riprovi tra un momento.',
  mindErrorUnknownChallengeTitle: 'Sfida non trovata',
  mindErrorUnknownChallenge: (id: string) => `Questo contenuto non ha nessuna sfida «${id}».`,
  mindPoints: (points: number) =>
    new Intl.PluralRules('it').select(points) === 'one' ? `${points} punto` : `${points} punti`,
  mindQuizSubmit: 'Conferma',
  mindQuizTrue: 'Vero',
  mindQuizFalse: 'Falso',
  mindQuizChooseOne: 'Scelga una risposta.',
  mindQuizChooseSeveral: 'Scelga tutte le risposte corrette.',
  mindQuizChoiceRight: 'Risposta giusta',
  mindQuizChoiceWrong: 'La sua scelta: sbagliata',
  mindQuizOrderHint: 'Metta gli elementi in ordine, il primo in alto. Alt + frecce spostano l’elemento selezionato.',
  mindQuizMoveUp: (item) => `Sposta «${item}» in su`,
  mindQuizMoveDown: (item) => `Sposta «${item}» in giù`,
  mindQuizMoved: (item, position, count) => `«${item}» spostato in posizione ${position} di ${count}`,
  mindQuizNumberLabel: 'La sua risposta',
  mindQuizNumberInvalid: 'Inserisca un numero.',
  mindQuizConfidence: 'Quanto è sicuro?',
  mindQuizSure: 'Sicuro',
  mindQuizNotSure: 'Non sicuro',
  mindQuizCorrect: 'Risposta esatta',
  mindQuizIncorrect: 'Risposta errata',
  mindQuizPartlyCorrect: 'Risposta parzialmente esatta',
  mindQuizResources: 'Per saperne di più',
};

export default sharedIt;
