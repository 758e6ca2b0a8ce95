import type { myPitchesEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('it');

/** Testi dell'interfaccia in italiano di <mind-my-pitches>: stesse chiavi e stessi argomenti dell'inglese. */
const myPitchesIt: typeof myPitchesEn = {
  mindMyPitchesTitle: 'I miei pitch',
  mindMyPitchesMeta: (take: number, date: string, length: string) =>
    `Ripresa ${number(take)} · inviata il ${date} · durata ${length}`,
  mindMyPitchesStateSent: 'Inviato: in attesa di un coach',
  mindMyPitchesStateInReview: (coach: string) => `In valutazione da parte di ${coach}`,
  mindMyPitchesStateReviewed: 'Valutato',
  mindMyPitchesStatePublished: 'Pubblicato come buona pratica',
  mindMyPitchesScore: (total: number, max: number) => `Voto: ${number(total)} / ${number(max)}`,
  mindMyPitchesShow: 'Guarda il video e leggi la valutazione',
  mindMyPitchesShowSent: 'Guarda il mio pitch',
  mindMyPitchesVideoLabel: (prompt: string) => `Il suo pitch: ${prompt}`,
  mindMyPitchesMediaFailed: 'Impossibile caricare il video.',
  mindMyPitchesWaiting: 'Nessun coach ha ancora valutato questo pitch. Voti e commenti compariranno qui.',
  mindMyPitchesReviewing: (coach: string) => `${coach} sta valutando questo pitch.`,
  mindMyPitchesReviewTitle: 'La valutazione del suo coach',
  mindMyPitchesReviewedOn: (date: string) => `Valutato il ${date}.`,
  mindMyPitchesTotal: 'Totale ponderato',
  mindMyPitchesOutOf: (total: number, max: number) => `${number(total)} / ${number(max)}`,
  mindMyPitchesLevel: (score: number) => `${number(score)} ${plural(score, 'punto', 'punti')}`,
  mindMyPitchesWeight: (weight: number, share: number) =>
    `peso ${number(weight)} (${new Intl.NumberFormat('it', { style: 'percent' }).format(share)})`,
  mindMyPitchesFeedback: 'Giudizio complessivo',
  mindMyPitchesNoFeedback: 'Nessun giudizio complessivo.',
  mindMyPitchesComments: 'Commenti con indicazione temporale',
  mindMyPitchesNoComments: 'Nessun commento con indicazione temporale.',
  mindMyPitchesSeek: 'Vai a',
  mindMyPitchesConsent: 'Mostra nella galleria delle buone pratiche',
  mindMyPitchesConsentHint:
    'I coach potranno pubblicare questo pitch perché altri venditori ne traggano spunto. Tolga la spunta per ritirarlo subito.',
  mindMyPitchesPublishedOn: (date: string) => `Pubblicato il ${date}.`,
  mindMyPitchesPublishedHint:
    'Altri venditori possono vederlo nella galleria delle buone pratiche. Tolga la spunta per ritirarlo subito.',
  mindMyPitchesConsentSaving: 'Salvataggio della sua scelta…',
  mindMyPitchesConsentFailed: 'Impossibile salvare la sua scelta. Riprovi.',
  mindMyPitchesEmptyTitle: 'Nessun pitch inviato',
  mindMyPitchesEmpty: 'Quando invia un pitch, compare qui insieme al parere del suo coach.',
  mindMyPitchesError: 'Impossibile caricare i suoi pitch.',
};

export default myPitchesIt;
