import { expect, html, waitUntil } from '@open-wc/testing';
import { scenarioDirectory, scenarioWorld, type ScenarioWorld } from '@mindshare/core/testing';
import type { TemplateResult } from 'lit';
import './leaderboard/leaderboard.define.js';
import './mastery-map/mastery-map.define.js';
import './my-pitches/my-pitches.define.js';
import './nugget-feed/nugget-feed.define.js';
import './pitch-gallery/pitch-gallery.define.js';
import './pitch-recorder/pitch-recorder.define.js';
import './pitch-review/pitch-review.define.js';
import './quiz/quiz.define.js';
import './responses/responses.define.js';
import './review-queue/review-queue.define.js';
import './tier-report/tier-report.define.js';
import './badges/badges.define.js';
import './certifications/certifications.define.js';
import type { InsightDirectory } from './shared/insight/insight-directory.js';
import { render, root, WAIT_MS } from './testing/harness.js';

// The languages added after French (issue 17), shown by real elements over a scenario world: each
// element speaks the language of the `lang` around it, authored text the pack does not have in that
// language falls back to the pack's default (English here), and the page downloads the catalogues
// of the languages it shows, no other. First in the file, in this order: each test checks which
// languages the page has downloaded so far.

const directory = scenarioDirectory() as InsightDirectory;

/** Who sees each element, and how it is put on the page. */
const ELEMENTS: Record<string, { readonly as: string; readonly template: TemplateResult }> = {
  quiz: { as: 's-anna', template: html`<mind-quiz challenge="spring-launch"></mind-quiz>` },
  leaderboard: { as: 's-bruno', template: html`<mind-leaderboard challenge="spring-launch"></mind-leaderboard>` },
  feed: { as: 's-anna', template: html`<mind-nugget-feed></mind-nugget-feed>` },
  recorder: { as: 's-anna', template: html`<mind-pitch-recorder prompt="elevator"></mind-pitch-recorder>` },
  myPitches: { as: 's-anna', template: html`<mind-my-pitches></mind-my-pitches>` },
  gallery: { as: 's-bruno', template: html`<mind-pitch-gallery prompt="elevator"></mind-pitch-gallery>` },
  queue: { as: 'coach-camille', template: html`<mind-review-queue></mind-review-queue>` },
  review: { as: 'coach-camille', template: html`<mind-pitch-review></mind-pitch-review>` },
  responses: { as: 'mgr-marc', template: html`<mind-responses></mind-responses>` },
  tiers: { as: 'mgr-marc', template: html`<mind-tier-report .directory=${directory}></mind-tier-report>` },
  mastery: { as: 'mgr-marc', template: html`<mind-mastery-map .directory=${directory}></mind-mastery-map>` },
  badges: { as: 's-anna', template: html`<mind-badges></mind-badges>` },
  certifications: { as: 's-anna', template: html`<mind-certifications></mind-certifications>` },
};

