/** `npm run gen:wire`: rewrite content-wire.json from the zod schemas (the build does it too). */
import { writeFileSync } from 'node:fs';
import { contentWireJson } from './content-wire';

/** The file's text: stable key order, two-space indent, a final newline (biome's JSON style). */
export function contentWireText(): string {
  return `${JSON.stringify(contentWireJson(), null, 2)}\n`;
}

if (process.argv[1]?.endsWith('write-content-wire.ts')) {
  writeFileSync(new URL('./content-wire.json', import.meta.url), contentWireText());
}
