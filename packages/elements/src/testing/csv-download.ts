import { waitUntil } from '@open-wc/testing';

/** Captures the next file an element offers as a download (a click on a temporary link): its name and text. */
export async function downloadedText(action: () => void): Promise<{ name: string; text: string }> {
  const click = HTMLAnchorElement.prototype.click;
  let file: Promise<{ name: string; text: string }> | undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const name = this.download;
    file = fetch(this.href)
      .then((response) => response.arrayBuffer())
      // Decoded without stripping the byte order mark, so a test sees it as Excel does.
      .then((buffer) => ({ name, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer) }));
  };
  try {
    action();
    await waitUntil(() => file !== undefined, 'no download');
    return await file!;
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
}
