/** The message cap is the engine's own cut: nothing longer crosses a process (issue #12). */
import { expect, test } from 'vitest';
import { AnalyzeNoteSchema, MAX_MESSAGE_TEXT } from '../../lib/contracts/messages';
import { MAX_CHARS } from '../../lib/engine';

test('analyzeNote text is capped at the engine cut (200,000 characters), not millions', () => {
  expect(MAX_MESSAGE_TEXT).toBe(MAX_CHARS);
  expect(MAX_CHARS).toBe(200_000);
  const msg = (n: number) => ({ type: 'analyzeNote', fieldId: 'f1', text: 'x'.repeat(n), url: 'https://ehr.example/' });
  expect(AnalyzeNoteSchema.safeParse(msg(MAX_CHARS)).success).toBe(true);
  expect(AnalyzeNoteSchema.safeParse(msg(MAX_CHARS + 1)).success).toBe(false);
});
