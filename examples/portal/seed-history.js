// Seeds the demo's history by replaying ordinary API calls through the real engine, seller by
// seller, on a controlled clock: attempts at the open challenge, poll votes, open answers,
// mini-quiz practice and two pitches, one of them reviewed and published, and the demo seller's
// own reading last week and this week (so their streak badge is earned). No record is written
// by hand, so everything the widgets show on first load (activity points and badges included) is
// what the engine computed.
// mini-quiz practice and two pitches, one of them reviewed and published. No record is written
// by hand, so everything the widgets show on first load is what the engine computed. That includes
// certifications: a seller whose attempt passes the pack's "launch-ready" earns it, and those who
// played in the challenge's first days see it expire soon (it is valid 8 days, reminded 5 before),
// so the managers' view shows some expiring and the tier policy's Gold rule counts certified sellers.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A small seeded PRNG (mulberry32), so every reset replays the same story. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** How likely a seller of a tier answers a topic right: the top tier knows the offer, few know migration. */
const SKILL = {
  platinum: { offer: 0.9, pricing: 0.8, security: 0.7, migration: 0.5 },
  gold: { offer: 0.75, pricing: 0.6, security: 0.5, migration: 0.35 },
  silver: { offer: 0.6, pricing: 0.4, security: 0.3, migration: 0.2 },
};

const OBJECTIONS = {
  en: [
    'Our current backup vendor is already paid for until next year.',
    'The customer thinks immutable copies are only for banks.',
    'They asked for a monthly plan without commitment.',
    'Security review takes three months at this account.',
  ],
  fr: [
    'Le client a déjà payé son fournisseur de sauvegarde jusqu’à l’an prochain.',
    'Le client pense que les copies immuables, c’est pour les banques.',
    'Ils veulent une offre mensuelle sans engagement.',
    'La revue sécurité prend trois mois chez ce client.',
  ],
};

/** A response to `question`, right with probability `p`. */
function responseFor(question, right, random) {
  switch (question.kind) {
    case 'single': {
      const good = question.choices.find((choice) => choice.correct);
      const bad = question.choices.filter((choice) => !choice.correct);
      const pick = right ? good : bad[Math.floor(random() * bad.length)];
      return { kind: 'single', choiceId: pick.id };
    }
    case 'multiple': {
      const good = question.choices.filter((choice) => choice.correct).map((choice) => choice.id);
      return { kind: 'multiple', choiceIds: right ? good : good.slice(0, 1) };
    }
    case 'true-false':
      return { kind: 'true-false', value: right ? question.answer : !question.answer };
    case 'numeric':
      return { kind: 'numeric', value: right ? question.answer : question.answer + 1 + Math.floor(random() * 3) };
    default:
      throw new Error(`The seeder does not answer "${question.kind}" questions.`);
  }
}

/**
 * Replays the history. `open(viewerId, clock)` creates an engine over the demo's storage;
 * `pack` is the (date-shifted) pack, with answer keys, that the seeder reads to choose answers.
 */
