// The Northwind partner portal's own script, written as an integrator would: it loads the
// Mindshare CDN entry, builds one engine over IndexedDB for whoever uses the page, and hands it
// to <mind-provider>. The role and language switches rebuild the engine for another viewer.
import {
  VERSION,
  createIndexedDbStorage,
  createMindshare,
  loadTranslation,
} from '../../packages/elements/dist/mindshare.min.js';
import { seedHistory } from './seed-history.js';

const DATABASE = 'mindshare-demo';
const SEEDED_KEY = 'northwind-demo-seeded';
const OPEN_CHALLENGE = 'autumn-launch';
const UPCOMING_CHALLENGE = 'winter-security';
const DAY = 86_400_000;

/** Who the role switch impersonates. */
const PEOPLE = { seller: 's-julie', coach: 'coach-lea', manager: 'mgr-helene' };

/** The portal's own strings (the widgets translate themselves). */
const STRINGS = {
  en: {
    tagline: 'Partner Portal',
    navChallenges: 'Challenges',
    navFeed: 'Editorial line',
    navCoaching: 'Pitch coaching',
    navInsight: 'Insight',
    role: 'View as',
    roleSeller: 'Seller — Julie Moreau, Atlas Distribution',
    roleCoach: 'Coach — Léa Fontaine',
    roleManager: 'Channel manager — Hélène Garnier',
    language: 'Language',
    reset: 'Reset demo data',
    seeding: 'Preparing the demo: replaying five days of partner activity…',
    resetting: 'Deleting the demo data…',
    demoNote:
      'Demo mode: the whole content pack, answer keys included, lives in this browser (IndexedDB). Ranked challenges with prizes run the engine on a server.',
    hello: (name) => `Hello ${name}`,
    helloSeller:
      'Your autumn challenge is open. Answer it, climb the leaderboard, and keep up with the editorial line.',
    helloCoach: 'Pitches waiting for your review, and the best practices you published.',
    helloManager: 'Who masters the Northwind Vault offer, and where your enablement budget goes.',
    challengesTitle: 'Challenges',
    challengesLead: 'Time-boxed quizzes on the offer. The best attempt counts; the top three win a prize.',
    leaderboardTitle: 'Leaderboard',
    upcoming: (title, date) => `Coming next: ${title}, opens ${date}.`,
    feedTitle: 'Editorial line',
    feedLead: 'A short card every other day: news, a video, polls, your questions, a mini-quiz.',
    coachingTitle: 'Pitch coaching',
    recorderLead: 'Record your pitch, watch it, submit it: Léa reviews it within two days.',
    galleryTitle: 'Best practices',
    reviewTitle: 'Pitches to review',
    reviewNone: 'No pitch is waiting for you.',
    reviewPick: 'Pick a pitch to review.',
    insightTitle: 'Insight',
    masteryTitle: 'Mastery of the offer',
    tiersTitle: 'Partner tiers and budget',
  },
  fr: {
    tagline: 'Portail partenaires',
    navChallenges: 'Challenges',
    navFeed: 'Ligne éditoriale',
    navCoaching: 'Coaching pitch',
    navInsight: 'Pilotage',
    role: 'Voir en tant que',
    roleSeller: 'Vendeuse — Julie Moreau, Atlas Distribution',
    roleCoach: 'Coach — Léa Fontaine',
    roleManager: 'Channel manager — Hélène Garnier',
    language: 'Langue',
    reset: 'Réinitialiser la démo',
    seeding: 'Préparation de la démo : rejeu de cinq jours d’activité des partenaires…',
    resetting: 'Suppression des données de démo…',
    demoNote:
      'Mode démo : tout le contenu, corrigés compris, est dans ce navigateur (IndexedDB). Les challenges classés avec lots font tourner le moteur sur un serveur.',
    hello: (name) => `Bonjour ${name}`,
    helloSeller:
      'Votre challenge d’automne est ouvert. Répondez, montez dans le classement et suivez la ligne éditoriale.',
    helloCoach: 'Les pitchs qui attendent votre avis, et les bonnes pratiques publiées.',
    helloManager: 'Qui maîtrise l’offre Northwind Vault, et où va votre budget d’animation.',
    challengesTitle: 'Challenges',
    challengesLead:
      'Des QCM limités dans le temps sur l’offre. La meilleure tentative compte ; les trois premiers gagnent un lot.',
    leaderboardTitle: 'Classement',
    upcoming: (title, date) => `Prochain rendez-vous : ${title}, ouverture le ${date}.`,
    feedTitle: 'Ligne éditoriale',
    feedLead: 'Une mini-brique tous les deux jours : actualités, vidéo, sondages, vos questions, un QCM express.',
    coachingTitle: 'Coaching pitch',
    recorderLead: 'Enregistrez votre pitch, revoyez-le, envoyez-le : Léa vous répond sous deux jours.',
    galleryTitle: 'Bonnes pratiques',
    reviewTitle: 'Pitchs à évaluer',
    reviewNone: 'Aucun pitch ne vous attend.',
    reviewPick: 'Choisissez un pitch à évaluer.',
    insightTitle: 'Pilotage',
    masteryTitle: 'Maîtrise de l’offre',
    tiersTitle: 'Segmentation et budget',
  },
};

