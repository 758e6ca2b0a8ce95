// The scenario pack with its dates moved around today, for servers that run on the real clock
// (child processes): the challenge is open and every nugget of the lines is released.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenarioDirectory, scenarioPack, type ContentPackInput } from '@mindshare/core/testing';

const day = 24 * 60 * 60 * 1000;
const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);

/** `scenarioPack()` open now: challenge window from 10 days ago to 30 days ahead, lines from 10 days ago. */
export function livePack(now = Date.now()): ContentPackInput {
  const pack = scenarioPack();
  return {
    ...pack,
    challenges: pack.challenges!.map((challenge) => ({
      ...challenge,
      window: {
        ...challenge.window,
        opensAt: `${isoDay(now - 10 * day)}T00:00`,
        closesAt: `${isoDay(now + 30 * day)}T23:00`,
      },
    })),
    schedules: pack.schedules!.map((schedule) => ({
      ...schedule,
      cadence: { ...schedule.cadence, start: isoDay(now - 10 * day) },
    })),
  } as ContentPackInput;
}

/** Writes the live pack and the scenario directory to a new folder; returns the server's flags for them. */
export async function liveScenarioFlags(): Promise<string[]> {
  const folder = await mkdtemp(join(tmpdir(), 'mindshare-live-'));
  await writeFile(join(folder, 'pack.json'), JSON.stringify(livePack()));
  await writeFile(join(folder, 'directory.json'), JSON.stringify(scenarioDirectory()));
  return ['--pack', join(folder, 'pack.json'), '--directory', join(folder, 'directory.json')];
}
