import type { responsesEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const percent = (share: number) =>
  new Intl.NumberFormat('pt', { style: 'percent', maximumFractionDigits: 0 }).format(share);
const { number, plural } = termFormats('pt');

/** Textos de interface em português de <mind-responses>: mesmas chaves e argumentos do inglês. */
const responsesPt: typeof responsesEn = {
  mindResponsesTitle: 'Respostas às perguntas abertas',
  mindResponsesQuestion: 'Pergunta',
  mindResponsesAllQuestions: 'Todas as perguntas',
  mindResponsesShowHandled: 'Mostrar respostas tratadas',
  mindResponsesCount: (count) => `${number(count)} ${plural(count, 'resposta', 'respostas')}`,
  mindResponsesDate: 'Data',
  mindResponsesSeller: 'Vendedor',
  mindResponsesPartner: 'Parceiro',
  mindResponsesTier: 'Nível',
  mindResponsesPrompt: 'Texto da pergunta',
  mindResponsesAnswer: 'Resposta',
  mindResponsesStatus: 'Status',
  mindResponsesHandled: 'Tratada',
  mindResponsesHandledBy: 'Tratada por',
  mindResponsesHandledAt: 'Tratada em',
  mindResponsesYes: 'Sim',
  mindResponsesNo: 'Não',
  mindResponsesOpen: 'Em aberto',
  mindResponsesHandledByName: (name, date) => `Tratada por ${name}, ${date}`,
  mindResponsesMark: 'Marcar como tratada',
  mindResponsesReopen: 'Reabrir',
  mindResponsesMarkLabel: (seller, question) => `Marcar como tratada: ${seller}, ${question}`,
  mindResponsesReopenLabel: (seller, question) => `Reabrir: ${seller}, ${question}`,
  mindResponsesMarked: (seller) => `A resposta de ${seller} foi marcada como tratada.`,
  mindResponsesReopened: (seller) => `A resposta de ${seller} está em aberto novamente.`,
  mindResponsesMarkFailed: 'Não foi possível atualizar a resposta.',
  mindResponsesExport: 'Baixar as respostas (CSV)',
  mindResponsesEmpty:
    'Nenhuma resposta ainda: elas aparecem aqui à medida que os vendedores respondem às suas perguntas abertas.',
  mindResponsesAllHandled: 'Todas as respostas aqui foram tratadas. Mostre as respostas tratadas para vê-las.',
  mindResponsesMore: 'Mostrar mais (respostas anteriores)',
  mindResponsesForbidden:
    'As respostas às perguntas abertas são para os gerentes de canal e para o responsável de cada pergunta; nenhuma pergunta aberta indica você como responsável.',
  mindResponsesError: 'Não foi possível carregar as respostas.',
  mindResponsesPollsTitle: 'Resultados das enquetes',
  mindResponsesVoters: (count) => `${number(count)} ${plural(count, 'participante', 'participantes')}`,
  mindResponsesVotes: (count, share) => `${number(count)} ${plural(count, 'voto', 'votos')} (${percent(share)})`,
  mindResponsesPollsError: 'Não foi possível carregar os resultados das enquetes.',
};

export default responsesPt;