const root = document.documentElement;
const provider = document.getElementById('mindshare');
const view = document.getElementById('view');
const status = document.getElementById('status');
const roleSelect = document.getElementById('role');
const languageSelect = document.getElementById('language');
const resetButton = document.getElementById('reset');

const state = {
  role: new URLSearchParams(location.search).get('role') ?? 'seller',
  lang: new URLSearchParams(location.search).get('lang') ?? 'en',
  api: undefined,
  pack: undefined,
  directory: undefined,
};
if (!(state.role in PEOPLE)) state.role = 'seller';
if (!(state.lang in STRINGS)) state.lang = 'en';

const t = (key, ...args) => {
  const value = STRINGS[state.lang][key];
  return typeof value === 'function' ? value(...args) : value;
};

// ---------- content: the pack's dates, moved to today ----------

const pad = (n) => String(n).padStart(2, '0');
/** `YYYY-MM-DD` of the UTC day `offset` days from `today`. */
const isoDay = (today, offset) => {
  const date = new Date(today + offset * DAY);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

/**
 * Rewrites the challenge windows and schedule starts relative to today (UTC midnight), so the
 * demo never goes stale: the autumn challenge opened five days ago and runs for two more weeks,
 * the winter one opens in nine days, and both schedules started a fortnight ago.
 */
function shiftDates(pack, now) {
  const today = Math.floor(now / DAY) * DAY;
  const windows = {
    [OPEN_CHALLENGE]: [-5, 14],
    [UPCOMING_CHALLENGE]: [9, 23],
  };
  for (const challenge of pack.challenges) {
    const [opens, closes] = windows[challenge.id] ?? [-5, 14];
    challenge.window.opensAt = `${isoDay(today, opens)}T00:00`;
    challenge.window.closesAt = `${isoDay(today, closes)}T18:00`;
  }
  for (const schedule of pack.schedules) schedule.cadence.start = isoDay(today, -16);
  return { opensAt: today - 5 * DAY - 2 * 3_600_000 };
}

async function loadContent() {
  const [pack, directory] = await Promise.all(
    ['./demo-pack.json', './demo-directory.json'].map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
      return response.json();
    }),
  );
  return { pack, directory };
}

// ---------- the engine ----------

function openEngine(viewerId, { clock, locale } = {}) {
  const person = state.directory.sellers.find((candidate) => candidate.id === viewerId);
  return createMindshare({
    storage: createIndexedDbStorage({ name: DATABASE }),
    content: state.pack,
    directory: state.directory,
    viewer: { id: viewerId, locale: locale ?? person?.locale ?? 'en', timeZone: person?.timeZone ?? 'Europe/Paris' },
    ...(clock ? { clock } : {}),
  });
}

