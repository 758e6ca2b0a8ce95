import type { quizEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('pt');

/** Textos de interface em português do elemento quiz: mesmas chaves e argumentos do inglês. */
const quizPt: typeof quizEn = {
  mindQuizLabel: 'Desafio',
  mindQuizStart: 'Começar o desafio',
  mindQuizResume: 'Retomar minha tentativa',
  mindQuizRules: 'Regras',
  mindQuizQuestionCount: (count) => plural(count, `${number(count)} pergunta`, `${number(count)} perguntas`),
  mindQuizTimeLimit: (duration) => `Tempo limite: ${duration}`,
  mindQuizNoTimeLimit: 'Sem limite de tempo',
  mindQuizAttemptsLeft: (left, max) =>
    `${plural(left, `${number(left)} tentativa restante`, `${number(left)} tentativas restantes`)} de ${number(max)}`,
  mindQuizAttemptsCount: (counts) =>
    counts === 'best' ? 'Vale a sua melhor tentativa.' : 'Vale a sua última tentativa.',
  mindQuizNoAttemptsLeft: 'Você já usou todas as suas tentativas.',
  mindQuizRewards: 'Recompensas',
  mindQuizReward: (upToRank, label) => (upToRank === 1 ? `1º lugar: ${label}` : `Top ${number(upToRank)}: ${label}`),
  mindQuizClosesAt: (date) => `Aberto até ${date}`,
  mindQuizQuestionOf: (index, count) => `Pergunta ${number(index)} de ${number(count)}`,
  mindQuizQuestionTimeLeft: (duration) => `Tempo restante para esta pergunta: ${duration}`,
  mindQuizQuestionTimeUp: 'O tempo desta pergunta acabou: uma resposta agora não vale pontos.',
  mindQuizQuestionTimeLimit: (duration) => `Responda em até ${duration}; depois disso, a resposta não vale pontos.`,
  mindQuizNext: 'Próxima pergunta',
  mindQuizSeeResults: 'Ver meus resultados',
  mindQuizTimedOut: 'O tempo desta pergunta havia acabado',
  mindQuizPointsEarned: (points, formatted) => plural(points, `${formatted} ponto`, `${formatted} pontos`),
  mindQuizSaved: 'Resposta salva. Ela será pontuada quando você voltar a ficar on-line.',
  mindQuizTimer: 'Tempo restante',
  mindQuizTimeLeft: (duration) => `Tempo restante: ${duration}`,
  mindQuizResults: 'Seus resultados',
  mindQuizScore: (score, max) => `Pontuação: ${score} de ${max}`,
  mindQuizCorrectCount: (correct, count) =>
    `${plural(correct, `${number(correct)} resposta correta`, `${number(correct)} respostas corretas`)} de ${number(count)}`,
  mindQuizRank: (rank) => `Classificação: ${number(rank)}º`,
  mindQuizRankUp: (places) =>
    `Subiu ${plural(places, `${number(places)} posição`, `${number(places)} posições`)} desde a última vez`,
  mindQuizRankDown: (places) =>
    `Caiu ${plural(places, `${number(places)} posição`, `${number(places)} posições`)} desde a última vez`,
  mindQuizRankSame: 'Mesma posição da última vez',
  mindQuizRankNew: 'Você entrou no ranking',
  mindQuizNotCounted: 'Uma tentativa anterior continua valendo: a pontuação dela foi maior.',
  mindQuizWeakTopics: 'Temas a reforçar',
  mindQuizTopicTally: (topic, correct, count) => `${topic}: ${number(correct)} de ${number(count)} corretas`,
  mindQuizRetry: 'Tentar de novo',
  mindQuizUpcomingTitle: 'Ainda não aberto',
  mindQuizUpcoming: (date) => `Este desafio abre em ${date}.`,
  mindQuizClosedTitle: 'Desafio encerrado',
  mindQuizClosed: (date) => `Este desafio foi encerrado em ${date}. Obrigado pelo interesse.`,
  mindQuizNotTargetedTitle: 'Não disponível para você',
  mindQuizNotTargeted:
    'Este desafio é reservado a outros programas de parceiros. Seus próprios desafios aparecerão aqui assim que forem abertos.',
  mindQuizDeadlineTitle: 'Tempo esgotado',
  mindQuizDeadline: 'O tempo desta tentativa acabou. As respostas dadas dentro do prazo continuam valendo.',
  mindQuizPendingTitle: 'Salvo, aguardando sincronização',
  mindQuizPending:
    'Suas respostas estão salvas neste dispositivo e serão enviadas quando a conexão voltar. Sua pontuação aparecerá nesse momento.',
  mindQuizRefusedTitle: 'Tentativa não aceita',
  mindQuizRefused:
    'Suas respostas chegaram ao servidor depois do encerramento do desafio, por isso não puderam ser contadas. Lamentamos.',
  mindQuizStaleAnswerKept:
    'O Mindshare foi atualizado em outra aba. Recarregue esta página: sua resposta será enviada nesse momento.',
  mindQuizExpired: 'Tempo esgotado.',
};

export default quizPt;
