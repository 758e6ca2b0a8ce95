import { expect, fixture, html } from '@open-wc/testing';
import { pickLocalized, PitchPromptSchema, type Review } from '@mindshare/core';
import { scenarioPack } from '@mindshare/core/testing';
import { reviewScores, type ReviewScoreLabels } from './review-scores.js';

const prompt = PitchPromptSchema.parse(scenarioPack().pitchPrompts![0]);
const review: Review = {
  recordingId: 'rec-1',
  coachId: 'coach-camille',
  at: 0,
  scores: [{ criterionId: 'clarity', score: 5 }],
  comments: [],
  feedback: '',
  weightedTotal: 66.6667,
  maxTotal: 100,
};
const labels: ReviewScoreLabels = {
  total: 'Weighted total',
  outOf: (total, max) => `${total} / ${max}`,
  level: (score) => `${score} points`,
  feedback: 'Overall feedback',
  noFeedback: 'No overall feedback.',
};
const line = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function show(options: { weights?: boolean; feedback?: string; lang?: string } = {}) {
  const lang = options.lang ?? 'en';
  return fixture<HTMLElement>(
    html`<section>
      ${reviewScores({
        rubric: prompt.rubric,
        review: { ...review, feedback: options.feedback ?? '' },
        text: (value) => pickLocalized(value, lang),
        labels: options.weights
          ? { ...labels, weight: (weight, share) => `weight ${weight} (${share.toFixed(2)})` }
          : labels,
        listPart: 'rubric',
      })}
    </section>`,
  );
}

describe('reviewScores', () => {
  it('shows the rounded total, each criterion with the chosen level and its descriptor, and the feedback', async () => {
    const el = await show({ feedback: 'Lead with the outcome.' });
    await expect(el).to.be.accessible();
    expect(line(el.querySelector('[part="total"]'))).to.equal('Weighted total 67 / 100');
    expect([...el.querySelectorAll('[part="criterion"]')].map(line)).to.deep.equal([
      'Clarity 5 points · Crystal clear',
      'Customer value —',
    ]);
    expect(el.querySelector('dl')?.getAttribute('part')).to.equal('rubric');
    expect(line(el.querySelector('[part="feedback"]'))).to.equal('Lead with the outcome.');
  });

  it('adds each weight and its share when asked, says when there is no feedback, and reads authored text in the language', async () => {
    const el = await show({ weights: true, lang: 'fr' });
    expect(line(el.querySelector('[data-criterion="clarity"]'))).to.equal(
      'Clarté 5 points · Crystal clear · weight 2 (0.67)',
    );
    expect(line(el.querySelector('[data-criterion="value"] dt'))).to.equal('Valeur client');
    expect(line(el.querySelector('[part="feedback"]'))).to.equal('No overall feedback.');
  });
});
