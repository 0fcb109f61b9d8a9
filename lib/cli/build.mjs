/**
 * Bundle the CLI into plain JavaScript (no tsx at run time): .output/cli/theracode.mjs (package.json
 * "bin") and audit-worker.mjs beside it. Heavy readers (PDF, DOCX, XLSX) are split into chunks that
 * load only when such a file is read, so `theracode analyze note.txt` starts fast.
 * Run by `npm install` (prepare), `npm run build:cli`, and before `npm run theracode`.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const BIN = '.output/cli/theracode.mjs';

/** Newest modification time under `dir` (the sources the bundle is made from). */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return t;
}

// `--if-stale` (before `npm run theracode`): touch nothing when the bundle is newer than lib/ and the
// lock file, so concurrent runs never see a half-written bundle.
if (process.argv.includes('--if-stale')) {
  const built = statSync(BIN, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (built > Math.max(newest('lib'), statSync('package-lock.json').mtimeMs)) process.exit(0);
}

// Loaded only when a build is due: `npm run theracode` checks staleness first on every run.
const { build } = await import('esbuild');

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
