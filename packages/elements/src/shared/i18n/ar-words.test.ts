import { expect } from '@open-wc/testing';
import { arabicPoints } from './strings/ar.js';
import { arabicAnswers, arabicPlaces, arabicVotes } from './ar-words.js';

const n = (value: number) => new Intl.NumberFormat('ar').format(value);

// 0, 1, 2, then 3–10 (few), 11–99 (many) and 100 (other): one count of each Arabic plural category.
const counts = [0, 1, 2, 3, 11, 100];

describe('Arabic words the elements share', () => {
  it('says points in each plural form, with the count as the caller formatted it', () => {
    expect(counts.map((count) => arabicPoints(count))).to.deep.equal([
      `${n(0)} نقطة`,
      'نقطة واحدة',
      'نقطتان',
      `${n(3)} نقاط`,
      `${n(11)} نقطة`,
      `${n(100)} نقطة`,
    ]);
    expect(arabicPoints(3, '+٣')).to.equal('+٣ نقاط');
    expect(arabicPoints(1, '+١'), 'one point is a word, not a number').to.equal('نقطة واحدة');
  });

  it('says answers in each plural form, and "no answers" for none', () => {
    expect(counts.map(arabicAnswers)).to.deep.equal([
      'لا إجابات',
      'إجابة واحدة',
      'إجابتان',
      `${n(3)} إجابات`,
      `${n(11)} إجابة`,
      `${n(100)} إجابة`,
    ]);
  });

  it('says ranks moved as the object of a verb', () => {
    expect(counts.slice(1).map(arabicPlaces)).to.deep.equal([
      'مرتبة واحدة',
      'مرتبتين',
      `${n(3)} مراتب`,
      `${n(11)} مرتبة`,
      `${n(100)} مرتبة`,
    ]);
  });

  it('says votes in each of its six plural forms', () => {
    expect(counts.map(arabicVotes)).to.deep.equal([
      'لا أصوات',
      'صوت واحد',
      'صوتان',
      `${n(3)} أصوات`,
      `${n(11)} صوتًا`,
      `${n(100)} صوت`,
    ]);
  });
});
