// A `mindshare-server` child process from the sources, for tests that need real processes
// (several behind one database, kills): started, its port read from its "listening" log line.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('./cli-from-source.ts', import.meta.url));

/** A running server process. */
export interface ServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Lines the process logged (JSON), for a failing test to show. */
  readonly log: string[];
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the server with these options (add `--port 0` for any free port) and waits until it listens. */
export function startServerProcess(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--conditions=mindshare-source', '--import', 'tsx', cli, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (data: Buffer) => log.push(data.toString()));
    child.once('exit', (code) => reject(new Error(`The server exited (${code}) before listening:\n${log.join('\n')}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      log.push(line);
      if (!line.includes('"listening"')) return;
      const port = (JSON.parse(line) as { port: number }).port;
      resolve({
        child,
        url: `http://127.0.0.1:${port}`,
        log,
        stop: async (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      });
    });
  });
}

/** A request to a server process as someone: resolves with the reply's JSON, `undefined` when empty. */
export type ProcessCall = (
  server: ServerProcess,
  as: string,
  method: string,
  path: string,
  body?: unknown,
) => Promise<unknown>;

/**
 * Requests to server processes with the bearer token `tokenOf(as)`: each write carries a fresh
 * Idempotency-Key, a body goes as JSON (bytes as octet-stream), and a refused request fails the
 * test with its status and body.
 */
export function processCaller(tokenOf: (as: string) => string | Promise<string>): ProcessCall {
  let keys = 0;
  return async (server, as, method, path, body) => {
    const headers: Record<string, string> = { authorization: `Bearer ${await tokenOf(as)}` };
    if (method !== 'GET') headers['idempotency-key'] = (++keys).toString(16).padStart(32, 'a');
    let payload: BodyInit | undefined;
    if (body instanceof Uint8Array) {
      payload = body as Uint8Array<ArrayBuffer>;
      headers['content-type'] = 'application/octet-stream';
    } else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(`${server.url}${path}`, { method, headers, ...(payload ? { body: payload } : {}) });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  };
}
