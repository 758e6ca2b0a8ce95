import type { SharedTerms } from './en.js';
import { termFormats } from '../term-formats.js';

const { number, plural } = termFormats('pt');

/** Textos de interface compartilhados em português. Carregados sob demanda, nunca no pacote principal. */
const sharedPt: SharedTerms = {
  mindLoading: 'Carregando…',
  mindRetry: 'Tentar novamente',
  mindErrorTitle: 'Algo deu errado',
  mindErrorStorageFullTitle: 'Este dispositivo está sem espaço',
  mindErrorStorageFull:
    'Seu navegador não tem mais espaço para salvar o Mindshare. Libere espaço (exclua arquivos ou downloads de que não precisa mais, ou limpe os dados de outros sites) e tente novamente. Nada do que você já salvou foi perdido.',
  mindErrorStaleTitle: 'Esta página está desatualizada',
  mindErrorStale: 'O Mindshare foi atualizado em outra aba. Recarregue esta página para continuar.',
  mindReload: 'Recarregar a página',
  mindErrorNetworkTitle: 'Não foi possível acessar o Mindshare',
  mindErrorNetwork: 'Verifique sua conexão e tente novamente. O que você já respondeu está guardado.',
  mindErrorNetworkRetrying: 'Verifique sua conexão. Tentando novamente…',
  mindErrorUnavailableTitle: 'O Mindshare não está respondendo',
  mindErrorUnavailable: 'Tente novamente em instantes.',
  mindErrorUnknownChallengeTitle: 'Desafio não encontrado',
  mindErrorUnknownChallenge: (id: string) => `Este conteúdo não tem o desafio “${id}”.`,
  mindPoints: (points: number) => plural(points, `${number(points)} ponto`, `${number(points)} pontos`),
  mindQuizSubmit: 'Enviar',
  mindQuizTrue: 'Verdadeiro',
  mindQuizFalse: 'Falso',
  mindQuizChooseOne: 'Escolha uma resposta.',
  mindQuizChooseSeveral: 'Escolha todas as respostas corretas.',
  mindQuizChoiceRight: 'Resposta correta',
  mindQuizChoiceWrong: 'Sua escolha: incorreta',
  mindQuizOrderHint: 'Coloque os itens em ordem, o primeiro no topo. Alt + setas movem o item selecionado.',
  mindQuizMoveUp: (item) => `Mover “${item}” para cima`,
  mindQuizMoveDown: (item) => `Mover “${item}” para baixo`,
  mindQuizMoved: (item, position, count) => `“${item}” movido para a posição ${number(position)} de ${number(count)}`,
  mindQuizNumberLabel: 'Sua resposta',
  mindQuizNumberInvalid: 'Digite um número.',
  mindQuizConfidence: 'Qual é o seu grau de certeza?',
  mindQuizSure: 'Tenho certeza',
  mindQuizNotSure: 'Não tenho certeza',
  mindQuizCorrect: 'Resposta correta',
  mindQuizIncorrect: 'Resposta incorreta',
  mindQuizPartlyCorrect: 'Resposta parcialmente correta',
  mindQuizResources: 'Para saber mais',
};

export default sharedPt;
