import type { myPitchesEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('pt');

/** Textos de interface em português de <mind-my-pitches>: mesmas chaves e argumentos do inglês. */
const myPitchesPt: typeof myPitchesEn = {
  mindMyPitchesTitle: 'Meus pitches',
  mindMyPitchesMeta: (take, date, length) => `Gravação ${number(take)} · enviada em ${date} · duração ${length}`,
  mindMyPitchesStateSent: 'Enviado: aguardando um coach',
  mindMyPitchesStateInReview: (coach) => `Em avaliação por ${coach}`,
  mindMyPitchesStateReviewed: 'Avaliado',
  mindMyPitchesStatePublished: 'Publicado como boa prática',
  mindMyPitchesScore: (total, max) => `Pontuação: ${number(total)} / ${number(max)}`,
  mindMyPitchesShow: 'Assistir e ler a avaliação',
  mindMyPitchesShowSent: 'Assistir ao meu pitch',
  mindMyPitchesVideoLabel: (prompt) => `Seu pitch: ${prompt}`,
  mindMyPitchesMediaFailed: 'Não foi possível carregar o vídeo.',
  mindMyPitchesWaiting: 'Nenhum coach avaliou este pitch ainda. As notas e os comentários aparecerão aqui.',
  mindMyPitchesReviewing: (coach) => `${coach} está avaliando este pitch agora.`,
  mindMyPitchesReviewTitle: 'A avaliação do seu coach',
  mindMyPitchesReviewedOn: (date) => `Avaliado em ${date}.`,
  mindMyPitchesTotal: 'Total ponderado',
  mindMyPitchesOutOf: (total, max) => `${number(total)} / ${number(max)}`,
  mindMyPitchesLevel: (score) => `${number(score)} ${plural(score, 'ponto', 'pontos')}`,
  mindMyPitchesWeight: (weight, share) =>
    `peso ${number(weight)} (${new Intl.NumberFormat('pt', { style: 'percent' }).format(share)})`,
  mindMyPitchesFeedback: 'Comentário geral',
  mindMyPitchesNoFeedback: 'Sem comentário geral.',
  mindMyPitchesComments: 'Comentários com marcação de tempo',
  mindMyPitchesNoComments: 'Nenhum comentário com marcação de tempo.',
  mindMyPitchesSeek: 'Ir para',
  mindMyPitchesConsent: 'Mostrar na galeria de boas práticas',
  mindMyPitchesConsentHint:
    'Os coaches poderão então publicar este pitch para que outros vendedores aprendam com ele. Desmarque para retirá-lo imediatamente.',
  mindMyPitchesPublishedOn: (date) => `Publicado em ${date}.`,
  mindMyPitchesPublishedHint:
    'Outros vendedores podem assisti-lo na galeria de boas práticas. Desmarque para retirá-lo imediatamente.',
  mindMyPitchesConsentSaving: 'Salvando sua escolha…',
  mindMyPitchesConsentFailed: 'Não foi possível salvar sua escolha. Tente novamente.',
  mindMyPitchesEmptyTitle: 'Nenhum pitch enviado ainda',
  mindMyPitchesEmpty: 'Quando você enviar um pitch, ele aparecerá aqui com o que o seu coach disser sobre ele.',
  mindMyPitchesError: 'Não foi possível carregar seus pitches.',
};

export default myPitchesPt;
