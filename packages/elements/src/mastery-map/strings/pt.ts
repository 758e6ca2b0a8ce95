import type { MasteryLevel } from '@mindshare/core';
import type { masteryMapEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

type By = 'seller' | 'partner' | 'tier';

const percent = (score: number) => new Intl.NumberFormat('pt', { style: 'percent' }).format(score);
const { number, plural } = termFormats('pt');

const levels: Record<MasteryLevel, string> = {
  unknown: 'poucas respostas',
  weak: 'frágil',
  developing: 'em progresso',
  strong: 'sólido',
};
const groups: Record<By, string> = { seller: 'Vendedores', partner: 'Parceiros', tier: 'Níveis' };
const singular: Record<By, string> = { seller: 'Vendedor', partner: 'Parceiro', tier: 'Nível' };
const of: Record<By, string> = { seller: 'os vendedores', partner: 'os parceiros', tier: 'os níveis' };

/** Textos de interface em português de <mind-mastery-map>: mesmas chaves e argumentos do inglês. */
const masteryMapPt: typeof masteryMapEn = {
  mindMasteryMapTitle: (by: By) => `Domínio por tema · ${groups[by] ?? by}`,
  mindMasteryMapByLabel: 'Mostrar o domínio de',
  mindMasteryMapBy: (by: By) => groups[by] ?? by,
  mindMasteryMapEntity: (by: By) => singular[by] ?? by,
  mindMasteryMapLevel: (level: MasteryLevel) => levels[level] ?? level,
  mindMasteryMapCell: (score: number, level: MasteryLevel) => `${percent(score)} · ${levels[level] ?? level}`,
  mindMasteryMapNoAnswers: 'nenhuma resposta',
  mindMasteryMapSortBy: (column: string) => `Ordenar por ${column}`,
  mindMasteryMapDrillHint: (to: By) => `Abre ${of[to] ?? to}`,
  mindMasteryMapTrail: 'Caminho do detalhamento',
  mindMasteryMapAll: (by: By) => `Todos ${of[by] ?? by}`,
  mindMasteryMapStrengthen: 'Quem precisa reforçar qual tema',
  mindMasteryMapStrengthenNone: 'Ninguém está abaixo de “sólido” em um tema medido.',
  mindMasteryMapStrengthenRow: (name: string, topic: string, score: number, level: MasteryLevel) =>
    `${name} — ${topic}: ${percent(score)} (${levels[level] ?? level})`,
  mindMasteryMapUnknown: 'Poucas respostas para avaliar: incentive essas pessoas a praticar mais',
  mindMasteryMapUnknownRow: (name: string, topic: string, count: number) =>
    `${name} — ${topic}: ${number(count)} ${plural(count, 'resposta', 'respostas')}`,
  mindMasteryMapEmpty:
    'Nenhum domínio medido ainda: ele aparece à medida que os vendedores respondem a desafios e exercícios.',
  mindMasteryMapForbidden: 'Esta visão é reservada a coaches e gerentes de canal.',
  mindMasteryMapError: 'Não foi possível carregar o domínio.',
  mindMasteryMapLegend: `Níveis: sólido a partir de ${percent(0.8)}, em progresso a partir de ${percent(0.6)}, frágil abaixo disso; “poucas respostas” até haver duas respostas recentes.`,
};

export default masteryMapPt;
