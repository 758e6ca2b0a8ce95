// `mindshare-server` from the sources, for tests and scripts of this repository:
// node --conditions=mindshare-source --import tsx packages/server/src/testing/cli-from-source.ts [args]
import { main } from '../cli.js';

const code = await main(process.argv.slice(2), process.env);
if (code >= 0) process.exit(code);
