import { expect } from '@open-wc/testing';
import { toMindError } from './map-error.js';

describe('IndexedDB adapter: error mapping', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('maps QuotaExceededError, also inside an AbortError, to MIND_STORAGE_FULL', () => {
    expect(toMindError(quota(), 'put').code).to.equal('MIND_STORAGE_FULL');
    const abort = new DOMException('The transaction was aborted.', 'AbortError');
    expect(toMindError(abort, 'batch', { error: quota() }).code).to.equal('MIND_STORAGE_FULL');
    const withCause = Object.assign(new DOMException('aborted', 'AbortError'), { cause: quota() });
    expect(toMindError(withCause, 'batch').code).to.equal('MIND_STORAGE_FULL');
  });

  it('maps the other IndexedDB failures to stable codes and keeps the cause', () => {
    const code = (name: string) => toMindError(new DOMException('x', name), 'op').code;
    expect(code('ConstraintError')).to.equal('MIND_CONFLICT');
    expect(code('DataError')).to.equal('MIND_INVALID_INPUT');
    expect(code('VersionError')).to.equal('MIND_SCHEMA_MISMATCH');
    for (const name of ['InvalidStateError', 'SecurityError', 'UnknownError', 'AbortError']) {
      expect(code(name), name).to.equal('MIND_STORAGE_UNAVAILABLE');
    }
    const mapped = toMindError(new DOMException('x', 'SecurityError'), 'open');
    expect((mapped.cause as DOMException).name).to.equal('SecurityError');
  });
});
