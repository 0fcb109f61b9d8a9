/**
 * A note composed of several fields: the text the engine reads plus, for every stretch of it that
 * came from a field, which field and where in that field's own text — so offsets map back to the
 * right field for highlighting. Headings and separators are synthetic: they map nowhere.
 */

/** A stretch of the composed text copied from a field's text (same length, same characters or newlines made spaces). */
export interface Part {
  el: Element;
  start: number;
  length: number;
  /** Where the stretch begins in the field's own text. */
  fieldStart: number;
}

/** The composed note. */
export interface ComposedNote {
  text: string;
  parts: Part[];
}

/** Appends synthetic text and field text, keeping the parts map. */
export class NoteBuilder {
  private readonly chunks: string[] = [];
  private length = 0;
  readonly parts: Part[] = [];

  /** Text the form shows around the fields (headings, column headers, separators). */
  add(s: string): void {
    this.chunks.push(s);
    this.length += s.length;
  }

  /** A field's text (or a stretch of it from `fieldStart`), mapped back to `el`. */
  addField(el: Element, text: string, fieldStart = 0): void {
    if (text.length === 0) return;
    this.parts.push({ el, start: this.length, length: text.length, fieldStart });
    this.add(text);
  }

  /** True when nothing has been added yet. */
  get empty(): boolean {
    return this.length === 0;
  }

  /** The composed note so far. */
  build(): ComposedNote {
    return { text: this.chunks.join(''), parts: this.parts };
  }
}

/** The field and field-local offsets for [start, end) of a composed note: the part holding `start`, else the first part after it. */
export function locate(
  note: Pick<ComposedNote, 'parts'>,
  start: number,
  end: number,
): { el: Element; start: number; end: number } | null {
  const part =
    note.parts.find((p) => start < p.start + p.length && end > p.start) ?? note.parts.find((p) => p.start >= start);
  if (!part) return null;
  const from = Math.max(start, part.start);
  const to = Math.min(Math.max(end, from), part.start + part.length);
  return { el: part.el, start: part.fieldStart + from - part.start, end: part.fieldStart + to - part.start };
}
