#!/usr/bin/env node
// The installed command: runs the compiled CLI (built by `npm install` through the `prepare` script).
import { main } from '../dist/cli.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    console.error(`relief-bot: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
