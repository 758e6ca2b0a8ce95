const pending = new Map<string, () => Promise<unknown>>();
let observer: MutationObserver | undefined;

function loadIfUsed(root: ParentNode): void {
  // One query for every pending tag: this runs for each node added to the page.
  const tags = [...pending.keys()];
  if (tags.length === 0) return;
  const found = new Set<string>();
  if (root instanceof Element && pending.has(root.localName)) found.add(root.localName);
  for (const element of root.querySelectorAll(tags.join(','))) found.add(element.localName);
  // A failure is reported by `start` and tried again later: no unhandled rejection here.
  for (const tag of found) start(tag).catch(() => undefined);
  if (pending.size === 0) observer?.disconnect();
}

/** Loads under way, by tag: a second caller waits for the same load. */
const loading = new Map<string, Promise<void>>();

/** Runs the pending load of `tag`, if any; a failure puts it back to be tried when the tag next appears. */
function start(tag: string): Promise<void> {
  const running = loading.get(tag);
  if (running) return running;
  const load = pending.get(tag);
  if (!load) return Promise.resolve();
  pending.delete(tag);
  const started = load().then(
    () => {
      loading.delete(tag);
    },
    (error: unknown) => {
      loading.delete(tag);
      // A failed download (a phone going offline) is tried again when the tag next appears.
      console.error(`Mindshare: could not load <${tag}>.`, error);
      if (!customElements.get(tag)) watch(tag, load);
      throw error;
    },
  );
  loading.set(tag, started);
  return started;
}

function watch(tag: string, load: () => Promise<unknown>): void {
  pending.set(tag, load);
  observer ??= new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element && pending.size > 0) loadIfUsed(node);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

/**
 * Defines `tag` on first sight: `load` (a dynamic import of the element's `*.define.js`) runs the
 * first time the tag appears in the document, so coach and manager views cost a sellers' page
 * nothing. A load that fails is tried again the next time the tag is added. Elements created
 * inside another component's shadow root are not seen: import their define module directly there.
 * Until the element is defined its methods do not exist: await `customElements.whenDefined(tag)`
 * before calling one.
 */
export function defineLazily(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag) || pending.has(tag)) return;
  watch(tag, load);
  loadIfUsed(document);
}

/**
 * Defines a lazily loaded element now, without waiting for its tag to appear in the document:
 * for a tag the watch cannot see, created inside another component's shadow root. Resolves once
 * it is defined (at once for a tag already defined or not lazily loaded); rejects if the download
 * fails, which the next call or the tag's next appearance tries again.
 *
 * @example await loadElement('mind-leaderboard'); shadowRoot.append(document.createElement('mind-leaderboard'));
 */
export function loadElement(tag: string): Promise<void> {
  const loading = start(tag);
  if (pending.size === 0) observer?.disconnect();
  return loading;
}
