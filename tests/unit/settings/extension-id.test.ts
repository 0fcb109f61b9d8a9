import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { EXTENSION_ID } from '../../../lib/settings/extension-id';

test('EXTENSION_ID is derived from the committed public key (sha256 → a-p)', () => {
  const der = Buffer.from(readFileSync('assets/extension-key.pub', 'utf8').trim(), 'base64');
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  const id = [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
  expect(id).toBe(EXTENSION_ID);
});

test('no private key is committed next to it', () => {
  expect(readFileSync('assets/extension-key.pub', 'utf8')).not.toContain('PRIVATE');
});
