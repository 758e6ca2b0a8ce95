// A React 19 app that embeds Mindshare: it builds the engine itself and hands it to the provider as
// an object property, shows a quiz and its leaderboard, and keeps what their events report in its
// own state. `npm test` builds it with Vite, type-checks it and plays it in Chromium.
import { createMemoryStorage, createMindshare, type FinishedAttempt, type MindshareApi } from '@mindshare/core';
import '@mindshare/elements/leaderboard';
import '@mindshare/elements/provider';
import '@mindshare/elements/quiz';
import type {} from '@mindshare/elements/react';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import directory from '../framework-data/directory.json';
import pack from '../framework-data/pack.json';

function App() {
  const [api, setApi] = useState<MindshareApi>();
  const [answered, setAnswered] = useState(0);
  const [result, setResult] = useState<FinishedAttempt>();

  useEffect(() => {
    let mounted = true;
    const opening = createMindshare({
      storage: createMemoryStorage(),
      content: pack,
      directory,
      viewer: { id: 'seller-42' },
    });
    void opening.then((engine) => mounted && setApi(engine));
    // StrictMode mounts twice in development: the first engine is closed, not leaked.
    return () => {
      mounted = false;
      void opening.then((engine) => engine.close());
    };
  }, []);

  return (
    <main>
      <h1>Q4 launch</h1>
      <p id="app-state" role="status">
        {result
          ? `Finished: ${result.total} of ${result.max} points, rank ${result.rank ?? '–'}`
          : `${answered} answered`}
      </p>
      <mind-provider api={api}>
        <mind-quiz
          challenge="q4-launch"
          onmind-answer={() => setAnswered((count) => count + 1)}
          onmind-complete={(event) => setResult(event.detail.result)}
        />
        <mind-leaderboard challenge="q4-launch" />
      </mind-provider>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
