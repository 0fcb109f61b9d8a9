/**
 * RTF → plain text in one linear pass: groups, control words, hex and Unicode escapes. Paragraph,
 * line and row marks become line breaks; font/colour/style tables, pictures, objects, headers,
 * footers, field instructions and every `{\*…}` destination are skipped. Enough for the notes EHRs
 * and word processors export (no layout is needed: the engine reads text).
 */

const SKIP_DESTINATIONS = new Set(
  (
    'fonttbl colortbl stylesheet info pict object header headerl headerr headerf footer footerl footerr footerf ' +
    'themedata colorschememapping latentstyles datastore xmlnstbl listtable listoverridetable rsidtbl generator ' +
    'filetbl revtbl pgdsctbl fldinst bkmkstart bkmkend footnote annotation atnid atnauthor private'
  ).split(' '),
);
const BREAKS: Record<string, string> = {
  par: '\n',
  line: '\n',
  row: '\n',
  sect: '\n\n',
  page: '\n\n',
  tab: '\t',
  cell: '\t',
};
const SYMBOLS: Record<string, string> = {
  emdash: '—',
  endash: '–',
  bullet: '•',
  lquote: '‘',
  rquote: '’',
  ldblquote: '“',
  rdblquote: '”',
  emspace: ' ',
  enspace: ' ',
};
// Windows-1252 bytes 0x80–0x9F (the rest of the code page is Latin-1).
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const byteChar = (b: number) => (b >= 0x80 && b <= 0x9f ? (CP1252[b - 0x80] as string) : String.fromCharCode(b));

interface Group {
  skip: boolean;
  /** \ucN: how many fallback characters follow each \uN. */
  uc: number;
}

/** True when the bytes start like an RTF document. */
export function isRtf(text: string): boolean {
  return /^\s*\{\\rtf/.test(text);
}

/** The text of an RTF document. */
export function rtfToText(rtf: string): string {
  const out: string[] = [];
  const stack: Group[] = [];
  let g: Group = { skip: false, uc: 1 };
  let fallback = 0; // fallback characters still to drop after a \uN
  let i = 0;
  const emit = (s: string) => {
    if (!g.skip) out.push(s);
  };
  while (i < rtf.length) {
    const ch = rtf[i] as string;
    if (ch === '{') {
      stack.push(g);
      g = { ...g };
      i++;
      // A destination opens a group: "{\fonttbl" or "{\*\anything" — decide skipping now.
      const m = /^\\(\*\\)?([a-z]+)/.exec(rtf.slice(i, i + 40));
      if (m && (m[1] || SKIP_DESTINATIONS.has(m[2] as string))) g.skip = true;
      continue;
    }
    if (ch === '}') {
      g = stack.pop() ?? { skip: false, uc: 1 };
      fallback = 0;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      i++;
      continue;
    }
    if (ch !== '\\') {
      if (fallback > 0) fallback--;
      else emit(ch);
      i++;
      continue;
    }
    const next = rtf[i + 1] ?? '';
    if (next === "'") {
      const b = Number.parseInt(rtf.slice(i + 2, i + 4), 16);
      if (fallback > 0) fallback--;
      else if (!Number.isNaN(b)) emit(byteChar(b));
      i += 4;
      continue;
    }
    if (!/[a-z]/i.test(next)) {
      // Control symbols: escaped braces/backslash, non-breaking space and hyphens, a raw line end = \par.
      if (next === '\\' || next === '{' || next === '}') emit(next);
      else if (next === '~') emit(' ');
      else if (next === '_') emit('-');
      else if (next === '\n' || next === '\r') emit('\n');
      i += 2;
      continue;
    }
    const m = /^([a-z]+)(-?\d+)? ?/i.exec(rtf.slice(i + 1, i + 64)) as RegExpExecArray;
    const [whole, word, param] = m as unknown as [string, string, string | undefined];
    i += 1 + whole.length;
    if (word === 'u' && param !== undefined) {
      const n = Number(param);
      emit(String.fromCharCode(n < 0 ? n + 65536 : n));
      fallback = g.uc;
    } else if (word === 'uc' && param !== undefined) g.uc = Number(param);
    else if (word === 'bin' && param !== undefined) i += Number(param);
    else if (BREAKS[word] !== undefined) emit(BREAKS[word] as string);
    else if (SYMBOLS[word] !== undefined) emit(SYMBOLS[word] as string);
  }
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
