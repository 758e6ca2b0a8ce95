import { initialState } from '@lit/task';

/**
 * Runs a `Task`'s load so that a run aborted meanwhile (the element left the page) ends as
 * `initialState`, answer or failure alike: `Task` drops a run a newer one superseded, but shows
 * whatever its latest run returns, and `initialState` is what it shows as "nothing loaded".
 */
export async function unlessAborted<T>(signal: AbortSignal, load: () => Promise<T>): Promise<T | typeof initialState> {
  try {
    const value = await load();
    return signal.aborted ? initialState : value;
  } catch (error) {
    if (signal.aborted) return initialState;
    throw error;
  }
}
