/** Evidence words marked in a snippet of the note: text nodes and <mark>, never HTML strings. */
import type { Segment } from '../../contracts/analysis';
import { snippetParts } from './snippet';

/** The segment's snippet with evidence highlighted. */
export function Snippet({ text, segment }: { text: string; segment: Segment }) {
  return (
    <q class="tc-snippet">
      {snippetParts(text, segment).map((p, i) =>
        p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </q>
  );
}
