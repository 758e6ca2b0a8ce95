import type { pitchReviewEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('pt');

/** Textos de interface em português de <mind-pitch-review>: mesmas chaves e argumentos do inglês. */
const pitchReviewPt: typeof pitchReviewEn = {
  mindPitchReviewTitle: (prompt) => `Avaliação: ${prompt}`,
  mindPitchReviewBy: (seller, take, duration) => `${seller} · gravação ${number(take)} · ${duration}`,
  mindPitchReviewVideoLabel: (seller) => `Pitch de ${seller}`,
  mindPitchReviewMediaFailed: 'Não foi possível carregar o vídeo. Você ainda pode pontuar o pitch.',
  mindPitchReviewComments: 'Comentários com marcação de tempo',
  mindPitchReviewNoComments: 'Nenhum comentário ainda. Pause o vídeo no ponto que deseja comentar.',
  mindPitchReviewCommentLabel: 'Comentário no momento atual do vídeo',
  mindPitchReviewAddComment: 'Adicionar comentário',
  mindPitchReviewRemoveComment: (time) => `Remover o comentário em ${time}`,
  mindPitchReviewCommentAdded: (time) => `Comentário adicionado em ${time}.`,
  mindPitchReviewSeek: 'Ir para',
  mindPitchReviewRubric: 'Critérios de avaliação',
  mindPitchReviewWeight: (weight, share) =>
    `Peso ${number(weight)} · ${new Intl.NumberFormat('pt', { style: 'percent' }).format(share)} do total`,
  mindPitchReviewLevel: (score) => `${number(score)} ${plural(score, 'ponto', 'pontos')}`,
  mindPitchReviewFeedback: 'Comentário geral',
  mindPitchReviewFeedbackHint: 'O que o vendedor deve continuar fazendo e a primeira coisa a mudar.',
  mindPitchReviewTotal: 'Total ponderado',
  mindPitchReviewOutOf: (total, max) => `${number(total)} / ${number(max)}`,
  mindPitchReviewUnscored: (count) =>
    `${number(count)} ${plural(count, 'critério ainda não pontuado', 'critérios ainda não pontuados')}`,
  mindPitchReviewSubmit: 'Enviar avaliação',
  mindPitchReviewSubmitting: 'Salvando sua avaliação…',
  mindPitchReviewIncomplete: 'Pontue todos os critérios antes de enviar a avaliação.',
  mindPitchReviewSubmitFailed:
    'Não foi possível salvar sua avaliação. Suas notas e comentários foram mantidos: tente novamente.',
  mindPitchReviewConflict: 'Este pitch foi avaliado nesse meio-tempo; esta é a avaliação registrada.',
  mindPitchReviewHeld: (coach) =>
    `${coach} está avaliando este pitch, por isso sua avaliação não foi salva. Suas notas e comentários foram mantidos.`,
  mindPitchReviewClaimedBy: (coach) => `${coach} está avaliando este pitch.`,
  mindPitchReviewReviewedTitle: 'Avaliação',
  mindPitchReviewReviewedOn: (date) => `Avaliado em ${date}.`,
  mindPitchReviewNoFeedback: 'Sem comentário geral.',
  mindPitchReviewPublish: 'Publicar como boa prática',
  mindPitchReviewPublishing: 'Publicando…',
  mindPitchReviewPublished: (date) => `Publicado como boa prática em ${date}.`,
  mindPitchReviewNeedsConsent: (seller) =>
    `${seller} não autorizou o compartilhamento deste pitch com outros vendedores. Você poderá publicá-lo assim que houver consentimento.`,
  mindPitchReviewCanPublish: (seller) => `${seller} autorizou o compartilhamento deste pitch com outros vendedores.`,
  mindPitchReviewPublishFailed: 'Não foi possível publicar o pitch. Tente novamente.',
  mindPitchReviewConsentWithdrawn: 'O vendedor retirou o consentimento, por isso o pitch não pode ser publicado.',
  mindPitchReviewForbiddenTitle: 'Esta página é para coaches',
  mindPitchReviewForbidden:
    'As avaliações de pitch são feitas pelos coaches. O retorno do seu coach sobre os seus próprios pitches aparece junto com as suas gravações.',
  mindPitchReviewNotFoundTitle: 'Pitch não encontrado',
  mindPitchReviewNotFound: (id) =>
    `Nenhum pitch tem o identificador “${id}”. Verifique o link que trouxe você até aqui.`,
  mindPitchReviewNoneTitle: 'Nenhum pitch selecionado',
  mindPitchReviewNone: 'Escolha um pitch para avaliar: esta visão mostra um pitch por vez.',
  mindPitchReviewNotSubmittedTitle: 'Ainda não enviado',
  mindPitchReviewNotSubmitted: 'O vendedor ainda está gravando este pitch. Ele poderá ser avaliado depois de enviado.',
  mindPitchReviewError: 'Não foi possível carregar o pitch.',
};

export default pitchReviewPt;
