import { expect } from '@open-wc/testing';
import { formatClock, formatDuration, formatTimestamp } from './duration-format.js';

describe('formatClock', () => {
  it('shows minutes and two-digit seconds under an hour', () => {
    expect(formatClock(245_000)).to.equal('4:05');
    expect(formatClock(59_000)).to.equal('0:59');
    expect(formatClock(600_000)).to.equal('10:00');
  });

  it('adds hours, with two-digit minutes, from an hour on', () => {
    expect(formatClock(3_729_000)).to.equal('1:02:09');
    expect(formatClock(3_600_000)).to.equal('1:00:00');
    expect(formatClock(36_000_000)).to.equal('10:00:00');
  });

  it('rounds a second begun up, so the clock reads 0:00 only once time is out', () => {
    expect(formatClock(0)).to.equal('0:00');
    expect(formatClock(1)).to.equal('0:01');
    expect(formatClock(999)).to.equal('0:01');
    expect(formatClock(59_001)).to.equal('1:00');
    expect(formatClock(3_599_500)).to.equal('1:00:00');
  });
});

/** French puts a no-break space between a number and its unit; which one depends on the ICU version. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatDuration', () => {
  it('speaks a duration in English words, leaving out the units at zero', () => {
    expect(formatDuration(245, 'en')).to.equal('4 minutes, 5 seconds');
    expect(formatDuration(90, 'en')).to.equal('1 minute, 30 seconds');
    expect(formatDuration(1, 'en')).to.equal('1 second');
    expect(formatDuration(120, 'en')).to.equal('2 minutes');
    expect(formatDuration(3600, 'en')).to.equal('1 hour');
    expect(formatDuration(3661, 'en')).to.equal('1 hour, 1 minute, 1 second');
    expect(formatDuration(7205, 'en')).to.equal('2 hours, 5 seconds');
  });

  it('says zero seconds rather than nothing', () => {
    expect(formatDuration(0, 'en')).to.equal('0 seconds');
    expect(spaced(formatDuration(0, 'fr'))).to.equal('0 seconde');
  });

  it('speaks French, with its own plurals and "et" before the last unit', () => {
    expect(spaced(formatDuration(90, 'fr'))).to.equal('1 minute et 30 secondes');
    expect(spaced(formatDuration(245, 'fr'))).to.equal('4 minutes et 5 secondes');
    expect(spaced(formatDuration(3600, 'fr'))).to.equal('1 heure');
    expect(spaced(formatDuration(7325, 'fr'))).to.equal('2 heures, 2 minutes et 5 secondes');
    expect(spaced(formatDuration(1, 'fr-CA'))).to.equal('1 seconde');
  });
});

describe('formatTimestamp', () => {
  it('shows a position as the player does, whole seconds passed', () => {
    expect(formatTimestamp(0)).to.equal('0:00');
    expect(formatTimestamp(7_000)).to.equal('0:07');
    expect(formatTimestamp(12_900), 'a position is not rounded up past where it is').to.equal('0:12');
    expect(formatTimestamp(65_000)).to.equal('1:05');
    expect(formatTimestamp(600_000)).to.equal('10:00');
    expect(formatTimestamp(3_723_000)).to.equal('1:02:03');
  });

  it('shows 0:00 for a position before the start', () => {
    expect(formatTimestamp(-1_500)).to.equal('0:00');
  });
});
