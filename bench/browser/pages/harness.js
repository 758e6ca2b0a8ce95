// Timing helpers shared by every benchmark page (a classic script, so it runs before the product's
// scripts). It watches every DOM change, shadow roots included, and times paints the same way for
// every product, so Mindshare and SurveyJS are measured by one ruler.
//
// - "in the DOM" = performance.now() in the MutationObserver callback of the change that made a
//   condition true (right after the framework committed it, before style, layout and paint);
// - "painted" = performance.now() in a task posted from the requestAnimationFrame callback of the
//   first frame after a DOM change: by then that frame's style, layout and paint have run;
// - all times are ms since navigation start (performance.timeOrigin).
(() => {
  const listeners = new Set();
  let ignored = () => false;
  let lastMutation = 0;
  let lastChangePaint = 0;
  let paintPending;

  /** Resolves with the time right after the next frame has been rendered. */
  const nextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(undefined);
      }),
    );

  const observer = new MutationObserver((records) => {
    for (const listener of [...listeners]) listener();
    if (records.every((record) => ignored(record))) return;
    lastMutation = performance.now();
    if (!paintPending) {
      paintPending = nextPaint().then((time) => {
        paintPending = undefined;
        lastChangePaint = time;
      });
    }
  });
  const watch = (node) =>
    observer.observe(node, { subtree: true, childList: true, attributes: true, characterData: true });
  watch(document);
  // Shadow roots are not covered by observing the document, and attaching one makes no record.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attachShadow.call(this, init);
    watch(shadow);
    return shadow;
  };

  /** Resolves with the time `predicate()` first holds, checked now and after every DOM change. */
  function when(predicate) {
    return new Promise((resolve) => {
      const check = () => {
        if (!predicate()) return false;
        listeners.delete(check);
        resolve(performance.now());
        return true;
      };
      if (!check()) listeners.add(check);
    });
  }

  /** Resolves with the paint time of the first frame where `predicate()` holds. */
  const whenPainted = (predicate) => when(predicate).then(nextPaint);

  /**
   * Once nothing in the DOM changed for `quietMs` and fonts are loaded: the paint time of the last
   * frame that showed a change ("full paint").
   */
  async function settled(quietMs = 500) {
    await document.fonts.ready;
    for (;;) {
      const quiet = performance.now() - lastMutation;
      if (quiet >= quietMs && !paintPending) return lastChangePaint;
      await new Promise((resolve) => setTimeout(resolve, Math.max(20, quietMs - quiet)));
      await paintPending;
    }
  }

  /** Nodes of every kind under `root` (itself excluded), shadow trees included. */
  function countNodes(root) {
    let count = 0;
    const walk = (node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        count++;
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    if (root.shadowRoot) walk(root.shadowRoot);
    walk(root);
    return count;
  }

  /** Leaves changes that `filter(record)` accepts out of "full paint" (a countdown ticking every second). */
  const ignoreChanges = (filter) => (ignored = filter);

  window.benchHarness = { when, whenPainted, nextPaint, settled, countNodes, ignoreChanges };
})();
