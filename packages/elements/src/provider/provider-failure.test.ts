import { expect } from '@open-wc/testing';
import { chunkDownloadError, describeFailure } from './provider-failure.js';

describe('chunkDownloadError', () => {
  it('names the file a browser could not load, and is shown as a download failure', () => {
    const url = 'https://cdn.example.com/mindshare/chunks/load-mindshare-CU9IQSOq.min.js';
    for (const message of [
      `Failed to fetch dynamically imported module: ${url}`, // Chromium
      `error loading dynamically imported module: ${url}`, // Firefox
    ]) {
      const failure = describeFailure(chunkDownloadError(new TypeError(message)));
      expect(failure.kind).to.equal('network');
      expect(failure.kind === 'network' && failure.url).to.equal(url);
    }
  });

  it('still says which product failed when the browser names no file', () => {
    const error = chunkDownloadError(new TypeError('Importing a module script failed.'));
    expect(error.code).to.equal('MIND_NETWORK');
    expect(error.url).to.equal('Mindshare');
    expect(error.cause).to.be.instanceOf(TypeError);
  });
});
