import { expect } from '@open-wc/testing';
import { createMemoryStorage } from '@mindshare/core';
import { scenarioWorld } from '@mindshare/core/testing';
import { createHttpClient } from './bundle.js';

// The CDN entry's `createHttpClient`: the client's code is a lazy chunk, and the viewer is asked
// for while it downloads.

const BASE = 'https://mindshare.example/api';

/** A server that answers `GET /v1/viewer` with Anna, or never (`silent`), and keeps what it was asked. */
async function viewerServer(silent = false) {
  const { viewer } = await scenarioWorld().as('s-anna');
  const asked: Request[] = [];
  const fetch = (request: Request): Promise<Response> => {
    asked.push(request);
    if (silent) return new Promise(() => {});
    const body = JSON.stringify({ viewer, now: Date.now() });
    return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
  };
  return { fetch, asked };
}

describe('createHttpClient of the CDN entry', () => {
  it('asks for the viewer before the client’s code has come, and once', async () => {
    const server = await viewerServer();
    let tokens = 0;
    const starting = createHttpClient({
      baseUrl: BASE,
      token: () => (tokens++, 'token-s-anna'),
      fetch: server.fetch,
      storage: createMemoryStorage(),
    });
    // The request is under way (its token asked for) before the call yields to the import.
    expect(tokens, 'the token asked for at once').to.equal(1);
    const api = await starting;
    expect(api.viewer.id).to.equal('s-anna');
    expect(server.asked.map((request) => new URL(request.url).pathname)).to.deep.equal(['/api/v1/viewer']);
    expect(server.asked[0]!.headers.get('authorization')).to.equal('Bearer token-s-anna');
    await api.close();
  });

  it('abandons the viewer request it made when the client cannot start', async () => {
    const server = await viewerServer(true);
    const blocked = createMemoryStorage();
    blocked.open = () => Promise.reject(new Error('the store is blocked'));
    let failure: unknown;
    await createHttpClient({ baseUrl: BASE, token: 't', fetch: server.fetch, storage: blocked }).catch(
      (error: unknown) => (failure = error),
    );
    expect(String(failure)).to.contain('the store is blocked');
    expect(server.asked.length, 'the viewer asked for').to.equal(1);
    expect(server.asked[0]!.signal.aborted, 'and that request abandoned').to.equal(true);
  });
});
