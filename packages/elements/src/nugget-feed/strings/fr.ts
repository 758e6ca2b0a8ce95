import type { nuggetFeedEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('fr');

const kinds: Record<string, string> = {
  info: 'Info',
  video: 'Vidéo',
  poll: 'Sondage',
  'open-question': 'Question ouverte',
  'mini-quiz': 'Quiz',
};

/** Chaînes d'interface françaises de <mind-nugget-feed> : mêmes clés, mêmes arguments que l'anglais. */
const nuggetFeedFr: typeof nuggetFeedEn = {
  mindNuggetFeedTitle: 'Votre fil',
  mindNuggetFeedUnread: (count) =>
    plural(count, `${number(count)} élément non lu`, `${number(count)} éléments non lus`),
  mindNuggetFeedKind: (kind) => kinds[kind] ?? kind,
  mindNuggetFeedNew: 'Nouveau',
  mindNuggetFeedReleased: (date) => `Publié le ${date}`,
  mindNuggetFeedCaughtUp: 'Vous êtes à jour.',
  mindNuggetFeedNextRelease: (date) => `Le prochain élément arrive le ${date}.`,
  mindNuggetFeedNoMore: 'Aucun autre élément n’est prévu pour le moment.',
  mindNuggetFeedEmptyTitle: 'Rien pour l’instant',
  mindNuggetFeedEmpty: 'Les actualités, vidéos, sondages et quiz express de votre fournisseur apparaîtront ici.',
  mindNuggetFeedError: 'Votre fil n’a pas pu être chargé.',
  mindNuggetFeedPending: (count) =>
    plural(
      count,
      'Une réponse est enregistrée sur cet appareil et sera envoyée dès le retour de la connexion.',
      `${number(count)} réponses sont enregistrées sur cet appareil et seront envoyées dès le retour de la connexion.`,
    ),
  mindNuggetFeedDueTitle: 'À revoir',
  mindNuggetFeedDueHint: 'Les questions déjà vues reviennent au bon moment, pour mieux les retenir.',
  mindNuggetFeedRemindersTitle: 'Certifications à renouveler',
  mindNuggetFeedReminderExpiring: (title, date) => `Votre certification «\u00a0${title}\u00a0» expire le ${date}.`,
  mindNuggetFeedReminderGrace: (title, date) =>
    `Votre certification «\u00a0${title}\u00a0» a expiré le ${date}\u202f; elle compte encore pour peu de temps.`,
  mindNuggetFeedReminderRenew: (challenges, minScore) =>
    `Pour la renouveler, réussissez ${challenges} avec au moins ${new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 1 }).format(minScore / 100)}.`,
  mindNuggetFeedVideo: (duration) => `Vidéo, ${duration}, sous-titrée.`,
  mindNuggetFeedVoters: (count) => plural(count, `${number(count)} vote au total`, `${number(count)} votes au total`),
  mindNuggetFeedVotes: (count, percent) =>
    `${plural(count, `${number(count)} vote`, `${number(count)} votes`)} (${percent})`,
  mindNuggetFeedMyVote: 'votre vote',
  mindNuggetFeedChooseUpTo: (max) => `Choisissez jusqu’à ${number(max)} réponses.`,
  mindNuggetFeedVote: 'Voter',
  mindNuggetFeedVotePending: 'Vote enregistré. Les résultats s’afficheront dès le retour de la connexion.',
  mindNuggetFeedFailed: 'L’envoi a échoué. Veuillez réessayer.',
  mindNuggetFeedYourAnswer: 'Votre réponse',
  mindNuggetFeedCounter: (length, max) => `${number(length)} caractères sur ${number(max)}`,
  mindNuggetFeedCharactersLeft: (left) =>
    plural(left, `${number(left)} caractère restant`, `${number(left)} caractères restants`),
  mindNuggetFeedSend: 'Envoyer',
  mindNuggetFeedResponded: 'Merci\u00a0: votre réponse a été envoyée.',
  mindNuggetFeedRespondPending: 'Réponse enregistrée. Elle sera envoyée dès le retour de la connexion.',
  mindNuggetFeedAnswerPending: 'Réponse enregistrée. Elle sera corrigée dès le retour de la connexion.',
  mindNuggetFeedQuizDone: 'Vous avez répondu à ce quiz.',
};

export default nuggetFeedFr;
