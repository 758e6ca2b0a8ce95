import type { MasteryLevel } from '@mindshare/core';
import type { masteryMapEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

type By = 'seller' | 'partner' | 'tier';

const percent = (score: number) => new Intl.NumberFormat('es', { style: 'percent' }).format(score);
const { plural } = termFormats('es');

const levels: Record<MasteryLevel, string> = {
  unknown: 'pocas respuestas',
  weak: 'débil',
  developing: 'en progreso',
  strong: 'sólido',
};
const groups: Record<By, string> = { seller: 'Vendedores', partner: 'Partners', tier: 'Niveles' };
const singular: Record<By, string> = { seller: 'Vendedor', partner: 'Partner', tier: 'Nivel' };
const of: Record<By, string> = { seller: 'los vendedores', partner: 'los partners', tier: 'los niveles' };

/** Textos de interfaz en español de <mind-mastery-map>: mismas claves y mismos argumentos que en inglés. */
const masteryMapEs: typeof masteryMapEn = {
  mindMasteryMapTitle: (by: By) => `Dominio por tema · ${groups[by] ?? by}`,
  mindMasteryMapByLabel: 'Mostrar el dominio de',
  mindMasteryMapBy: (by: By) => groups[by] ?? by,
  mindMasteryMapEntity: (by: By) => singular[by] ?? by,
  mindMasteryMapLevel: (level: MasteryLevel) => levels[level] ?? level,
  mindMasteryMapCell: (score: number, level: MasteryLevel) => `${percent(score)} · ${levels[level] ?? level}`,
  mindMasteryMapNoAnswers: 'sin respuestas',
  mindMasteryMapSortBy: (column: string) => `Ordenar por ${column}`,
  mindMasteryMapDrillHint: (to: By) => `Abre ${of[to] ?? to}`,
  mindMasteryMapTrail: 'Ruta del detalle',
  mindMasteryMapAll: (by: By) => `Todos ${of[by] ?? by}`,
  mindMasteryMapStrengthen: 'Quién debe reforzar qué tema',
  mindMasteryMapStrengthenNone: 'Nadie está por debajo de «sólido» en un tema medido.',
  mindMasteryMapStrengthenRow: (name: string, topic: string, score: number, level: MasteryLevel) =>
    `${name} — ${topic}: ${percent(score)} (${levels[level] ?? level})`,
  mindMasteryMapUnknown: 'Demasiado pocas respuestas para valorar: anímelos a practicar más',
  mindMasteryMapUnknownRow: (name: string, topic: string, count: number) =>
    `${name} — ${topic}: ${count} ${plural(count, 'respuesta', 'respuestas')}`,
  mindMasteryMapEmpty:
    'Todavía no se ha medido el dominio: aparece a medida que los vendedores responden a retos y preguntas de práctica.',
  mindMasteryMapForbidden: 'Esta vista está reservada a coaches y responsables de canal.',
  mindMasteryMapError: 'No se ha podido cargar el dominio.',
  mindMasteryMapLegend:
    'Niveles: sólido desde el 80\u00a0%, en progreso desde el 60\u00a0%, débil por debajo; «pocas respuestas» hasta tener dos respuestas recientes.',
};

export default masteryMapEs;
