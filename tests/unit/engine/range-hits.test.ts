import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Hit, matchNote, matchRange, prepare, rangeHits } from '../../../lib/engine/matcher';
import { matcherFor } from '../../../lib/engine/options';
import { asciiLower, tokenize } from '../../../lib/engine/tokens';

// rangeHits copies most of a range's hits from one whole-note match; it must give exactly what
// matching the range on its own gives (matchRange), at every range edge.
const dir = 'tests/corpus/notes';
const notes = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(dir, f), 'utf8'));
const plain = (hits: Hit[]) => hits.map((h) => [h.rule.id, h.start, h.end, h.tok, h.tokEnd]);

describe('rangeHits', () => {
  it('equals matching each range on its own, for every short range of real notes', () => {
    const m = matcherFor(undefined);
    let ranges = 0;
    let nonEmpty = 0;
    for (const text of notes) {
      const tokens = tokenize(text);
      const p = prepare(m, tokens);
      const note = matchNote(tokens, p);
      const n = tokens.ids.length;
      for (let from = 0; from < n; from++)
        for (let to = from + 1; to <= Math.min(n, from + 12); to++) {
          const want = plain(matchRange(tokens, p, from, to));
          expect(plain(rangeHits(tokens, p, note, from, to))).toEqual(want);
          ranges++;
          if (want.length > 0) nonEmpty++;
        }
      expect(plain(rangeHits(tokens, p, note, 0, n))).toEqual(plain(matchRange(tokens, p, 0, n)));
    }
    expect(ranges).toBeGreaterThan(1000);
    expect(nonEmpty).toBeGreaterThan(ranges / 4);
  });
});

describe('tokenize', () => {
  it('folds A–Z as it reads: the tokens of a text are those of its ASCII lower-cased copy', () => {
    const texts = [
      ...notes,
      'Ther Ex 15 MIN: LAQ 3x10, SLR 2X10 — Pt Tolerated Well.',
      'İstanbul KELVIN \u212a ÅSA Ångström naïve CAFÉ Straße ǅ ß ẞ x10',
      'ABC abc Abc aBC ABC123 abc123 123ABC',
    ];
    for (const text of texts) {
      const folded = tokenize(text);
      const lowered = tokenize(asciiLower(text));
      expect(folded.vocab).toEqual(lowered.vocab);
      expect([...folded.ids]).toEqual([...lowered.ids]);
      expect([...folded.starts]).toEqual([...lowered.starts]);
      expect([...folded.ends]).toEqual([...lowered.ends]);
    }
    expect(tokenize('ABC abc Abc').vocab).toEqual(['abc']);
  });
});
