/**
 * Bundle the CLI into plain JavaScript (no tsx at run time): .output/cli/theracode.mjs (package.json
 * "bin") and audit-worker.mjs beside it. Heavy readers (PDF, DOCX, XLSX) are split into chunks that
 * load only when such a file is read, so `theracode analyze note.txt` starts fast.
 * Run by `npm install` (prepare), `npm run build:cli`, and before `npm run theracode`.
 */
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: clear the old ones so the folder holds one build.
rmSync('.output/cli', { recursive: true, force: true });

await build({
  entryPoints: { theracode: 'lib/cli/bin.ts', 'audit-worker': 'lib/cli/audit/worker.ts' },
  outdir: '.output/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  chunkNames: '[name]-[hash]',
  // CommonJS dependencies (mammoth, exceljs) call require(): give the ESM bundle one.
  banner: {
    js: "import { createRequire as __tcRequire } from 'node:module'; const require = __tcRequire(import.meta.url);",
  },
  legalComments: 'none',
  // Smaller files parse faster at every start; the engine's lexicon is most of the bundle.
  minify: true,
  logLevel: 'warning',
});
