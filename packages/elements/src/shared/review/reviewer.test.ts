import { expect } from '@open-wc/testing';
import { isMindError, MindError, type MindshareApi } from '@mindshare/core';
import { requireReviewer, reviewerFailure } from './reviewer.js';

const viewing = (role: string) => ({ viewer: { id: 'someone', role } }) as unknown as MindshareApi;

describe('requireReviewer', () => {
  it('lets coaches and managers through and refuses a seller with MIND_FORBIDDEN', () => {
    expect(() => requireReviewer(viewing('coach'))).not.to.throw();
    expect(() => requireReviewer(viewing('manager'))).not.to.throw();
    let refusal: unknown;
    try {
      requireReviewer(viewing('seller'));
    } catch (error) {
      refusal = error;
    }
    expect(isMindError(refusal, 'MIND_FORBIDDEN'), String(refusal)).to.equal(true);
  });
});

describe('reviewerFailure', () => {
  it('names a refusal forbidden and any other failure an error', () => {
    expect(reviewerFailure(new MindError('MIND_FORBIDDEN', 'no'))).to.equal('forbidden');
    expect(reviewerFailure(new MindError('MIND_NOT_FOUND', 'gone'))).to.equal('error');
    expect(reviewerFailure(new TypeError('offline'))).to.equal('error');
  });
});
