// What a React 19 app writes with @mindshare/elements/react: properties and `onmind-…` events typed.
import type {} from '@mindshare/elements/react';
import type { Resource } from '@mindshare/core';
import { useState } from 'react';

export function ChallengePage({ resources }: { resources: readonly Resource[] }) {
  const [points, setPoints] = useState<number>();
  return (
    <mind-provider viewer="seller-42">
      <mind-quiz
        challenge="q4-launch"
        confidence
        resources={resources}
        onmind-complete={(event) => setPoints(event.detail.result.total)}
        onmind-error={(event) => console.warn(event.detail.code)}
      />
      <mind-leaderboard challenge="q4-launch" limit={10} />
      <p>{points}</p>
    </mind-provider>
  );
}

// What the typings refuse: each line below must be an error, or tsc fails on the unused directive.
export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error a challenge id is a string */}
      <mind-quiz challenge={42} />
      {/* @ts-expect-error the detail of mind-complete has no `score` */}
      <mind-quiz onmind-complete={(event) => event.detail.result.score} />
      {/* @ts-expect-error mind-leaderboard has no `confidence` */}
      <mind-leaderboard confidence />
    </>
  );
}
