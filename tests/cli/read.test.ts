/** The readers' pure parts: date of service and therapist from note text, RTF → text, visit splitting, table columns. */
import { describe, expect, it } from 'vitest';
import { dateOfService, isoDate, therapistOf, weekOf } from '../../lib/cli/read/note-meta';
import { rtfToText } from '../../lib/cli/read/rtf';
import { NO_COLUMNS } from '../../lib/cli/read/source';
import { splitPages, splitVisits } from '../../lib/cli/read/split';
import { rowsToNotes } from '../../lib/cli/read/table-notes';

describe('date of service and therapist', () => {
  it.each([
    ['Date of service: 03/02/2026\nTA 10 min', '2026-03-02'],
    ['DOS 2026-3-9\n', '2026-03-09'],
    ['Daily Note — March 4, 2026\nTher ex 8 min', '2026-03-04'],
    ['Visit date: 12/31/25', '2025-12-31'],
    ['Pain 3/10 after walking 2/3 of the block', null],
    ['Date of service: 02/30/2026', null],
  ])('%j → %s', (text, iso) => {
    expect(dateOfService(text)).toBe(iso);
  });

  it.each([
    ['Therapist: Ana Ruiz, PT\nTA 10 min', 'Ana Ruiz, PT'],
    ['Treating therapist: Ben Cho', 'Ben Cho'],
    ["Electronically signed by Mark O'Neil, OTR/L on 3/2/2026", "Mark O'Neil, OTR/L"],
    ['Signed: J. Smith, DPT', 'J. Smith, DPT'],
    ['Pt signed consent for treatment.', null],
    ['Signature: on file', null],
  ])('%j → %s', (text, who) => {
    expect(therapistOf(text)).toBe(who);
  });

  it('weeks start on Monday; isoDate rejects non-dates', () => {
    expect([weekOf('2026-03-02'), weekOf('2026-03-08'), weekOf('2026-03-09')]).toEqual([
      '2026-03-02',
      '2026-03-02',
      '2026-03-09',
    ]);
    expect(isoDate('13/01/2026')).toBeNull();
  });
});

describe('RTF', () => {
  it('keeps paragraphs, hex and Unicode escapes; drops tables, destinations and fallbacks', () => {
    const rtf =
      '{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Calibri;}}{\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator W;}\\uc1\\pard ' +
      "Ther ex 15 min \\'96 LAQ\\par TA 10 min \\u8212? sit to stand\\line {\\b bold} \\{x\\}\\tab y}";
    expect(rtfToText(rtf)).toBe('Ther ex 15 min – LAQ\nTA 10 min — sit to stand\nbold {x}\ty');
  });
});

describe('splitting multi-visit exports', () => {
  it('splits at two or more visit headings, not at one', () => {
    const two = 'Patient: X\nDaily Note — 03/02/2026\nTA 10 min\nDaily Note — 03/04/2026\nTher ex 8 min';
    expect(splitVisits(two).map((p) => p.label)).toEqual(['visit 2026-03-02', 'visit 2026-03-04']);
    expect(splitVisits(two)[0]?.text).toMatch(/^Patient: X\n/);
    expect(splitVisits('Daily Note — 03/02/2026\nTA 10 min')).toHaveLength(1);
  });

  it('splits PDF pages at visits, else per page only when each page is a visit with its own date', () => {
    const dated = ['Date of service: 03/02/2026\nTA', 'Date of service: 03/04/2026\nTE'];
    expect(splitPages(dated).map((p) => p.label)).toEqual(['visit 2026-03-02', 'visit 2026-03-04']);
    const plainDates = ['Date: 03/02/2026\nTA', 'Date: 03/04/2026\nTE'];
    expect(splitPages(plainDates).map((p) => p.label)).toEqual(['page 1', 'page 2']);
    expect(splitPages(['Date of service: 03/02/2026\nTA 10 min', 'continued: Ther ex 8 min'])).toHaveLength(1);
  });
});

describe('table exports', () => {
  const rows = [
    ['Encounter', 'MRN', 'DOS', 'Clinician', 'Narrative'],
    ['E1', '77', '03/02/2026', 'Ana Ruiz, PT', 'TA 10 min: sit to stand'],
    ['E2', '77', '03/04/2026', 'Ana Ruiz, PT', ''],
  ];

  it('finds columns by their usual headers and skips empty notes', () => {
    expect(rowsToNotes(rows, NO_COLUMNS)).toEqual({
      notes: [
        { id: 'E1', text: 'TA 10 min: sit to stand', date: '03/02/2026', therapist: 'Ana Ruiz, PT', patient: '77' },
      ],
    });
  });

  it('takes a column by 1-based number; a table without a note column is not a notes export', () => {
    const r = rowsToNotes(rows, { ...NO_COLUMNS, noteColumn: '5', idColumn: '2' });
    expect('notes' in r && r.notes[0]?.id).toBe('77');
    expect(
      rowsToNotes(
        [
          ['file', 'billed'],
          ['a.txt', '97110 x1'],
        ],
        NO_COLUMNS,
      ),
    ).toEqual({
      error: 'no note column (name it with --note-column; columns: file, billed)',
    });
  });
});