function tierOf(partnerId) {
  const revenue = state.directory.partners.find((partner) => partner.id === partnerId)?.metrics.indirectRevenue ?? 0;
  for (const tier of state.pack.tierPolicy.tiers) {
    const rule = tier.rule?.all?.[0];
    if (!rule || revenue >= rule.value) return tier.id;
  }
  return state.pack.tierPolicy.defaultTier;
}

/** Whether the demo database exists (a browser that cannot list databases is taken at its word). */
async function databaseExists() {
  if (typeof indexedDB.databases !== 'function') return true;
  return (await indexedDB.databases()).some((database) => database.name === DATABASE);
}

async function seedIfEmpty(opensAt) {
  const marker = `${state.pack.id}@${state.pack.version}`;
  // The marker alone would leave an empty demo after someone deleted only the database.
  if (localStorage.getItem(SEEDED_KEY) === marker && (await databaseExists())) return;
  showStatus(t('seeding'));
  const started = performance.now();
  let pitchMedia;
  try {
    const response = await fetch('./media/vault-in-a-minute.webm');
    if (response.ok) pitchMedia = await response.blob();
  } catch {
    pitchMedia = undefined; // The pitches are optional history; the rest is seeded regardless.
  }
  await seedHistory({
    open: (viewerId, clock) => openEngine(viewerId, { clock }),
    pack: state.pack,
    directory: state.directory,
    tierOf,
    skip: [PEOPLE.seller],
    challengeId: OPEN_CHALLENGE,
    opensAt,
    now: Date.now(),
    pitchMedia,
  });
  localStorage.setItem(SEEDED_KEY, marker);
  console.info(`Mindshare demo: history seeded in ${Math.round(performance.now() - started)} ms.`);
}

async function deleteDatabase() {
  await new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DATABASE);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => console.warn('Mindshare demo: waiting for other tabs to close the demo database.');
  });
  localStorage.removeItem(SEEDED_KEY);
}

// ---------- rendering ----------

function showStatus(text) {
  status.textContent = text;
  status.hidden = !text;
}

function translateChrome() {
  root.lang = state.lang;
  document.querySelectorAll('[data-t]').forEach((element) => {
    element.textContent = t(element.dataset.t);
  });
  for (const option of roleSelect.options) option.textContent = t(option.dataset.t);
  roleSelect.value = state.role;
  languageSelect.value = state.lang;
  document.querySelectorAll('[data-role]').forEach((link) => {
    link.hidden = !link.dataset.role.split(' ').includes(state.role);
  });
}

/** Fills the view with the role's sections, cloned from its template, and translates them. */
function renderView() {
  const template = document.getElementById(`view-${state.role}`);
  view.replaceChildren(template.content.cloneNode(true));
  view.querySelectorAll('[data-t]').forEach((element) => {
    element.textContent = t(element.dataset.t);
  });
  const person = state.directory.sellers.find((candidate) => candidate.id === PEOPLE[state.role]);
  view.querySelector('[data-hello]').textContent = t('hello', person.displayName.split(' ')[0]);
  const budget = view.querySelector('mind-tier-report');
  if (budget) budget.budget = { total: 25_000_000, tierWeights: { platinum: 4, gold: 3, silver: 1 } };
}

async function describeUpcoming(api) {
  const slot = view.querySelector('[data-upcoming]');
  if (!slot) return;
  const upcoming = (await api.challenges()).find((challenge) => challenge.status === 'upcoming');
  if (!upcoming) return;
  const title = upcoming.title[state.lang] ?? upcoming.title.en;
  const date = new Intl.DateTimeFormat(state.lang, { dateStyle: 'long' }).format(upcoming.opensAt);
  slot.textContent = t('upcoming', title, date);
  slot.hidden = false;
}

