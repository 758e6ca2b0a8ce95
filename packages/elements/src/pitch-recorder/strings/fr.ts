import type { pitchRecorderEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { plural } = termFormats('fr');

/** Chaînes d'interface françaises de <mind-pitch-recorder> : mêmes clés, mêmes arguments que l'anglais. */
const pitchRecorderFr: typeof pitchRecorderEn = {
  mindPitchRecorderMaxDuration: (duration) => `Jusqu’à ${duration}`,
  mindPitchRecorderRetakesLeft: (count) =>
    count === 0 ? 'Plus aucune reprise' : plural(count, `${count} reprise restante`, `${count} reprises restantes`),
  mindPitchRecorderWhyTitle: 'Avant d’enregistrer',
  mindPitchRecorderWhy:
    'Votre pitch est enregistré en vidéo\u00a0: l’enregistreur a besoin de votre caméra et de votre micro. Votre navigateur vous demandera l’autorisation. Rien n’est enregistré avant que vous appuyiez sur «\u00a0Lancer l’enregistrement\u00a0», et vous revoyez votre prise avant de l’envoyer.',
  mindPitchRecorderTurnOn: 'Activer la caméra',
  mindPitchRecorderTurningOn: 'Activation de la caméra…',
  mindPitchRecorderPreview: 'Aperçu de la caméra',
  mindPitchRecorderCamera: 'Caméra',
  mindPitchRecorderMicrophone: 'Micro',
  mindPitchRecorderDevice: (index) => `Appareil ${index}`,
  mindPitchRecorderConsent: 'Les coachs peuvent montrer mon pitch aux autres vendeurs comme bonne pratique',
  mindPitchRecorderStart: 'Lancer l’enregistrement',
  mindPitchRecorderCountdown: (seconds) => `L’enregistrement commence dans ${seconds}`,
  mindPitchRecorderRecording: 'Enregistrement',
  mindPitchRecorderTimeLeft: 'Temps restant',
  mindPitchRecorderSecondsLeft: (seconds) => `Encore ${seconds} secondes`,
  mindPitchRecorderStop: 'Arrêter l’enregistrement',
  mindPitchRecorderStopped: 'Enregistrement arrêté.',
  mindPitchRecorderStoppedAtMax: 'Durée maximale atteinte\u00a0: enregistrement arrêté.',
  mindPitchRecorderReviewTitle: 'Revoyez votre prise',
  mindPitchRecorderPlayback: 'Votre prise',
  mindPitchRecorderLength: (clock) => `Durée\u00a0: ${clock}`,
  mindPitchRecorderUpload: (stored, total) =>
    total > 0 && stored >= total ? 'Votre prise est sauvegardée.' : 'Sauvegarde de votre prise…',
  mindPitchRecorderSubmit: 'Envoyer mon pitch',
  mindPitchRecorderRetake: 'Recommencer',
  mindPitchRecorderEmptyTake:
    'Rien n’a été enregistré\u00a0: la caméra n’a envoyé aucune image avant l’arrêt. Cette prise ne compte pas\u202f; recommencez.',
  mindPitchRecorderSubmitting: 'Envoi de votre pitch…',
  mindPitchRecorderSubmittedTitle: 'Pitch envoyé',
  mindPitchRecorderSubmitted: 'Un coach va regarder votre pitch et l’évaluer.',
  mindPitchRecorderInReview: (coach: string) => `${coach} évalue votre pitch.`,
  mindPitchRecorderReviewed: (total: number, max: number) =>
    `Votre coach a évalué votre pitch\u00a0: ${total} / ${max}.`,
  mindPitchRecorderSeePitches: 'Voir vos pitchs et l’évaluation de votre coach',
  mindPitchRecorderExhaustedTitle: 'Plus aucune prise',
  mindPitchRecorderExhausted:
    'Vous avez utilisé toutes les prises permises par cet exercice. Demandez à votre coach s’il vous en faut une autre.',
  mindPitchRecorderMissingTitle: 'Exercice indisponible',
  mindPitchRecorderMissing: 'Cet exercice de pitch ne fait pas (ou plus) partie de votre programme.',
  mindPitchRecorderDeniedTitle: 'L’accès à la caméra est bloqué',
  mindPitchRecorderDenied:
    'Votre navigateur n’a pas autorisé l’enregistreur à utiliser la caméra et le micro. Cliquez sur l’icône de caméra dans la barre d’adresse (ou ouvrez les paramètres du site), autorisez les deux pour ce site, puis réessayez.',
  mindPitchRecorderNoDeviceTitle: 'Aucune caméra ni aucun micro trouvé',
  mindPitchRecorderNoDevice: 'Branchez une caméra et un micro (un casque convient), puis réessayez.',
  mindPitchRecorderBusyTitle: 'Caméra déjà utilisée',
  mindPitchRecorderBusy:
    'Une autre application, peut-être un appel vidéo, utilise la caméra ou le micro. Fermez-la, puis réessayez.',
  mindPitchRecorderUnsupportedTitle: 'Ce navigateur ne peut pas enregistrer de vidéo',
  mindPitchRecorderUnsupported:
    'Ouvrez cette page dans une version récente de Chrome, Edge, Firefox ou Safari pour enregistrer votre pitch.',
  mindPitchRecorderFailedTitle: 'La caméra n’a pas démarré',
  mindPitchRecorderFailed: 'Quelque chose a empêché la caméra de démarrer. Réessayez, ou rechargez la page.',
};

export default pitchRecorderFr;
