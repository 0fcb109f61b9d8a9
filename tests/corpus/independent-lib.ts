/**
 * The independent coder's corpus (../shared/corpus, outside the repository): loaders and scoring.
 * Read in place — never copied — so the numbers always describe the coder's current labels.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type IndNote, type IndStatement, readJsonl } from './corpus-lib';

export type { IndNote, IndStatement, NoteScore } from './corpus-lib';
export { missingTable, scoreNote } from './corpus-lib';

/** Where the corpus lives: THERACODE_CORPUS, else ../shared/corpus beside the repository. */
export const INDEPENDENT_DIR = process.env.THERACODE_CORPUS ?? path.resolve(process.cwd(), '..', 'shared', 'corpus');

/** Whether the corpus is present on this machine (it is not part of the repository). */
export const independentPresent = (): boolean => existsSync(path.join(INDEPENDENT_DIR, 'notes.jsonl'));

const jsonl = <T>(file: string): T[] => readJsonl<T>(path.join(INDEPENDENT_DIR, file));

/** statements.jsonl, parsed. */
export const loadIndependentStatements = (): IndStatement[] => jsonl<IndStatement>('statements.jsonl');

/** notes.jsonl with each note's text. */
export const loadIndependentNotes = (): IndNote[] =>
  jsonl<Omit<IndNote, 'text'>>('notes.jsonl').map((n) => ({
    ...n,
    text: readFileSync(path.join(INDEPENDENT_DIR, n.file), 'utf8'),
  }));
