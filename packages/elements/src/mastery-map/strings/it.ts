import type { MasteryLevel } from '@mindshare/core';
import type { masteryMapEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

type By = 'seller' | 'partner' | 'tier';

const percent = (score: number) => new Intl.NumberFormat('it', { style: 'percent' }).format(score);
const { plural } = termFormats('it');

const levels: Record<MasteryLevel, string> = {
  unknown: 'risposte insufficienti',
  weak: 'debole',
  developing: 'in crescita',
  strong: 'solido',
};
const groups: Record<By, string> = { seller: 'Venditori', partner: 'Partner', tier: 'Livelli' };
const singular: Record<By, string> = { seller: 'Venditore', partner: 'Partner', tier: 'Livello' };
const of: Record<By, string> = { seller: 'i venditori', partner: 'i partner', tier: 'i livelli' };

/** Testi dell'interfaccia in italiano di <mind-mastery-map>: stesse chiavi e stessi argomenti dell'inglese. */
const masteryMapIt: typeof masteryMapEn = {
  mindMasteryMapTitle: (by: By) => `Padronanza per argomento · ${groups[by] ?? by}`,
  mindMasteryMapByLabel: 'Mostra la padronanza di',
  mindMasteryMapBy: (by: By) => groups[by] ?? by,
  mindMasteryMapEntity: (by: By) => singular[by] ?? by,
  mindMasteryMapLevel: (level: MasteryLevel) => levels[level] ?? level,
  mindMasteryMapCell: (score: number, level: MasteryLevel) => `${percent(score)} · ${levels[level] ?? level}`,
  mindMasteryMapNoAnswers: 'nessuna risposta',
  mindMasteryMapSortBy: (column: string) => `Ordina per ${column}`,
  mindMasteryMapDrillHint: (to: By) => `Apre ${of[to] ?? to}`,
  mindMasteryMapTrail: 'Percorso di dettaglio',
  mindMasteryMapAll: (by: By) => `Tutti ${of[by] ?? by}`,
  mindMasteryMapStrengthen: 'Chi deve rafforzare quale argomento',
  mindMasteryMapStrengthenNone: 'Nessuno è sotto «solido» in un argomento misurato.',
  mindMasteryMapStrengthenRow: (name: string, topic: string, score: number, level: MasteryLevel) =>
    `${name} — ${topic}: ${percent(score)} (${levels[level] ?? level})`,
  mindMasteryMapUnknown: 'Troppe poche risposte per giudicare: li inviti a esercitarsi di più',
  mindMasteryMapUnknownRow: (name: string, topic: string, count: number) =>
    `${name} — ${topic}: ${count} ${plural(count, 'risposta', 'risposte')}`,
  mindMasteryMapEmpty:
    'Nessuna padronanza misurata finora: compare man mano che i venditori rispondono alle sfide e alle domande di esercizio.',
  mindMasteryMapForbidden: 'Questa vista è riservata ai coach e ai responsabili di canale.',
  mindMasteryMapError: 'Impossibile caricare la padronanza.',
  mindMasteryMapLegend:
    'Livelli: solido dall’80%, in crescita dal 60%, debole sotto; «risposte insufficienti» fino a due risposte recenti.',
};

export default masteryMapIt;
