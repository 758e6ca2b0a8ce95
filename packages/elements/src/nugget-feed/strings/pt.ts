import type { nuggetFeedEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('pt');

const kinds: Record<string, string> = {
  info: 'Info',
  video: 'Vídeo',
  poll: 'Enquete',
  'open-question': 'Pergunta aberta',
  'mini-quiz': 'Quiz',
};

/** Textos de interface em português de <mind-nugget-feed>: mesmas chaves e argumentos do inglês. */
const nuggetFeedPt: typeof nuggetFeedEn = {
  mindNuggetFeedTitle: 'Seu feed',
  mindNuggetFeedUnread: (count) => plural(count, `${number(count)} item não lido`, `${number(count)} itens não lidos`),
  mindNuggetFeedKind: (kind) => kinds[kind] ?? kind,
  mindNuggetFeedNew: 'Novo',
  mindNuggetFeedReleased: (date) => `Publicado em ${date}`,
  mindNuggetFeedCaughtUp: 'Você está em dia.',
  mindNuggetFeedNextRelease: (date) => `O próximo item chega em ${date}.`,
  mindNuggetFeedNoMore: 'Nenhum outro item está previsto por enquanto.',
  mindNuggetFeedEmptyTitle: 'Nada por aqui ainda',
  mindNuggetFeedEmpty: 'Novidades, vídeos, enquetes e quizzes rápidos do seu fornecedor aparecerão aqui.',
  mindNuggetFeedError: 'Não foi possível carregar o seu feed.',
  mindNuggetFeedPending: (count) =>
    plural(
      count,
      'Uma resposta está salva neste dispositivo e será enviada quando você voltar a ficar on-line.',
      `${number(count)} respostas estão salvas neste dispositivo e serão enviadas quando você voltar a ficar on-line.`,
    ),
  mindNuggetFeedDueTitle: 'Para revisar',
  mindNuggetFeedDueHint: 'As perguntas que você já respondeu voltam no momento certo, para que o conteúdo seja fixado.',
  mindNuggetFeedRemindersTitle: 'Certificações a renovar',
  mindNuggetFeedReminderExpiring: (title, date) => `Sua certificação “${title}” vence em ${date}.`,
  mindNuggetFeedReminderGrace: (title, date) =>
    `Sua certificação “${title}” venceu em ${date}; ela ainda conta por pouco tempo.`,
  mindNuggetFeedReminderRenew: (challenges, minScore) =>
    `Para renová-la, conclua ${challenges} com pelo menos ${new Intl.NumberFormat('pt', { style: 'percent', maximumFractionDigits: 1 }).format(minScore / 100)} de acerto.`,
  mindNuggetFeedVideo: (duration) => `Vídeo, ${duration}, com legendas.`,
  mindNuggetFeedVoters: (count) => plural(count, `${number(count)} voto no total`, `${number(count)} votos no total`),
  mindNuggetFeedVotes: (count, percent) =>
    `${plural(count, `${number(count)} voto`, `${number(count)} votos`)} (${percent})`,
  mindNuggetFeedMyVote: 'seu voto',
  mindNuggetFeedChooseUpTo: (max) => `Escolha até ${number(max)} respostas.`,
  mindNuggetFeedVote: 'Votar',
  mindNuggetFeedVotePending: 'Voto salvo. Os resultados aparecerão quando você voltar a ficar on-line.',
  mindNuggetFeedFailed: 'Não foi possível enviar. Tente novamente.',
  mindNuggetFeedYourAnswer: 'Sua resposta',
  mindNuggetFeedCounter: (length, max) => `${number(length)} de ${number(max)} caracteres`,
  mindNuggetFeedCharactersLeft: (left) =>
    plural(left, `${number(left)} caractere restante`, `${number(left)} caracteres restantes`),
  mindNuggetFeedSend: 'Enviar',
  mindNuggetFeedResponded: 'Obrigado: sua resposta foi enviada.',
  mindNuggetFeedRespondPending: 'Resposta salva. Ela será enviada quando você voltar a ficar on-line.',
  mindNuggetFeedAnswerPending: 'Resposta salva. Ela será corrigida quando você voltar a ficar on-line.',
  mindNuggetFeedQuizDone: 'Você já respondeu a este quiz.',
};

export default nuggetFeedPt;
