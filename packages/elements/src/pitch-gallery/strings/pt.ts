import type { pitchGalleryEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('pt');

/** Textos de interface em português de <mind-pitch-gallery>: mesmas chaves e argumentos do inglês. */
const pitchGalleryPt: typeof pitchGalleryEn = {
  mindPitchGalleryTitle: (prompt) => `Boas práticas: ${prompt}`,
  mindPitchGalleryCount: (count) =>
    `${number(count)} ${plural(count, 'pitch escolhido pelos coaches', 'pitches escolhidos pelos coaches')}`,
  mindPitchGalleryVideoLabel: (seller) => `Pitch de ${seller}`,
  mindPitchGalleryMediaFailed: 'Não foi possível carregar este vídeo.',
  mindPitchGalleryHighlights: 'Destaques do coach',
  mindPitchGalleryScore: (total, max) => `Pontuação do coach: ${number(total)} / ${number(max)}`,
  mindPitchGalleryComments: (seller) => `Comentários do coach sobre o pitch de ${seller}`,
  mindPitchGallerySeek: 'Ir para',
  mindPitchGalleryEmptyTitle: 'Nenhuma boa prática ainda',
  mindPitchGalleryEmpty:
    'Quando um coach publicar um pitch deste exercício, com o consentimento do vendedor, ele aparecerá aqui.',
  mindPitchGalleryNotFound: 'Este exercício de pitch não existe.',
  mindPitchGalleryError: 'Não foi possível carregar as boas práticas.',
};

export default pitchGalleryPt;