/** The coach's queue: one button per pitch waiting for review, which opens it in <mind-pitch-review>. */
async function listPitchesToReview(api) {
  const list = view.querySelector('[data-review-list]');
  const review = view.querySelector('mind-pitch-review');
  if (!list || !review) return;
  const waiting = await api.recordings({ view: 'to-review' });
  if (api !== state.api) return;
  const hint = view.querySelector('[data-review-hint]');
  hint.textContent = waiting.length ? t('reviewPick') : t('reviewNone');
  list.replaceChildren(
    ...waiting.map((recording) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'portal-chip';
      button.dataset.recording = recording.id;
      const when = new Intl.DateTimeFormat(state.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
        recording.finishedAt ?? recording.startedAt,
      );
      button.textContent = `${recording.sellerName} · ${when}`;
      button.setAttribute('aria-pressed', String(review.recording === recording.id));
      button.addEventListener('click', () => openReview(recording.id));
      item.append(button);
      return item;
    }),
  );
  // Open the oldest pitch at once; keep the one on screen (it may have just been reviewed, to publish).
  if (!review.recording && waiting.length) openReview(waiting[0].id);
}

function openReview(recordingId) {
  const review = view.querySelector('mind-pitch-review');
  review.recording = recordingId;
  review.closest('.portal-card').hidden = false;
  view.querySelectorAll('[data-recording]').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset.recording === recordingId));
  });
}

/** Builds the engine for the current role and language, closing the previous one. */
async function start() {
  const previous = state.api;
  state.api = undefined;
  provider.api = undefined;
  await previous?.close();
  translateChrome();
  await loadTranslation(state.lang);
  const api = await openEngine(PEOPLE[state.role], { locale: state.lang });
  state.api = api;
  renderView();
  provider.api = api;
  api.subscribe((change) => {
    if (change.areas.includes('pitch')) void listPitchesToReview(api);
  });
  await Promise.all([describeUpcoming(api), listPitchesToReview(api)]);
}

async function boot() {
  document.querySelector('[data-mindshare-version]').textContent = VERSION;
  translateChrome();
  const { pack, directory } = await loadContent();
  const { opensAt } = shiftDates(pack, Date.now());
  state.pack = pack;
  state.directory = directory;
  await seedIfEmpty(opensAt);
  showStatus('');
  await start();
  document.body.dataset.ready = 'true';
}

function remember() {
  const url = new URL(location.href);
  url.searchParams.set('role', state.role);
  url.searchParams.set('lang', state.lang);
  history.replaceState(null, '', url);
}

view.addEventListener('mind-review-submit', () => {
  if (state.api) void listPitchesToReview(state.api);
});
roleSelect.addEventListener('change', async () => {
  state.role = roleSelect.value;
  remember();
  document.body.dataset.ready = 'false';
  await start();
  document.body.dataset.ready = 'true';
});
languageSelect.addEventListener('change', async () => {
  state.lang = languageSelect.value;
  remember();
  document.body.dataset.ready = 'false';
  await start();
  document.body.dataset.ready = 'true';
});
resetButton.addEventListener('click', async () => {
  resetButton.disabled = true;
  document.body.dataset.ready = 'false';
  showStatus(t('resetting'));
  try {
    await state.api?.close();
    state.api = undefined;
    provider.api = undefined;
    view.replaceChildren();
    await deleteDatabase();
    const fresh = await loadContent();
    const { opensAt } = shiftDates(fresh.pack, Date.now());
    state.pack = fresh.pack;
    state.directory = fresh.directory;
    await seedIfEmpty(opensAt);
    showStatus('');
    await start();
    document.body.dataset.ready = 'true';
  } finally {
    resetButton.disabled = false;
  }
});

boot().catch((error) => {
  showStatus(`The demo could not start: ${error.message}`);
  console.error(error);
});
