#!/usr/bin/env node
/** The installed `theracode` command (package.json "bin" → the esbuild bundle of this file). */
import { run } from './main';

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
