import { expect } from '@open-wc/testing';
import { isMindError, type MindshareApi, type SellerRole } from '@mindshare/core';
import { requireReviewer } from './reviewer-only.js';

/** An API whose viewer has `role`: all `requireReviewer` reads of it. */
const apiOf = (role: SellerRole) => ({ viewer: { id: 'someone', role } }) as unknown as MindshareApi;

describe('requireReviewer', () => {
  it('lets coaches and managers through and refuses sellers with MIND_FORBIDDEN', () => {
    expect(() => requireReviewer(apiOf('coach'))).not.to.throw();
    expect(() => requireReviewer(apiOf('manager'))).not.to.throw();
    let refusal: unknown;
    try {
      requireReviewer(apiOf('seller'));
    } catch (error) {
      refusal = error;
    }
    expect(isMindError(refusal, 'MIND_FORBIDDEN')).to.equal(true);
  });
});
