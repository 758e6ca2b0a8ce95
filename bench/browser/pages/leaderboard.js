// Attaches <mind-leaderboard> the moment the provider's engine is ready and times the rows' first
// paint from there: the engine builds its boards from the 100 000 stored scores on that first read.
// Then attaches a second board, which finds them built: the element's own first paint. Counts DOM
// nodes of the first.
// A classic script right after the harness, so it listens from before the CDN entry runs.
(() => {
  const { whenPainted, settled, countNodes } = window.benchHarness;

  const result = new Promise((resolve, reject) => {
    document.addEventListener('mind-error', (event) => reject(new Error(String(event.detail.error))), { once: true });
    document.addEventListener(
      'mind-ready',
      async (event) => {
        const ready = performance.now();
        const board = document.createElement('mind-leaderboard');
        board.setAttribute('challenge', 'board');
        const attached = performance.now();
        event.target.append(board);
        const painted = await whenPainted(() => board.shadowRoot?.querySelector('[part~="row"]'));
        await settled();
        const second = document.createElement('mind-leaderboard');
        second.setAttribute('challenge', 'board');
        const secondAttached = performance.now();
        event.target.append(second);
        const secondPainted = await whenPainted(() => second.shadowRoot?.querySelector('[part~="row"]'));
        await settled();
        const nodes = countNodes(board) + 1;
        second.remove();
        resolve({
          ready,
          attached,
          painted,
          warmPaint: secondPainted - secondAttached,
          rows: board.shadowRoot.querySelectorAll('[part~="row"]').length,
          nodes,
          documentNodes: countNodes(document),
        });
      },
      { once: true },
    );
  });

  window.bench = { result };
})();
