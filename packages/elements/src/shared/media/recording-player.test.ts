import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { createObjectUrl, releaseObjectUrl } from './object-urls.js';
import { recordingPlayer, type RecordingPlayerOptions } from './recording-player.js';

function mount(options: RecordingPlayerOptions): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  render(recordingPlayer(options), host);
  return host;
}

describe('recordingPlayer', () => {
  it('plays a loaded recording under its name, and nothing while it loads', async () => {
    const url = createObjectUrl(new Blob([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3])], { type: 'video/webm' }));
    const host = mount({ media: { status: 'ready', url }, label: 'Anna Martin’s pitch', failed: 'No video.' });
    const video = host.querySelector('video')!;
    expect(video.getAttribute('part')).to.equal('video');
    expect(video.getAttribute('src')).to.equal(url);
    expect(video.controls).to.equal(true);
    await expect(host).to.be.accessible();
    render(recordingPlayer({ media: { status: 'loading' }, label: 'Anna Martin’s pitch', failed: 'No video.' }), host);
    expect(host.querySelector('video')!.hasAttribute('src')).to.equal(false);
    releaseObjectUrl(url);
    host.remove();
  });

  it('says why a recording did not load and offers to load it again; an alert only where asked', async () => {
    let retried = 0;
    const failed = { status: 'failed', error: new Error('offline') } as const;
    const quiet = mount({ media: failed, label: 'x', failed: 'The video could not be loaded.' });
    expect(quiet.querySelector('video')).to.equal(null);
    expect(quiet.querySelector('.media-failed')!.textContent!.trim()).to.equal('The video could not be loaded.');
    expect(quiet.querySelector('[role="alert"]')).to.equal(null);
    expect(quiet.querySelector('button')).to.equal(null);
    const loud = mount({
      media: failed,
      label: 'x',
      failed: 'The video could not be loaded.',
      retry: { label: 'Try again', run: () => retried++ },
      alert: true,
    });
    expect(loud.querySelector('[role="alert"]')).not.to.equal(null);
    loud.querySelector('button')!.click();
    expect(retried).to.equal(1);
    await expect(loud).to.be.accessible();
    quiet.remove();
    loud.remove();
  });
});
