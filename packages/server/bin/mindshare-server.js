#!/usr/bin/env node
// The server's command line; `--help` lists every setting.
import { main } from '../dist/cli.js';

const code = await main(process.argv.slice(2), process.env);
if (code >= 0) process.exit(code);
