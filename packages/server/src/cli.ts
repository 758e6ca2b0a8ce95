import { isMindError } from '@mindshare/core';
import { kindOf, readPublicationFile } from './content/publication.js';
import { readPublished, storePublished, validatePublication } from './content/published.js';
import { createMindshareServer } from './server.js';
import { helpText, parseCommandLine } from './settings.js';
import { storeNameWarning } from './store-settings.js';
import { openDatabase } from './storage/database.js';
import { prepareStore } from './storage/prepare.js';

/** `mindshare-server [serve|migrate|publish <file>] [options]`; returns the exit code. */
export async function main(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  try {
    const { command, args, help, settings } = parseCommandLine(argv, env);
    if (help) {
      console.log(helpText());
      return 0;
    }
    const warning = storeNameWarning(settings.storeName);
    // `serve` logs it through the server's logger; the other commands say it here.
    if (warning && command !== 'serve') console.warn(warning);
    const storeName = settings.storeName ?? 'main';
    const open = () =>
      openDatabase({
        databaseUrl: settings.databaseUrl,
        dataDir: settings.dataDir,
        inMemory: settings.inMemory,
        storeName,
      });
    switch (command) {
      case 'serve': {
        const server = await createMindshareServer(settings);
        await server.listen();
        let stopping = false;
        for (const signal of ['SIGTERM', 'SIGINT'] as const) {
          process.on(signal, () => {
            if (stopping) return;
            stopping = true;
            // Requests in flight finish; new connections are refused meanwhile.
            void server.close().then(
              () => process.exit(0),
              () => process.exit(1),
            );
          });
        }
        return -1; // keeps running
      }
      case 'migrate': {
        const database = await open();
        try {
          const { raw, applied } = await prepareStore(database, storeName);
          console.log(applied.length === 0 ? 'The database is up to date.' : `Applied:\n  ${applied.join('\n  ')}`);
          await raw.close();
        } finally {
          await database.close();
        }
        return 0;
      }
      case 'publish': {
        const file = args[0];
        if (!file) {
          console.error('Usage: mindshare-server publish <pack.json | directory.json | directory.csv>');
          return 2;
        }
        const body = await readPublicationFile(/\.csv$/i.test(file) ? 'directory' : 'pack', file);
        const kind = kindOf(body, file);
        const database = await open();
        try {
          await (await prepareStore(database, storeName)).raw.close();
          const current = await readPublished(database);
          const pack = kind === 'pack' ? body : current.pack?.body;
          const directory = kind === 'directory' ? body : current.directory?.body;
          // Checked against the other half already published (or alone before there is one), so the
          // pair a server loads is valid.
          await validatePublication(pack, directory);
          const version = await storePublished(database, kind, body);
          console.log(`Published ${kind} ${file} as version ${version}; running servers pick it up within seconds.`);
        } finally {
          await database.close();
        }
        return 0;
      }
      default:
        console.error(`Unknown command "${command}".\n\n${helpText()}`);
        return 2;
    }
  } catch (error) {
    if (isMindError(error)) {
      console.error(`${error.code}: ${error.message}`);
      for (const problem of error.problems) console.error(`  at ${problem.path.join('.')}: ${problem.message}`);
      return 1;
    }
    throw error;
  }
}
