import type { SharedTerms } from './en.js';

/** Gemeinsame deutsche UI-Texte. Bei Bedarf geladen, nie im Hauptpaket. */
const sharedDe: SharedTerms = {
  mindLoading: 'Wird geladen…',
  mindRetry: 'Erneut versuchen',
  mindErrorTitle: 'Etwas ist schiefgelaufen',
  mindErrorStorageFullTitle: 'Der Speicher dieses Geräts ist voll',
  mindErrorStorageFull:
    'Ihr Browser hat keinen Platz mehr, um Mindshare zu speichern. Geben Sie Speicher frei (löschen Sie nicht mehr benötigte Dateien oder Downloads oder die Daten anderer Websites) und versuchen Sie es dann erneut. Was Sie bereits gespeichert haben, geht nicht verloren.',
  mindErrorStaleTitle: 'Diese Seite ist nicht mehr aktuell',
  mindErrorStale: 'Mindshare wurde in einem anderen Tab aktualisiert. Laden Sie diese Seite neu, um fortzufahren.',
  mindReload: 'Seite neu laden',
  mindErrorNetworkTitle: 'Mindshare ist nicht erreichbar',
  mindErrorNetwork:
    'Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut. Ihre bisherigen Antworten bleiben erhalten.',
  mindErrorNetworkRetrying: 'Prüfen Sie Ihre Verbindung. Neuer Versuch…',
  mindErrorUnavailableTitle: 'Mindshare antwortet nicht',
  mindErrorUnavailable: 'Versuchen Sie es gleich noch einmal.',
  mindErrorUnknownChallengeTitle: 'Challenge nicht gefunden',
  mindErrorUnknownChallenge: (id: string) => `Dieser Inhalt enthält keine Challenge „${id}“.`,
  mindPoints: (points: number) =>
    new Intl.PluralRules('de').select(points) === 'one' ? `${points} Punkt` : `${points} Punkte`,
  mindQuizSubmit: 'Bestätigen',
  mindQuizTrue: 'Richtig',
  mindQuizFalse: 'Falsch',
  mindQuizChooseOne: 'Wählen Sie eine Antwort.',
  mindQuizChooseSeveral: 'Wählen Sie alle zutreffenden Antworten.',
  mindQuizChoiceRight: 'Richtige Antwort',
  mindQuizChoiceWrong: 'Ihre Wahl: falsch',
  mindQuizOrderHint:
    'Bringen Sie die Einträge in die richtige Reihenfolge, den ersten oben. Alt + Pfeiltasten verschieben den ausgewählten Eintrag.',
  mindQuizMoveUp: (item) => `„${item}“ nach oben verschieben`,
  mindQuizMoveDown: (item) => `„${item}“ nach unten verschieben`,
  mindQuizMoved: (item, position, count) => `„${item}“ an Position ${position} von ${count} verschoben`,
  mindQuizNumberLabel: 'Ihre Antwort',
  mindQuizNumberInvalid: 'Geben Sie eine Zahl ein.',
  mindQuizConfidence: 'Wie sicher sind Sie?',
  mindQuizSure: 'Sicher',
  mindQuizNotSure: 'Nicht sicher',
  mindQuizCorrect: 'Richtige Antwort',
  mindQuizIncorrect: 'Falsche Antwort',
  mindQuizPartlyCorrect: 'Teilweise richtige Antwort',
  mindQuizResources: 'Mehr dazu',
};

export default sharedDe;
