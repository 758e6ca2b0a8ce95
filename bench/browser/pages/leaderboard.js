// Attaches <mind-leaderboard> the moment the provider's engine is ready (its boards rebuilt from
// 100 000 stored scores), times the rows' first paint from there, then counts DOM nodes.
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
        resolve({
          ready,
          attached,
          painted,
          rows: board.shadowRoot.querySelectorAll('[part~="row"]').length,
          nodes: countNodes(board) + 1,
          documentNodes: countNodes(document),
        });
      },
      { once: true },
    );
  });

  window.bench = { result };
})();
