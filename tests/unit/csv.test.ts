import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from '../../lib/cli/csv';

describe('csv (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['@cmd', "'@cmd"],
  ])('field %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('numbers and nulls are written bare; rows end in CRLF', () => {
    expect(
      toCsv([
        ['a', 1, null],
        ['b', -2, 'x'],
      ]),
    ).toBe('a,1,\r\nb,-2,x\r\n');
  });

  it('round-trips quoted cells, CRLF and LF, and ignores a BOM and blank lines', () => {
    const rows = [
      ['file', 'billed'],
      ['a.txt', '97530 x2, 97110 x1 GP'],
      ['b "x".md', 'line1\nline2'],
    ];
    expect(parseCsv(`\uFEFF${toCsv(rows)}\r\n`)).toEqual(rows);
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});
