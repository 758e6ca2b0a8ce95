import { expect } from '@open-wc/testing';
import type { DirectoryListing, MindshareApi } from '@mindshare/core';
import { loadDirectory, namesOf } from './insight-directory.js';

/** Just what `loadDirectory` reads of an API: who is looking, and the directory. */
function stubApi(role: 'seller' | 'coach' | 'manager', directory?: () => Promise<DirectoryListing>): MindshareApi {
  return { viewer: { role }, ...(directory ? { directory } : {}) } as unknown as MindshareApi;
}

const listing: DirectoryListing = {
  partners: [
    { id: 'p-acme', name: 'Acme', tierId: 'gold' },
    { id: 'p-solo', name: 'Solo', tierId: undefined },
  ],
  sellers: [
    { id: 's-anna', displayName: 'Anna Martin', partnerId: 'p-acme', role: 'seller' },
    { id: 'coach-camille', displayName: 'Camille', partnerId: undefined, role: 'coach' },
  ],
};

describe('namesOf', () => {
  it('names partners and sellers from the directory, keeping them apart when an id is both', () => {
    for (const [partnerId, sellerId] of [
      ['p-acme', 's-anna'],
      ['x', 'x'],
    ] as const) {
      const names = namesOf({
        partners: [{ id: partnerId, name: 'Acme' }],
        sellers: [{ id: sellerId, displayName: 'Anna Martin' }],
      });
      expect(names.partner(partnerId), partnerId).to.equal('Acme');
      expect(names.seller(sellerId), sellerId).to.equal('Anna Martin');
    }
  });

  it('shows the id of whoever the directory does not name, or of everyone without a directory', () => {
    const names = namesOf({ partners: [{ id: 'p-acme' }], sellers: [{ id: 's-anna' }] });
    expect(names.partner('p-acme')).to.equal('p-acme');
    expect(names.seller('s-anna')).to.equal('s-anna');
    expect(names.partner('p-other')).to.equal('p-other');
    expect(names.seller('s-other')).to.equal('s-other');
    const none = namesOf(undefined);
    expect(none.partner('p-acme')).to.equal('p-acme');
    expect(none.seller('s-anna')).to.equal('s-anna');
  });
});

describe('loadDirectory', () => {
  it('reads the directory of a coach or manager as names, partners and tiers', async () => {
    for (const role of ['coach', 'manager'] as const) {
      const directory = await loadDirectory(stubApi(role, async () => listing));
      expect(directory, role).to.deep.equal({
        partners: [
          { id: 'p-acme', name: 'Acme', tierId: 'gold' },
          { id: 'p-solo', name: 'Solo' },
        ],
        sellers: [
          { id: 's-anna', displayName: 'Anna Martin', partnerId: 'p-acme' },
          { id: 'coach-camille', displayName: 'Camille' },
        ],
      });
      const names = namesOf(directory);
      expect(names.partner('p-acme')).to.equal('Acme');
      expect(names.seller('coach-camille')).to.equal('Camille');
    }
  });

  it('does not ask for the directory of a seller', async () => {
    let asked = false;
    const directory = await loadDirectory(
      stubApi('seller', async () => {
        asked = true;
        return listing;
      }),
    );
    expect(directory).to.equal(undefined);
    expect(asked).to.equal(false);
  });

  it('gives nothing, so the view shows ids, without an API, without a directory or when it fails', async () => {
    expect(await loadDirectory(undefined)).to.equal(undefined);
    expect(await loadDirectory(stubApi('manager'))).to.equal(undefined);
    expect(await loadDirectory(stubApi('manager', () => Promise.reject(new Error('offline'))))).to.equal(undefined);
  });
});
