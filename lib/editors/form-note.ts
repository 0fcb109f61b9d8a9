/**
 * Whole-form reading: the note is every field of the region that holds the field being edited, in
 * reading order, each under its own legend and label as a heading ("Subjective:", "Objective —
 * interventions:"), a flowsheet grid as one line per row under its column headers, and read-only
 * fields (vitals from intake, carried-forward text) last, as history context on one line each, so
 * the engine never counts them as today's interventions.
 */
import { isTextControl } from './adapters/text-control';
import { editingRoot } from './find-field';
import { addGrid, isGrid } from './grid';
import { fieldLabel, groupOf, rowHeader } from './labels';
import { type ComposedNote, NoteBuilder } from './note-text';
import { readFieldText } from './read-text';
import { type Region, type RegionField, regionFields } from './region';

/** Read-only context is history for the engine: "History (read-only) — Vitals: BP 132/84 …". */
const CONTEXT_HEADING = 'History (read-only)';

/** The table `el` sits in when it is a flowsheet grid inside the region; `known` caches each table's answer (a big grid asks once, not once per cell). */
function gridOf(el: Element, region: Region, known: Map<Element, boolean>): Element | null {
  const table = el.closest('table');
  if (!table) return null;
  let grid = known.get(table);
  if (grid === undefined) {
    grid = region.roots.some((r) => r.contains(table)) && isGrid(table);
    known.set(table, grid);
  }
  return grid ? table : null;
}

/** A single field read as it is: the note is exactly its text. */
function single(el: Element): ComposedNote {
  const text = readFieldText(el);
  return { text, parts: text ? [{ el, start: 0, length: text.length, fieldStart: 0 }] : [] };
}

/** Compose the note of a region (see the module comment); a region of one field is that field's text. */
export function composeRegion(region: Region): ComposedNote {
  // a region that is one field (no form around it, or pinned to it) is read as it is
  if (region.roots.length === 1 && region.roots[0] === region.key && editingRoot(region.key) === region.key)
    return single(region.key);
  const fields = regionFields(region);
  const note = new NoteBuilder();
  const context: RegionField[] = [];
  const grids = new Set<Element>();
  const known = new Map<Element, boolean>();
  let lastGroup: Element | null = null;
  // a blank line between fields closes the previous field's blocks; a fieldset's legend heads its fields once
  const open = (el: Element): string => {
    if (!note.empty) note.add('\n\n');
    const group = groupOf(el, region.roots.find((r) => r.contains(el)) ?? region.key);
    if (group && group.group !== lastGroup && group.legend) note.add(`${group.legend}:\n`);
    lastGroup = group?.group ?? null;
    return group?.legend ?? '';
  };
  for (const { el, readOnly } of fields) {
    if (readOnly) {
      context.push({ el, readOnly });
      continue;
    }
    const table = gridOf(el, region, known);
    if (table) {
      if (!grids.has(table)) addGrid(table, note, () => open(table));
      grids.add(table);
      continue;
    }
    const text = readFieldText(el);
    if (!text.trim()) continue;
    const legend = open(el);
    const label = fieldLabel(el) || rowHeader(el);
    const oneLine = isTextControl(el) && !(el instanceof HTMLTextAreaElement);
    if (label && label !== legend) note.add(oneLine ? `${label}: ` : `${label}:\n`);
    note.addField(el, text);
  }
  // read-only context alone is no note (an empty form with intake vitals is idle, not analysed)
  if (note.empty) return { text: '', parts: [] };
  for (const { el } of context) {
    const text = readFieldText(el);
    if (!text.trim()) continue;
    if (!note.empty) note.add('\n\n');
    const label = fieldLabel(el) || groupOf(el, region.key)?.legend || 'Context';
    // one line, so the heading covers all of it; newline → space keeps every offset
    note.add(`${CONTEXT_HEADING} — ${label}: `);
    note.addField(el, text.replace(/[\r\n]/g, ' '));
  }
  return note.build();
}
