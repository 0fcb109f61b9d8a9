/**
 * HTML → plain text for exported notes, through htmlparser2's streaming tokenizer (linear in the
 * input, however many tags are left unclosed). Block elements and <br> become line breaks so the
 * engine's sentence/line segmentation still works; script, style, head and comments are dropped;
 * character references are decoded by the parser.
 */
import { Parser } from 'htmlparser2';

const BLOCK = new Set(
  'p div br li ul ol tr table thead tbody h1 h2 h3 h4 h5 h6 section article header footer blockquote pre hr dd dt dl title td th'.split(
    ' ',
  ),
);
/** Void elements: htmlparser2 reports an implied close right after the open; count the break once. */
const VOID = new Set(['br', 'hr']);
/** Elements whose content is not note text (<head> holds metadata: title, meta). */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head']);

function textOf(html: string, blocks: boolean): string {
  const parts: string[] = [];
  let skip = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIP.has(name)) skip++;
        else if (blocks && BLOCK.has(name)) parts.push('\n');
      },
      onclosetag(name) {
        if (SKIP.has(name)) skip = Math.max(0, skip - 1);
        else if (blocks && BLOCK.has(name) && !VOID.has(name)) parts.push('\n');
      },
      ontext(text) {
        if (skip === 0) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return parts.join('');
}

/** Decode named and numeric character references (HTML5 rules; invalid code points become U+FFFD). */
export function decodeEntities(s: string): string {
  return textOf(s.replace(/</g, '&lt;'), false);
}

/** The readable text of an HTML document or fragment. */
export function htmlToText(html: string): string {
  return textOf(html, true)
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
