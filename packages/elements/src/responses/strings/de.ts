import type { responsesEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const percent = (share: number) =>
  new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 0 }).format(share);
const { number, plural } = termFormats('de');

/** Deutsche UI-Texte von <mind-responses>: dieselben Schlüssel und Argumente wie im Englischen. */
const responsesDe: typeof responsesEn = {
  mindResponsesTitle: 'Antworten auf offene Fragen',
  mindResponsesQuestion: 'Frage',
  mindResponsesAllQuestions: 'Alle Fragen',
  mindResponsesShowHandled: 'Erledigte Antworten anzeigen',
  mindResponsesCount: (count: number) => `${number(count)} ${plural(count, 'Antwort', 'Antworten')}`,
  mindResponsesDate: 'Datum',
  mindResponsesSeller: 'Verkäufer',
  mindResponsesPartner: 'Partner',
  mindResponsesTier: 'Stufe',
  mindResponsesPrompt: 'Fragetext',
  mindResponsesAnswer: 'Antwort',
  mindResponsesStatus: 'Status',
  mindResponsesHandled: 'Erledigt',
  mindResponsesHandledBy: 'Erledigt von',
  mindResponsesHandledAt: 'Erledigt am',
  mindResponsesYes: 'Ja',
  mindResponsesNo: 'Nein',
  mindResponsesOpen: 'Offen',
  mindResponsesHandledByName: (name: string, date: string) => `Erledigt von ${name}, ${date}`,
  mindResponsesMark: 'Als erledigt markieren',
  mindResponsesReopen: 'Wieder öffnen',
  mindResponsesMarkLabel: (seller: string, question: string) => `Als erledigt markieren: ${seller}, ${question}`,
  mindResponsesReopenLabel: (seller: string, question: string) => `Wieder öffnen: ${seller}, ${question}`,
  mindResponsesMarked: (seller: string) => `Die Antwort von ${seller} ist als erledigt markiert.`,
  mindResponsesReopened: (seller: string) => `Die Antwort von ${seller} ist wieder offen.`,
  mindResponsesMarkFailed: 'Die Antwort konnte nicht aktualisiert werden.',
  mindResponsesExport: 'Antworten herunterladen (CSV)',
  mindResponsesEmpty: 'Noch keine Antworten: Sie erscheinen hier, sobald Verkäufer Ihre offenen Fragen beantworten.',
  mindResponsesAllHandled: 'Alle Antworten hier sind erledigt. Zeigen Sie erledigte Antworten an, um sie zu sehen.',
  mindResponsesMore: 'Mehr anzeigen (ältere Antworten)',
  mindResponsesForbidden:
    'Antworten auf offene Fragen sind Channel-Managern und der zuständigen Person jeder Frage vorbehalten; keine offene Frage nennt Sie als zuständig.',
  mindResponsesError: 'Die Antworten konnten nicht geladen werden.',
  mindResponsesPollsTitle: 'Umfrageergebnisse',
  mindResponsesVoters: (count: number) =>
    `${number(count)} ${plural(count, 'Person hat', 'Personen haben')} abgestimmt`,
  mindResponsesVotes: (count: number, share: number) =>
    `${number(count)} ${plural(count, 'Stimme', 'Stimmen')} (${percent(share)})`,
  mindResponsesPollsError: 'Die Umfrageergebnisse konnten nicht geladen werden.',
};

export default responsesDe;
