/** `npm run gen:wire`: rewrite lib/contracts/content-wire.json from the zod schemas (every build does it too). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentWireText } from '../contracts/content-wire';

writeFileSync(path.resolve('lib/contracts/content-wire.json'), contentWireText());
