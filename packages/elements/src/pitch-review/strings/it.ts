import type { pitchReviewEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('it');

/** Testi dell'interfaccia in italiano di <mind-pitch-review>: stesse chiavi e stessi argomenti dell'inglese. */
const pitchReviewIt: typeof pitchReviewEn = {
  mindPitchReviewTitle: (prompt: string) => `Valutazione: ${prompt}`,
  mindPitchReviewBy: (seller: string, take: number, duration: string) =>
    `${seller} · ripresa ${number(take)} · ${duration}`,
  mindPitchReviewVideoLabel: (seller: string) => `Pitch di ${seller}`,
  mindPitchReviewMediaFailed: 'Impossibile caricare il video. Può comunque valutare il pitch.',
  mindPitchReviewComments: 'Commenti con indicazione temporale',
  mindPitchReviewNoComments: 'Ancora nessun commento. Metta in pausa il video nel punto che vuole commentare.',
  mindPitchReviewCommentLabel: 'Commento al punto attuale del video',
  mindPitchReviewAddComment: 'Aggiungi commento',
  mindPitchReviewRemoveComment: (time: string) => `Rimuovi il commento a ${time}`,
  mindPitchReviewCommentAdded: (time: string) => `Commento aggiunto a ${time}.`,
  mindPitchReviewSeek: 'Vai a',
  mindPitchReviewRubric: 'Griglia di valutazione',
  mindPitchReviewWeight: (weight: number, share: number) =>
    `Peso ${number(weight)} · ${new Intl.NumberFormat('it', { style: 'percent' }).format(share)} del totale`,
  mindPitchReviewLevel: (score: number) => `${number(score)} ${plural(score, 'punto', 'punti')}`,
  mindPitchReviewFeedback: 'Giudizio complessivo',
  mindPitchReviewFeedbackHint: 'Che cosa il venditore deve continuare a fare, e la prima cosa da cambiare.',
  mindPitchReviewTotal: 'Totale ponderato',
  mindPitchReviewOutOf: (total: number, max: number) => `${number(total)} / ${number(max)}`,
  mindPitchReviewUnscored: (count: number) =>
    `${number(count)} ${plural(count, 'criterio non ancora valutato', 'criteri non ancora valutati')}`,
  mindPitchReviewSubmit: 'Invia la valutazione',
  mindPitchReviewSubmitting: 'Salvataggio della valutazione…',
  mindPitchReviewIncomplete: 'Valuti ogni criterio prima di inviare la valutazione.',
  mindPitchReviewSubmitFailed: 'Impossibile salvare la valutazione. Voti e commenti sono conservati: riprovi.',
  mindPitchReviewConflict: 'Questo pitch è stato valutato nel frattempo; ecco quella valutazione.',
  mindPitchReviewHeld: (coach: string) =>
    `${coach} sta valutando questo pitch, quindi la sua valutazione non è stata salvata. Voti e commenti sono conservati.`,
  mindPitchReviewClaimedBy: (coach: string) => `${coach} sta valutando questo pitch.`,
  mindPitchReviewReviewedTitle: 'Valutazione',
  mindPitchReviewReviewedOn: (date: string) => `Valutato il ${date}.`,
  mindPitchReviewNoFeedback: 'Nessun giudizio complessivo.',
  mindPitchReviewPublish: 'Pubblica come buona pratica',
  mindPitchReviewPublishing: 'Pubblicazione…',
  mindPitchReviewPublished: (date: string) => `Pubblicato come buona pratica il ${date}.`,
  mindPitchReviewNeedsConsent: (seller: string) =>
    `${seller} non ha acconsentito a condividere questo pitch con altri venditori. Potrà pubblicarlo non appena darà il consenso.`,
  mindPitchReviewCanPublish: (seller: string) =>
    `${seller} ha acconsentito a condividere questo pitch con altri venditori.`,
  mindPitchReviewPublishFailed: 'Impossibile pubblicare il pitch. Riprovi.',
  mindPitchReviewConsentWithdrawn: 'Il venditore ha ritirato il consenso, quindi il pitch non può essere pubblicato.',
  mindPitchReviewForbiddenTitle: 'Questa pagina è per i coach',
  mindPitchReviewForbidden:
    'Le valutazioni dei pitch sono scritte dai coach. Il parere del suo coach sui suoi pitch compare insieme alle sue registrazioni.',
  mindPitchReviewNotFoundTitle: 'Pitch non trovato',
  mindPitchReviewNotFound: (id: string) =>
    `Nessun pitch ha l’identificativo «${id}». Controlli il link che l’ha portata qui.`,
  mindPitchReviewNoneTitle: 'Nessun pitch selezionato',
  mindPitchReviewNone: 'Scelga un pitch da valutare: questa vista ne mostra uno alla volta.',
  mindPitchReviewNotSubmittedTitle: 'Non ancora inviato',
  mindPitchReviewNotSubmitted:
    'Il venditore sta ancora registrando questo pitch. Potrà essere valutato una volta inviato.',
  mindPitchReviewError: 'Impossibile caricare il pitch.',
};

export default pitchReviewIt;
