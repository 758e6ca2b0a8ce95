import type { MasteryLevel } from '@mindshare/core';
import type { masteryMapEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

type By = 'seller' | 'partner' | 'tier';

const percent = (score: number) => new Intl.NumberFormat('de', { style: 'percent' }).format(score);
const { plural } = termFormats('de');

const levels: Record<MasteryLevel, string> = {
  unknown: 'zu wenige Antworten',
  weak: 'schwach',
  developing: 'im Aufbau',
  strong: 'sicher',
};
const groups: Record<By, string> = { seller: 'Verkäufer', partner: 'Partner', tier: 'Stufen' };
const singular: Record<By, string> = { seller: 'Verkäufer', partner: 'Partner', tier: 'Stufe' };
const of: Record<By, string> = {
  seller: 'die zugehörigen Verkäufer',
  partner: 'die zugehörigen Partner',
  tier: 'die zugehörigen Stufen',
};

/** Deutsche UI-Texte von <mind-mastery-map>: dieselben Schlüssel und Argumente wie im Englischen. */
const masteryMapDe: typeof masteryMapEn = {
  mindMasteryMapTitle: (by: By) => `Wissensstand nach Thema · ${groups[by] ?? by}`,
  mindMasteryMapByLabel: 'Wissensstand anzeigen für',
  mindMasteryMapBy: (by: By) => groups[by] ?? by,
  mindMasteryMapEntity: (by: By) => singular[by] ?? by,
  mindMasteryMapLevel: (level: MasteryLevel) => levels[level] ?? level,
  mindMasteryMapCell: (score: number, level: MasteryLevel) => `${percent(score)} · ${levels[level] ?? level}`,
  mindMasteryMapNoAnswers: 'keine Antworten',
  mindMasteryMapSortBy: (column: string) => `Nach ${column} sortieren`,
  mindMasteryMapDrillHint: (to: By) => `Zeigt ${of[to] ?? to}`,
  mindMasteryMapTrail: 'Detailpfad',
  mindMasteryMapAll: (by: By) => `Alle ${groups[by] ?? by}`,
  mindMasteryMapStrengthen: 'Wer welches Thema vertiefen muss',
  mindMasteryMapStrengthenNone: 'Niemand liegt bei einem gemessenen Thema unter „sicher“.',
  mindMasteryMapStrengthenRow: (name: string, topic: string, score: number, level: MasteryLevel) =>
    `${name} — ${topic}: ${percent(score)} (${levels[level] ?? level})`,
  mindMasteryMapUnknown: 'Zu wenige Antworten für eine Einschätzung: Bitten Sie sie, mehr zu üben',
  mindMasteryMapUnknownRow: (name: string, topic: string, count: number) =>
    `${name} — ${topic}: ${count} ${plural(count, 'Antwort', 'Antworten')}`,
  mindMasteryMapEmpty:
    'Noch kein Wissensstand gemessen: Er erscheint, sobald Verkäufer Challenges und Übungsfragen beantworten.',
  mindMasteryMapForbidden: 'Diese Ansicht ist Coaches und Channel-Managern vorbehalten.',
  mindMasteryMapError: 'Der Wissensstand konnte nicht geladen werden.',
  mindMasteryMapLegend:
    'Niveaus: sicher ab 80\u00a0%, im Aufbau ab 60\u00a0%, darunter schwach; „zu wenige Antworten“ bis zu zwei aktuellen Antworten.',
};

export default masteryMapDe;