/** What each element shows in each language: UI strings, and authored text from the pack's English. */
const SHOWN: Record<string, Record<keyof typeof ELEMENTS, readonly string[]>> = {
  de: {
    quiz: ['Challenge starten', 'Spring launch challenge'],
    leaderboard: ['Noch niemand steht in der Rangliste.'],
    feed: ['Ihr Feed'],
    recorder: ['Bevor Sie aufnehmen', 'Elevator pitch'],
    myPitches: ['Meine Pitches'],
    gallery: ['Best Practices: Elevator pitch', 'Noch keine Best Practices'],
    queue: ['Pitches zur Bewertung'],
    review: ['Kein Pitch ausgewählt'],
    responses: ['Antworten auf offene Fragen'],
    tiers: ['Anteile je Stufe: Partner und indirekter Umsatz'],
    mastery: ['Stufen', 'Noch kein Wissensstand gemessen'],
    badges: ['Erhaltene Abzeichen', 'Nächste Abzeichen'],
    certifications: ['Ihre Zertifizierungen', 'Dieses Programm hat noch keine Zertifizierungen.'],
  },
  es: {
    quiz: ['Empezar el reto', 'Spring launch challenge'],
    leaderboard: ['Todavía no hay nadie clasificado.'],
    feed: ['Sus novedades'],
    recorder: ['Antes de grabar', 'Elevator pitch'],
    myPitches: ['Mis pitches'],
    gallery: ['Buenas prácticas: Elevator pitch', 'Todavía no hay buenas prácticas'],
    queue: ['Pitches pendientes de evaluación'],
    review: ['Ningún pitch seleccionado'],
    responses: ['Respuestas a las preguntas abiertas'],
    tiers: ['Porcentaje de partners y de ingresos indirectos por nivel'],
    mastery: ['Niveles', 'Todavía no se ha medido el dominio'],
    badges: ['Insignias obtenidas', 'Próximas insignias'],
    certifications: ['Sus certificaciones', 'Este programa todavía no tiene certificaciones.'],
  },
  it: {
    quiz: ['Inizia la sfida', 'Spring launch challenge'],
    leaderboard: ['Nessuno è ancora in classifica.'],
    feed: ['Le sue novità'],
    recorder: ['Prima di registrare', 'Elevator pitch'],
    myPitches: ['I miei pitch'],
    gallery: ['Buone pratiche: Elevator pitch', 'Ancora nessuna buona pratica'],
    queue: ['Pitch da valutare'],
    review: ['Nessun pitch selezionato'],
    responses: ['Risposte alle domande aperte'],
    tiers: ['Quota di partner e quota di fatturato indiretto per livello'],
    mastery: ['Livelli', 'Nessuna padronanza misurata finora'],
    badges: ['Badge ottenuti', 'Prossimi badge'],
    certifications: ['Le sue certificazioni', 'Questo programma non ha ancora certificazioni.'],
  },
};

/**
 * The files this page fetched, as the page's resource timing reports them: watched, because the
 * page's timeline buffer fills up with the test's own modules long before the catalogues load.
 */
const fetched = new Set<string>();
const record = (entries: PerformanceEntryList) => entries.forEach(({ name }) => fetched.add(name));
const watch = new PerformanceObserver((list) => record(list.getEntries()));
watch.observe({ type: 'resource', buffered: true });

/**
 * The languages whose UI catalogues (`<element>/strings/<lang>.ts`, `shared/i18n/strings/<lang>.ts`)
 * this page has downloaded.
 */
function downloadedLanguages(): string[] {
  record(watch.takeRecords()); // What the browser has not handed to the observer yet.
  const languages = [...fetched]
    .flatMap((name) => /\/packages\/elements\/src\/.*\/strings\/([a-z]{2})\.[jt]s(?:\?|$)/.exec(name)?.[1] ?? [])
    .filter((code) => code !== 'en');
  return [...new Set(languages)].sort();
}

/** Shows every element in `lang`, one world per language, and checks what each says. */
async function showAll(world: ScenarioWorld, lang: string): Promise<void> {
  for (const [name, { as, template }] of Object.entries(ELEMENTS)) {
    const el = await render(template, { lang, provider: await world.as(as) });
    const expected = SHOWN[lang]![name]!;
    const shown = () => (root(el).textContent ?? '').replace(/\s+/g, ' ');
    await waitUntil(
      () => expected.every((words) => shown().includes(words)),
      `<${el.localName} lang="${lang}"> did not show ${JSON.stringify(expected)}`,
      { timeout: WAIT_MS },
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}; it showed: ${shown()}`);
    });
  }
}

describe('the elements in German, Spanish and Italian', () => {
  it('speak German under lang="de", with authored text in the pack’s default language, and download only German', async () => {
    expect(downloadedLanguages(), 'a language was downloaded before any element was shown').to.deep.equal([]);
    await showAll(scenarioWorld(), 'de');
    expect(downloadedLanguages()).to.deep.equal(['de']);
  });

  it('speak Spanish under lang="es", downloading Spanish and nothing else besides', async () => {
    await showAll(scenarioWorld(), 'es');
    expect(downloadedLanguages()).to.deep.equal(['de', 'es']);
  });

  it('speak Italian under lang="it", downloading Italian and nothing else besides', async () => {
    await showAll(scenarioWorld(), 'it');
    expect(downloadedLanguages()).to.deep.equal(['de', 'es', 'it']);
  });
});