export async function seedHistory({
  open,
  pack,
  directory,
  tierOf,
  skip,
  challengeId,
  opensAt,
  now,
  pitchMedia,
  reader,
}) {
  const random = seededRandom(20261127);
  const challenge = pack.challenges.find((candidate) => candidate.id === challengeId);
  const questions = new Map(challenge.questions.map((question) => [question.id, question]));
  const practice = new Map(
    pack.nuggets.flatMap((nugget) => (nugget.kind === 'mini-quiz' ? nugget.questions : [])).map((q) => [q.id, q]),
  );
  const sellers = directory.sellers.filter((seller) => seller.role === 'seller' && !skip.includes(seller.id));
  // Everyone arrives at some point between the opening and an hour ago, earliest first.
  const span = Math.max(HOUR, now - HOUR - opensAt);
  const arrivals = sellers
    .map((seller) => ({ seller, at: opensAt + Math.floor(random() * span) }))
    .sort((a, b) => a.at - b.at);

  for (const { seller, at } of arrivals) {
    let time = at;
    const api = await open(seller.id, () => time);
    try {
      const skill = SKILL[tierOf(seller.partnerId)] ?? SKILL.silver;
      // Most sellers play the challenge; a few only read the feed.
      if (random() < 0.88) {
        const attempt = await api.startAttempt(challengeId);
        for (const id of attempt.questionIds) {
          await api.showQuestion(attempt.id, id);
          time += 8_000 + Math.floor(random() * 50_000);
          const question = questions.get(id);
          const right = question.topics.some((topic) => random() < (skill[topic] ?? 0.5));
          await api.answer(attempt.id, id, responseFor(question, right, random));
        }
        await api.finishAttempt(attempt.id);
      }
      time += 2 * MINUTE;
      const feed = await api.feed();
      const locale = seller.locale === 'fr' ? 'fr' : 'en';
      for (const { nugget } of feed.items) {
        time += 20_000;
        if (nugget.kind === 'poll' && random() < 0.75) {
          const options = nugget.options.map((option) => option.id);
          const weights = options.map((_, index) => (index === 1 ? 3 : 1) + random());
          const first = options[weights.indexOf(Math.max(...weights))];
          const votes = nugget.multiple && random() < 0.5 ? [first, options.find((id) => id !== first)] : [first];
          await api.vote(nugget.id, votes);
        } else if (nugget.kind === 'open-question' && random() < 0.3) {
          const texts = OBJECTIONS[locale];
          await api.respond(nugget.id, texts[Math.floor(random() * texts.length)]);
        } else if (nugget.kind === 'mini-quiz' && random() < 0.6) {
          for (const { id } of nugget.questions) {
            const question = practice.get(id);
            const right = question.topics.some((topic) => random() < (skill[topic] ?? 0.5));
            await api.answerPractice(id, responseFor(question, right, random));
          }
        }
      }
    } finally {
      await api.close();
    }
  }

  // The demo seller (`reader`), who has not played the challenge yet, read the editorial line a
  // week ago and reads one card today: two weeks in a row earn the streak badge.
  if (reader) await readTwoWeeks(open, reader, now);

  // Two pitches: one waits for the coach, one was reviewed and published as a best practice.
  if (!pitchMedia) return;
  const [prompt] = pack.pitchPrompts;
  const pitchers = arrivals.slice(0, 2).map(({ seller }) => seller.id);
  const recordings = [];
  let time = now - 3 * HOUR;
  for (const sellerId of pitchers) {
    const api = await open(sellerId, () => time);
    try {
      const session = await api.startRecording(prompt.id, { mimeType: pitchMedia.type, consent: true });
      await session.append(pitchMedia);
      recordings.push(await session.finish({ durationMs: 4_000 }));
    } finally {
      await api.close();
    }
    time += 30 * MINUTE;
  }
  const coach = directory.sellers.find((person) => person.role === 'coach');
  const api = await open(coach.id, () => time);
  try {
    const best = recordings[0];
    await api.review(best.id, {
      scores: prompt.rubric.criteria.map((criterion) => ({
        criterionId: criterion.id,
        score: criterion.levels.at(-1).score,
      })),
      comments: [{ atMs: 1_000, text: 'Great opening: the risk in one sentence.' }],
      feedback: 'A model of a customer-first pitch. Published for the whole network.',
    });
    await api.publish(best.id);
  } finally {
    await api.close();
  }
}

/** `sellerId` reads the cards released a week before `now`, then the first one left unread today. */
async function readTwoWeeks(open, sellerId, now) {
  let time = now - 7 * 24 * HOUR;
  const api = await open(sellerId, () => time);
  try {
    const earlier = await api.feed();
    for (const { nuggetId, nugget } of earlier.items) {
      if (nugget.kind !== 'info' && nugget.kind !== 'video') continue;
      time += MINUTE;
      await api.markSeen(nuggetId);
    }
    time = now - HOUR;
    const later = await api.feed();
    const unread = later.items.find((item) => item.status === 'new');
    if (unread) await api.markSeen(unread.nuggetId);
  } finally {
    await api.close();
  }
}
