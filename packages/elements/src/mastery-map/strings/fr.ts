import type { MasteryLevel } from '@mindshare/core';
import type { masteryMapEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

type By = 'seller' | 'partner' | 'tier';

const percent = (score: number) => new Intl.NumberFormat('fr', { style: 'percent' }).format(score);
const { plural } = termFormats('fr');

const levels: Record<MasteryLevel, string> = {
  unknown: 'trop peu de réponses',
  weak: 'fragile',
  developing: 'en progrès',
  strong: 'solide',
};
const groups: Record<By, string> = { seller: 'Vendeurs', partner: 'Partenaires', tier: 'Niveaux' };
const singular: Record<By, string> = { seller: 'Vendeur', partner: 'Partenaire', tier: 'Niveau' };
const of: Record<By, string> = { seller: 'les vendeurs', partner: 'les partenaires', tier: 'les niveaux' };

/** Chaînes d'interface françaises de <mind-mastery-map> : mêmes clés, mêmes arguments que l'anglais. */
const masteryMapFr: typeof masteryMapEn = {
  mindMasteryMapTitle: (by: By) => `Maîtrise par thème · ${groups[by] ?? by}`,
  mindMasteryMapByLabel: 'Afficher la maîtrise des',
  mindMasteryMapBy: (by: By) => groups[by] ?? by,
  mindMasteryMapEntity: (by: By) => singular[by] ?? by,
  mindMasteryMapLevel: (level: MasteryLevel) => levels[level] ?? level,
  mindMasteryMapCell: (score: number, level: MasteryLevel) => `${percent(score)} · ${levels[level] ?? level}`,
  mindMasteryMapNoAnswers: 'aucune réponse',
  mindMasteryMapSortBy: (column: string) => `Trier par ${column}`,
  mindMasteryMapDrillHint: (to: By) => `Ouvre ${of[to] ?? to}`,
  mindMasteryMapTrail: 'Chemin du détail',
  mindMasteryMapAll: (by: By) => `Tous ${of[by] ?? by}`,
  mindMasteryMapStrengthen: 'Qui doit renforcer quel thème',
  mindMasteryMapStrengthenNone: 'Personne n’est en dessous de «\u00a0solide\u00a0» sur un thème mesuré.',
  mindMasteryMapStrengthenRow: (name: string, topic: string, score: number, level: MasteryLevel) =>
    `${name} — ${topic}\u00a0: ${percent(score)} (${levels[level] ?? level})`,
  mindMasteryMapUnknown: 'Trop peu de réponses pour juger\u00a0: invitez-les à s’entraîner davantage',
  mindMasteryMapUnknownRow: (name: string, topic: string, count: number) =>
    `${name} — ${topic}\u00a0: ${count} ${plural(count, 'réponse', 'réponses')}`,
  mindMasteryMapEmpty:
    'Aucune maîtrise mesurée pour l’instant\u00a0: elle apparaît quand les vendeurs répondent aux challenges et aux exercices.',
  mindMasteryMapForbidden: 'Cette vue est réservée aux coachs et aux responsables de canal.',
  mindMasteryMapError: 'Impossible de charger la maîtrise.',
  mindMasteryMapLegend:
    'Niveaux\u00a0: solide dès 80\u00a0%, en progrès dès 60\u00a0%, fragile en dessous\u202f; «\u00a0trop peu de réponses\u00a0» avant deux réponses récentes.',
};

export default masteryMapFr;
