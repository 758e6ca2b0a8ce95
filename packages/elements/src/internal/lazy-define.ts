const pending = new Map<string, () => Promise<unknown>>();
let observer: MutationObserver | undefined;

function loadIfUsed(root: ParentNode): void {
  for (const [tag, load] of pending) {
    if (root.querySelector(tag) === null && !(root instanceof Element && root.localName === tag)) continue;
    pending.delete(tag);
    load().catch((error: unknown) => console.error(`Mindshare: could not load <${tag}>.`, error));
  }
  if (pending.size === 0) observer?.disconnect();
}

/**
 * Defines `tag` on first sight: `load` (a dynamic import of the element's `*.define.js`) runs the
 * first time the tag appears in the document, so coach and manager views cost a sellers' page
 * nothing. Elements created inside another component's shadow root are not seen: import their
 * define module directly there.
 */
export function defineLazily(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag) || pending.has(tag)) return;
  pending.set(tag, load);
  loadIfUsed(document);
  if (!pending.has(tag)) return;
  observer ??= new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) loadIfUsed(node);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
